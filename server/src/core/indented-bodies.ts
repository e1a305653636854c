/**
 * MkDocs (Python-Markdown) writes the body of an admonition or a content tab indented by
 * four spaces under its opening line ("!!! warning "Not written yet"", "??? tip", "=== "Edge"").
 * CommonMark reads such a body as indented code once a blank line comes between, and as one
 * run-on paragraph with its opening line otherwise; a reader sees prose, lists and tables.
 * Each body line's indent becomes a quote marker of the same length (">   "), so the body is
 * read as the quoted block it is and every offset, line and column stays where it was.
 */

/** A top-level line that opens an indented body: an admonition ("!!! note", "???+ tip "Title"") or a content tab. */
const OPENER = /^(?:(?:!!!|\?\?\?\+?)[ \t]+[\w-]+(?:[ \t]+[\w-]+)*(?:[ \t]+"[^"\r\n]*")?|===\+?[ \t]+"[^"\r\n]*")[ \t]*$/;
const QUICK = /^(?:!!!|\?\?\?|===)/m;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** A paragraph that is only an opener: the box's title says nothing by itself ("!!! warning "Offen"" over a TODO). */
export function isBodyOpener(text: string): boolean {
  return OPENER.test(text);
}

export function quoteIndentedBodies(text: string): string {
  if (!QUICK.test(text)) return text;
  // Lines at even indices, each followed by its own line end (CRLF, CR or LF), so the text joins back as it was.
  const lines = text.split(/(\r\n|\r|\n)/);
  let inBody = false;
  let fence: string | undefined;
  let changed = false;
  lines.forEach((line, index) => {
    if (index % 2 === 1) return;
    const fenceMark = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      if (fenceMark?.startsWith(fence)) fence = undefined;
      return;
    }
    if (inBody && line.trim() === '') return;
    if (inBody && (line.startsWith('    ') || line.startsWith('\t'))) {
      lines[index] = line.startsWith('\t') ? `>${line.slice(1)}` : `>   ${line.slice(4)}`;
      changed = true;
      return;
    }
    // The first line back at the margin ends the body; an opener quoted in fenced code is code.
    inBody = false;
    if (fenceMark) fence = fenceMark[0]!.repeat(fenceMark.length);
    else inBody = OPENER.test(line);
  });
  return changed ? lines.join('') : text;
}
