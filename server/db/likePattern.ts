// Text search by substring with (I)LIKE: the person's text is matched literally, so a `%` or `_`
// they type finds a `%` or `_`, not everything.
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}
