// Every keyboard shortcut of the desk, in one table: the help dialog (`?`) lists exactly these.
export interface ShortcutHelp {
  /** Keys as printed on the keyboard; any one of them works. */
  keys: readonly string[];
  /** i18n key of what the shortcut does. */
  description: string;
}

export interface ShortcutGroup {
  title: string;
  shortcuts: readonly ShortcutHelp[];
}

export const shortcutGroups: readonly ShortcutGroup[] = [
  {
    title: "shortcuts.groups.queue",
    shortcuts: [
      { keys: ["j", "↓"], description: "shortcuts.nextRow" },
      { keys: ["k", "↑"], description: "shortcuts.previousRow" },
      { keys: ["Enter", "o"], description: "shortcuts.openRow" },
      { keys: ["c"], description: "shortcuts.claimNext" },
    ],
  },
  {
    title: "shortcuts.groups.report",
    shortcuts: [
      { keys: ["a"], description: "shortcuts.assignToMe" },
      { keys: ["r"], description: "shortcuts.assessRisk" },
      { keys: ["f"], description: "shortcuts.refer" },
      { keys: ["x"], description: "shortcuts.close" },
      { keys: ["n"], description: "shortcuts.addNote" },
    ],
  },
  {
    title: "shortcuts.groups.anywhere",
    shortcuts: [
      { keys: ["?"], description: "shortcuts.help" },
      { keys: ["Esc"], description: "shortcuts.closeDialog" },
      { keys: ["Tab"], description: "shortcuts.tab" },
    ],
  },
];
