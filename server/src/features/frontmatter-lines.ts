/** The line that closes a document's frontmatter, for the features that read it line by line. */
export function frontmatterEndLine(lines: readonly string[]): number | undefined {
  if (lines[0]?.replace(/\r$/, '') !== '---') return undefined;
  const end = lines.findIndex((line, index) => index > 0 && /^(---|\.\.\.)\s*$/.test(line));
  return end > 0 ? end : undefined;
}
