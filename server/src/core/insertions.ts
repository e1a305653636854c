/**
 * The edits that fix structural findings: a missing step's skeleton, inserted in schema
 * order after the previous step the document has, or a missing sub-section at the end
 * of its step. The guidance goes in an HTML comment, so it prompts without rendering.
 */
import { closerAtEnd } from './chunks.js';
import type { Occurrence } from './occurrences.js';
import type { AnalysedContext } from './rules/rule.js';
import type { SectionSpec } from './schema.js';
import type { Fix, Range, TextEdit } from './types.js';

export interface Insertion {
  fix: Fix;
  /** Where the author would write the missing piece: the line the text goes before, or the last line above it. */
  anchor: Range;
}

export function stepInsertion(ctx: AnalysedContext, spec: SectionSpec): Insertion {
  const steps = ctx.schema.sections;
  const offset = stepOffset(ctx, spec);
  // Of the steps added at the end, the first closes a fence or comment left open there, once.
  const closes = offset === ctx.text.length && !steps.slice(0, steps.indexOf(spec)).some((step) => ctx.status.get(step.id) === 'missing' && stepOffset(ctx, step) === offset);
  return {
    fix: { title: `Add the "${spec.title}" section`, edits: [insertBlock(ctx, offset, ctx.stepDepth, spec, closes)] },
    anchor: anchorAt(ctx, offset),
  };
}

/** Where a missing step goes: after the previous step the document has, else before the next, else at the end. */
function stepOffset(ctx: AnalysedContext, spec: SectionSpec): number {
  const steps = ctx.schema.sections;
  const index = steps.indexOf(spec);
  const previous = steps.slice(0, index).reverse().map((step) => firstHeading(ctx, step)).find(Boolean);
  const next = steps.slice(index + 1).map((step) => firstHeading(ctx, step)).find(Boolean);
  return previous ? previous.endOffset : next ? next.startOffset : ctx.text.length;
}

export function subsectionInsertion(ctx: AnalysedContext, spec: SectionSpec): Insertion | undefined {
  const parent = spec.parent && firstHeading(ctx, spec.parent);
  if (!parent?.section) return undefined;
  const depth = Math.min(parent.section.depth + 1, 6);
  return {
    fix: { title: `Add "${spec.title}" to ${spec.parent!.title}`, edits: [insertBlock(ctx, parent.endOffset, depth, spec)] },
    anchor: ctx.titleRange(parent),
  };
}

export function firstHeading(ctx: AnalysedContext, spec: SectionSpec): Occurrence | undefined {
  return ctx.occurrences(spec).find((occurrence) => occurrence.kind === 'heading');
}

function insertBlock(ctx: AnalysedContext, offset: number, depth: number, spec: SectionSpec, closes = false): TextEdit {
  const { eol, text } = ctx;
  const before = text.slice(0, offset);
  let prefix = '';
  if (offset > 0 && !/\n[ \t]*\r?\n$/.test(before)) prefix = before.endsWith('\n') ? eol : eol + eol;
  // A document that ends inside a fence or a comment would swallow the step: close it first.
  const closer = closes ? closerAtEnd(text) : undefined;
  if (closer) prefix = `${before.endsWith('\n') ? '' : eol}${closer}${eol}${eol}`;
  const lines = [`${'#'.repeat(depth)} ${spec.title}`, ''];
  if (spec.guidance) lines.push(`<!-- ${spec.guidance.replace(/--+>?/g, '-')} -->`, '');
  const body = lines.join(eol);
  // Keep a blank line between the inserted block and what follows it; at the end, the file still ends with a line ending.
  const newText = offset < text.length ? prefix + body + eol : prefix + body;
  const position = ctx.lines.positionAt(offset);
  return { range: { start: position, end: position }, newText };
}

function anchorAt(ctx: AnalysedContext, offset: number): Range {
  let line = ctx.lines.positionAt(offset).line;
  const isBlank = (n: number) => ctx.lines.lineRange(n).end.character === 0 || lineText(ctx, n).trim() === '';
  if (offset >= ctx.text.length || isBlank(line)) {
    while (line > 0 && isBlank(line)) line--;
  }
  return trimmedLine(ctx, line);
}

function lineText(ctx: AnalysedContext, line: number): string {
  const range = ctx.lines.lineRange(line);
  return ctx.text.slice(ctx.lines.offsetAt(range.start), ctx.lines.offsetAt(range.end));
}

export function trimmedLine(ctx: Pick<AnalysedContext, 'lines' | 'text'>, line: number, from = 0): Range {
  const range = ctx.lines.lineRange(line);
  const text = ctx.text.slice(ctx.lines.offsetAt(range.start), ctx.lines.offsetAt(range.end));
  const start = Math.max(from, text.length - text.trimStart().length);
  const end = text.trimEnd().length;
  return { start: { line, character: Math.min(start, end) }, end: { line, character: end } };
}
