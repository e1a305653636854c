/**
 * Splits a document into chunks that parse the same alone as in place, so an edit
 * re-parses only its chunk. A chunk starts at an ATX heading in column 0 outside fenced
 * code, HTML blocks and frontmatter: there every open block has closed. Documents with
 * link or footnote definitions, which reach across chunks, stay whole.
 */

export interface Chunk {
  /** Offset and 0-based line where the chunk starts. */
  start: number;
  line: number;
  text: string;
}

/** Small chunks cost a parser start each; about this many lines keeps a re-parse near a millisecond or two. */
export const MIN_CHUNK_LINES = 20;

const ATX_HEADING = /^#{1,6}(?:[ \t]|$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HTML_START = /^ {0,3}</;
const HTML_END: Array<[RegExp, RegExp]> = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:\s|>|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];
const DEFINITION = /^ {0,3}\[[^\]\n]+\]:/m;

export function splitChunks(text: string, minLines = MIN_CHUNK_LINES): Chunk[] {
  if (DEFINITION.test(text)) return [{ start: 0, line: 0, text }];
  const starts: Array<{ offset: number; line: number }> = [{ offset: 0, line: 0 }];
  let offset = 0;
  let line = 0;
  let fence: string | undefined;
  // An HTML block that ends at a marker, or (undefined marker) at a blank line.
  let html: { end?: RegExp } | undefined;
  let frontmatter = text.startsWith('---');
  let lastStartLine = 0;
  while (offset <= text.length) {
    let next = text.indexOf('\n', offset);
    if (next < 0) next = text.length;
    const raw = text.slice(offset, next);
    const content = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const first = content.charCodeAt(0);
    // A line starting with anything but # space ` ~ < - . cannot open a block or cut a chunk.
    const plain = !(first === 35 || first === 32 || first === 96 || first === 126 || first === 60 || first === 45 || first === 46);
    if (frontmatter) {
      if (line > 0 && /^(?:---|\.\.\.)\s*$/.test(content)) frontmatter = false;
    } else if (fence !== undefined) {
      const close = FENCE.exec(content);
      if (close && close[1]![0] === fence[0] && close[1]!.length >= fence.length && content.trim() === close[0].trim()) fence = undefined;
    } else if (html) {
      if (html.end ? html.end.test(content) : content.trim() === '') html = undefined;
    } else if (plain) {
      // Nothing starts here.
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
      html = kind ? (kind[1].test(content.slice(content.indexOf('<') + 1)) ? undefined : { end: kind[1] }) : {};
    }
    if (next >= text.length) break;
    offset = next + 1;
    line++;
  }
  return starts.map((start, index) => {
    const end = starts[index + 1]?.offset ?? text.length;
    return { start: start.offset, line: start.line, text: text.slice(start.offset, end) };
  });
}
