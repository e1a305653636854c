/**
 * Splits a document into chunks that parse the same alone as in place, so an edit
 * re-parses only its chunk. Outside fenced code, HTML blocks and frontmatter, a chunk
 * starts at an ATX heading in column 0, or after a blank line at a line that opens a
 * paragraph or a table: there every open block has closed (a list, quote or table cannot
 * go on past a blank line into unindented text). Documents with link or footnote
 * definitions, which reach across chunks, stay whole.
 */

export interface Chunk {
  /** Offset and 0-based line where the chunk starts. */
  start: number;
  line: number;
  text: string;
}

/** Each chunk costs a parser start (about 0.1 ms) and a lookup per analysis; a few lines keep an edit's re-parse small. */
export const MIN_CHUNK_LINES = 4;

const ATX_HEADING = /^#{1,6}(?:[ \t]|$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HTML_START = /^ {0,3}</;
/** HTML blocks that end at a marker: how each opens, what ends it, and the text that would end it. */
const HTML_END: Array<[RegExp, RegExp, (line: string) => string]> = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:\s|>|$)/i, /<\/(?:script|pre|style|textarea)>/i, (line) => `</${/<(\w+)/.exec(line)![1]!.toLowerCase()}>`],
  [/^ {0,3}<!--/, /-->/, () => '-->'],
  [/^ {0,3}<\?/, /\?>/, () => '?>'],
  [/^ {0,3}<![A-Za-z]/, />/, () => '>'],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/, () => ']]>'],
];
// A definition may sit inside a quote or a list item ("> [a]: /url", "- [^1]: note").
const DEFINITION = /^[ \t>*+\-\d.)]*\[[^\]\n]+\]:/m;
/** After a blank line, these open a paragraph or a table and cannot continue a list: "1." or "* " could. */
const PARAGRAPH_START = /^(?:\p{L}|\||\*\*[^\s*]|!?\[)/u;

export function splitChunks(text: string, minLines = MIN_CHUNK_LINES): Chunk[] {
  if (text.includes(']:') && DEFINITION.test(text)) return [{ start: 0, line: 0, text }];
  const { starts } = scan(text, minLines);
  return starts.map((start, index) => {
    const end = starts[index + 1]?.offset ?? text.length;
    return { start: start.offset, line: start.line, text: text.slice(start.offset, end) };
  });
}

/**
 * What text appended at the end of the document would be part of, and the line that
 * closes it: a fence left open ("```"), or an HTML block or comment that runs to the end
 * ("-->"). Undefined when the document ends in the open.
 */
export function closerAtEnd(text: string): string | undefined {
  const { fence, html } = scan(text, Infinity);
  return fence ?? html?.closer;
}

/** The chunk starts, and the block still open at the end of the text. */
function scan(text: string, minLines: number) {
  const starts: Array<{ offset: number; line: number }> = [{ offset: 0, line: 0 }];
  let offset = 0;
  let line = 0;
  let fence: string | undefined;
  // An HTML block that ends at a marker (and the text that closes it), or (no marker) at a blank line.
  let html: { end?: RegExp; closer?: string } | undefined;
  // As the parser opens it: a line of exactly three dashes ("---title" is a paragraph).
  let frontmatter = /^---[ \t]*(?:\r\n?|\n)/.test(text);
  let lastStartLine = 0;
  let afterBlank = false;
  while (offset <= text.length) {
    let next = text.indexOf('\n', offset);
    if (next < 0) next = text.length;
    const lead = offset < next ? text.charCodeAt(offset) : -1;
    if (!frontmatter && fence === undefined && !html && lead > 13 && isPlain(lead)) {
      // Most lines: text that opens nothing and is not blank, read without being copied.
      if (afterBlank && line - lastStartLine >= minLines && PARAGRAPH_START.test(text.slice(offset, offset + 3))) {
        starts.push({ offset, line });
        lastStartLine = line;
      }
      afterBlank = false;
      if (next >= text.length) break;
      offset = next + 1;
      line++;
      continue;
    }
    const raw = text.slice(offset, next);
    const content = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const plain = isPlain(content.charCodeAt(0));
    if (frontmatter) {
      if (line > 0 && /^(?:---|\.\.\.)\s*$/.test(content)) frontmatter = false;
    } else if (fence !== undefined) {
      const close = FENCE.exec(content);
      if (close && close[1]![0] === fence[0] && close[1]!.length >= fence.length && content.trim() === close[0].trim()) fence = undefined;
    } else if (html) {
      if (html.end ? html.end.test(content) : content.trim() === '') html = undefined;
    } else if (plain) {
      // Blank, or indented with a tab: nothing starts here.
    } else if (ATX_HEADING.test(content)) {
      if (line - lastStartLine >= minLines) {
        starts.push({ offset, line });
        lastStartLine = line;
      }
    } else if (FENCE.test(content)) {
      const open = FENCE.exec(content)![1]!;
      // A backtick fence's info string cannot hold a backtick; such a line is no fence.
      if (!(open[0] === '`' && content.slice(content.indexOf(open) + open.length).includes('`'))) fence = open;
    } else if (HTML_START.test(content)) {
      const kind = HTML_END.find(([opens]) => opens.test(content));
      html = kind ? (kind[1].test(content.slice(content.indexOf('<') + 1)) ? undefined : { end: kind[1], closer: kind[2](content) }) : {};
    }
    afterBlank = content.trim() === '';
    if (next >= text.length) break;
    offset = next + 1;
    line++;
  }
  return { starts, fence, html };
}

/** A line starting with anything but # space ` ~ < - . opens no fence, HTML block or heading. */
function isPlain(code: number): boolean {
  return !(code === 35 || code === 32 || code === 96 || code === 126 || code === 60 || code === 45 || code === 46);
}
