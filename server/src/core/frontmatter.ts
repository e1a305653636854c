/**
 * The frontmatter's YAML, read with `yaml` within bounds: whatever a frontmatter holds
 * (an alias never defined, an alias bomb, nesting thousands deep, a megabyte of keys) it
 * comes back as problems at a place in the document, never as an exception or a stall.
 */
import type { Yaml } from 'mdast';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { fromLinePos, fromOneBased } from './positions.js';
import type { Range } from './types.js';

export interface FrontmatterProblem {
  message: string;
  range: Range;
}

export interface Frontmatter {
  /** The parsed mapping; undefined when the YAML is broken or not a mapping. */
  data?: Record<string, unknown>;
  problems: FrontmatterProblem[];
  /** The whole block, fences included. */
  range: Range;
  /** The raw YAML between the fences. */
  raw: string;
  /** Where a top-level key's value is written (falls back to the block's first line). */
  valueRange(key: string): Range;
}

/** A real frontmatter is a few hundred bytes; the duplicate-key check grows with the square of the keys. */
export const MAX_FRONTMATTER_BYTES = 16 * 1024;
/** Deeper nesting than this is no metadata, and the YAML parser's recursion depends on the stack it is given. */
export const MAX_FRONTMATTER_DEPTH = 64;
/** Alias references expanded at most: more is how an alias bomb looks. */
const MAX_ALIASES = 100;

export function readFrontmatter(node: Yaml): Frontmatter {
  const start = node.position!.start;
  const blockRange: Range = { start: fromOneBased(start), end: fromOneBased(node.position!.end) };
  const openingFence: Range = { start: blockRange.start, end: { line: blockRange.start.line, character: 3 } };
  const raw = node.value;
  const refused = refusal(raw);
  if (refused) return { problems: [{ message: refused, range: openingFence }], range: blockRange, raw, valueRange: () => openingFence };

  // The YAML starts on the line after the opening fence.
  const yamlLine = blockRange.start.line + 1;
  const lineCounter = new LineCounter();
  const doc = parseDocument(raw, { lineCounter, prettyErrors: false });
  const toRange = (offsets: readonly [number, number]): Range => {
    const from = lineCounter.linePos(offsets[0]);
    const to = lineCounter.linePos(Math.max(offsets[1], offsets[0]));
    return { start: fromLinePos(from, yamlLine), end: fromLinePos(to, yamlLine) };
  };
  const problems: FrontmatterProblem[] = doc.errors.map((error) =>
    // Where the parser ran out of stack depends on the stack it had: said at the block, the same in every host.
    error.code === 'RESOURCE_EXHAUSTION'
      ? { message: 'Frontmatter is too deeply nested to read', range: openingFence }
      : { message: `Frontmatter is not valid YAML: ${error.message.split('\n')[0]!.trim()}`, range: toRange(error.pos) },
  );
  let data: Record<string, unknown> | undefined;
  if (problems.length === 0 && raw.trim() !== '') {
    if (!isMap(doc.contents)) problems.push({ message: 'Frontmatter must be a mapping of keys to values', range: openingFence });
    else {
      try {
        data = doc.toJS({ maxAliasCount: MAX_ALIASES }) as Record<string, unknown>;
      } catch (error) {
        // An alias whose anchor is never set, or too many of them: said where the first alias is.
        const alias = /\*[^\s,\]}]+/.exec(raw);
        const message = error instanceof Error ? error.message : String(error);
        problems.push({ message: `Frontmatter is not valid YAML: ${message}`, range: alias ? toRange([alias.index, alias.index + alias[0].length]) : openingFence });
      }
    }
  } else if (problems.length === 0) {
    data = {};
  }
  return {
    data,
    problems,
    range: blockRange,
    raw,
    valueRange: (key) => {
      const pair = isMap(doc.contents) ? doc.contents.items.find((item) => isScalar(item.key) && item.key.value === key) : undefined;
      const target =
        (pair?.value as { range?: [number, number, number] } | undefined)?.range ?? (pair?.key as { range?: [number, number, number] } | undefined)?.range;
      return target ? toRange([target[0], target[1]]) : openingFence;
    },
  };
}

/** Why a frontmatter is not read at all, if it is too large or too deep to be metadata. */
function refusal(raw: string): string | undefined {
  if (raw.length > MAX_FRONTMATTER_BYTES) {
    return `Frontmatter is ${Math.ceil(raw.length / 1024)} KB: MLSD reads frontmatter up to ${MAX_FRONTMATTER_BYTES / 1024} KB`;
  }
  if (nestingDepth(raw) > MAX_FRONTMATTER_DEPTH) return `Frontmatter nests more than ${MAX_FRONTMATTER_DEPTH} levels deep: MLSD does not read it`;
  return undefined;
}

/** The deepest nesting of flow collections plus block indentation, counted without parsing (quotes skipped). */
function nestingDepth(raw: string): number {
  let deepest = 0;
  let flow = 0;
  const indents: number[] = [];
  let quote = '';
  let lineStart = true;
  for (let i = 0; i < raw.length; i++) {
    const char = raw[i]!;
    if (lineStart && char !== '\n') {
      let indent = 0;
      while (raw[i + indent] === ' ' || raw[i + indent] === '-') indent++;
      while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
      indents.push(indent);
      lineStart = false;
    }
    if (quote) {
      if (char === quote) quote = '';
      else if (char === '\n') lineStart = true;
      continue;
    }
    if (char === '"' || char === "'") quote = char;
    else if (char === '{' || char === '[') flow++;
    else if ((char === '}' || char === ']') && flow > 0) flow--;
    else if (char === '\n') lineStart = true;
    deepest = Math.max(deepest, flow + indents.length);
  }
  return deepest;
}

/** A top-level scalar from frontmatter whose YAML may be broken: the intent still counts. */
export function frontmatterScalar(frontmatter: Frontmatter, key: string): string | undefined {
  if (frontmatter.data) {
    const value = frontmatter.data[key];
    return typeof value === 'string' ? value.trim() : undefined;
  }
  // Line by line, with no pattern that could backtrack over a long line.
  for (const line of frontmatter.raw.split('\n')) {
    if (!line.startsWith(key)) continue;
    const rest = line.slice(key.length).trimStart();
    if (!rest.startsWith(':')) continue;
    const value = rest.slice(1).split('#')[0]!.trim().replace(/^["']|["']$/g, '').trim();
    return value || undefined;
  }
  return undefined;
}
