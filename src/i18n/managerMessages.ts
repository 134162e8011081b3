// Messages of the managers' screens: the member register's CSV, review worklist, assessment
// form, coverage page and PSeMS framework editor (British English).
export const managerMessages = {
  menu: {
    reviews: "Reviews due",
    coverage: "PSeMS coverage",
    psems: "PSeMS framework",
  },
  conflict: {
    title: "%{name} was changed by someone else",
    explain:
      "You opened version %{mine}; it is now version %{theirs}. Compare the changes below, then keep their version or apply yours on top of it.",
  },
  csv: {
    export: "Export CSV",
    exported:
      "Exported %{smart_count} member |||| Exported %{smart_count} members",
    import: "Import CSV",
    importTitle: "Import members from CSV",
    importHelp:
      "One member per row, with a header row. The columns %{columns} are required; the others (contactPhone, assetPackIssued, actAccess, newsletter, status, majorChangeOn) may be left blank. A file exported from this register can be edited and imported. Every row is checked: if any row has a problem, nothing is imported.",
    file: "CSV file",
    importAction: "Import",
    imported:
      "Imported %{smart_count} member |||| Imported %{smart_count} members",
    nothingImported: "Nothing was imported.",
    problemsTable: "Problems in the CSV file",
    row: "Row",
    column: "Column",
    problem: "What to change",
    wholeFile: "Whole file",
  },
  review: {
    title: "PSeMS reviews due",
    views: "Which reviews",
    view: {
      overdue: "Overdue",
      due_soon: "Due within 12 months",
    },
    noDueDate: "No review due: never assessed",
  },
  assessment: {
    record: "Record assessment",
    startFromThis: "Start new assessment from this one",
    baselineStarted:
      "A new planned assessment was started from this one: complete it below.",
    independentExplained:
      "An independent review or on-site evaluation cannot be saved unless an independent reviewer is named and has declared any conflict of interest. PSeMS relies on the review being free of internal bias and conflict of interest.",
    reviewerRequired: "Required: the independent reviewer's name.",
    reviewerOptional: "Optional for a self-help GAP analysis.",
    declaration: "The reviewer has declared any conflict of interest",
    declarationRequired:
      "Required before an independent review or on-site evaluation can be saved.",
    declarationOptional: "Not needed for a self-help GAP analysis.",
    accountableManagerHelp:
      "The board-level or senior officer accountable for security at the member.",
    scoresHelp:
      "Score each PSeMS element from 0 (absent) to 4 (optimised); leave an element not scored if it was not assessed.",
    dueOnDefault:
      "Leave blank to use the member's next review date (or the routine review date once completed).",
  },
  actionItems: {
    description: "Action",
    owner: "Owner",
    dueOn: "Due",
    status: "Status",
    none: "No action items.",
  },
  maturity: {
    chartSummary:
      "Bar chart of maturity for %{count} scored elements, mean %{mean} out of 4. The table gives every score.",
  },
  coverage: {
    title: "PSeMS coverage",
    notAllowed: "Coverage figures are for JMSC managers and administrators.",
    headline:
      "%{covered} of %{members} active members (%{share}) hold a current PSeMS assessment, as of %{asOf}.",
    byNation: "Coverage by nation",
    byForce: "Coverage by territorial police force",
    byTier: "Coverage by port tier",
    byType: "Coverage by member type",
    byPort: "Coverage by port",
    activeMembers: "Active members",
    covered: "Covered",
    share: "Share covered",
    chartSummary:
      "Bar chart of the share of active members covered: %{title}. The table gives every figure.",
    funnel: "The four-step journey",
    funnelSummary:
      "Bar chart of how many active members have reached each step of the journey. The table gives every figure.",
    step: "Step",
    reached: "Reached (started or completed)",
    completed: "Completed",
    legend: "Map legend: ports by coverage",
    legendItem:
      "%{label}: %{smart_count} port |||| %{label}: %{smart_count} ports",
    mapLabel:
      "Map of UK ports with PortSafe members; each marker shows the share of the port's active members covered. The table beside the map gives every port's figures.",
    portTable: "Coverage of each port with active members",
    port: "Port",
    band: "Coverage",
  },
  matrix: {
    title: "Maturity against report volume",
    explain:
      "Ports with active members, most in need first: low maturity with many reports at the top. Reports counted since %{since}. Low maturity: a mean score below %{below} or no completed assessment; high volume: %{median} or more reports (the median port).",
    matrix: "Ports by maturity and report volume",
    ranked: "Ports ranked by need",
    highVolume: "High report volume",
    lowVolume: "Low report volume",
    lowMaturity: "Low maturity",
    highMaturity: "Higher maturity",
    ports: "%{smart_count} port |||| %{smart_count} ports",
    notAssessed: "Not assessed",
    columns: {
      rank: "Rank",
      port: "Port",
      members: "Active members",
      assessed: "Assessed",
      maturity: "Mean maturity (0–4)",
      reports: "Reports",
      cell: "Matrix cell",
    },
  },
  psems: {
    title: "PSeMS framework",
    notAllowed: "Only an administrator can change the PSeMS framework.",
    steps: "Steps of the journey",
    stepsHelp:
      "The journey always has %{count} steps; you may rename them, not add or remove any.",
    stepName: "Step %{number}",
    elements: "Elements scored for maturity",
    elementsHelp:
      "In the order they are scored. A key is lower-case letters, digits and _ and is how scores are stored: an element that assessments have scored can be renamed but not removed.",
    elementKey: "Key",
    elementName: "Name",
    keyRule:
      "Lower-case letters, digits and _ (at most 40), starting with a letter, e.g. access_control",
    cycle: "Review cycle",
    reviewCycleYears: "Review cycle (years)",
    reviewCycleHelp:
      "Port security assessments must be reviewed at least every 5 years.",
    saved: "The PSeMS framework was saved.",
    conflictTitle: "The PSeMS framework was changed by someone else",
  },
};
