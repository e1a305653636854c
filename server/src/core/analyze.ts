/**
 * The core's one entry point: Markdown text and options in, the document's outline
 * against its schema and the findings out. Pure: the host supplies schemas through
 * `resolveSchema`, and nothing here touches the file system, LSP or VS Code.
 */
import { descendants, documentUnits, readFact, scopeUnits, type FactResult } from './facts.js';
import { matchOutline, type Matches, type Occurrence } from './match.js';
import { beginReading, readDocument, type DocumentCache } from './document.js';
import { blankPromptLines, findPromptLines } from './prompts.js';
import { documentText, type Outline } from './outline.js';
import type { TextUnit } from './text.js';
import { LineIndex } from './positions.js';
import { RULES } from './rules/index.js';
import type { AnalysedContext, DocumentContext, Report } from './rules/rule.js';
import type { Schema, SchemaProblem, SectionSpec } from './schema.js';
import { DEFAULT_INCLUDE, matchesInclude, mayBeDetectedByHeadings, MIN_STEPS_BY_HEADING, selectByDeclaration, type SelectionReason } from './select.js';
import { trimmedLine } from './insertions.js';
import type { Finding, Range, RuleSetting, SectionStatus } from './types.js';
import { normalizeHeading } from './headings.js';

export type SchemaResolution = { schema: Schema } | { error: string; problems?: SchemaProblem[] };

export interface AnalyzeOptions {
  /** Workspace-relative path with forward slashes, matched against `include`. */
  path?: string;
  include?: readonly string[];
  /** The schema for documents selected by path or headings. */
  defaultSchema?: string;
  /** A schema to use for documents that do not name one (the CLI's --schema). */
  forceSchema?: string;
  rules?: Readonly<Record<string, RuleSetting>>;
  /** Longer documents get one finding instead of an analysis. */
  maxLength?: number;
  /** Kept by the caller per document: unchanged chunks are not parsed again. */
  cache?: DocumentCache;
  resolveSchema(ref: string): SchemaResolution;
}

export interface SectionReport {
  id: string;
  title: string;
  status: SectionStatus;
  heading?: string;
  line?: number;
  /** Where the step is written: a heading, or a label ("**Serving:** …"). */
  kind?: 'heading' | 'label';
  /** The heading or label text as written. */
  titleRange?: Range;
  /** From the heading to the end of what it covers. */
  range?: Range;
  /** The heading reads as the schema's title (numbering, case and punctuation aside), not as an alias. */
  namedByTitle?: boolean;
  children: SectionReport[];
}

export interface FactReport {
  found: boolean;
  values: string[];
  line?: number;
}

export interface Analysis {
  checked: boolean;
  reason: SelectionReason;
  schemaId?: string;
  sections: SectionReport[];
  facts: Record<string, FactReport>;
  findings: Finding[];
}

export const DEFAULT_SCHEMA = 'ml-system-design';
/** About 18,000 lines: far beyond a written design doc, still analysed in a few seconds. */
export const DEFAULT_MAX_LENGTH = 500_000;

const UNCHECKED: Analysis = { checked: false, reason: 'none', sections: [], facts: {}, findings: [] };

export function analyze(text: string, options: AnalyzeOptions): Analysis {
  const defaultSchema = options.defaultSchema ?? DEFAULT_SCHEMA;
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  if (text.length > maxLength) return tooLarge(text, options, maxLength, defaultSchema);

  const endReading = beginReading(options.cache);
  try {
    return analyzeText(text, options, defaultSchema, maxLength);
  } finally {
    endReading();
  }
}

function analyzeText(text: string, options: AnalyzeOptions, defaultSchema: string, maxLength: number): Analysis {
  const parsed = readDocument(text, options.cache);
  const lines = new LineIndex(text);
  let selection = selectByDeclaration(parsed, {
    path: options.path,
    include: options.include ?? DEFAULT_INCLUDE,
    forced: options.forceSchema,
    defaultSchema,
  });

  let resolution: SchemaResolution;
  let analysed: ReturnType<typeof analyseStructure> | undefined;
  if (selection) {
    resolution = options.resolveSchema(selection.schemaRef!);
  } else {
    // Not declared: a document counts when its headings name enough framework steps.
    if (!mayBeDetectedByHeadings(options.path)) return UNCHECKED;
    resolution = options.resolveSchema(defaultSchema);
    if (!('schema' in resolution)) return UNCHECKED;
    analysed = analyseStructure(parsed.outline, resolution.schema);
    if (analysed.matches.stepsByHeading.size < MIN_STEPS_BY_HEADING) return UNCHECKED;
    // Prompts are never headings: blanking them below leaves this count as it is.
    selection = { reason: 'headings', schemaRef: defaultSchema };
  }

  const base: DocumentContext = { text, lines, frontmatter: parsed.frontmatter, selection, schemaProblems: [], maxLength };
  if (!('schema' in resolution)) {
    // The document names a schema that cannot be used: say why, and check nothing against a schema it did not ask for.
    base.schemaError = resolution.error;
    base.schemaProblems = resolution.problems ?? [];
    return { checked: true, reason: selection.reason, sections: [], facts: {}, findings: runRules(base, options) };
  }
  const schema = resolution.schema;
  // Prompts left from a template are read as blank lines: they state nothing.
  const prompts = schema.templates ? findPromptLines(text, schema.templates.lines) : [];
  if (prompts.length > 0) analysed = analyseStructure(readDocument(blankPromptLines(text, prompts), options.cache).outline, schema);
  analysed ??= analyseStructure(parsed.outline, schema);
  const ctx: AnalysedContext = {
    ...base,
    schema,
    prompts,
    ...analysed,
    eol: text.includes('\r\n') ? '\r\n' : '\n',
    titleRange: (occurrence) => titleRange(ctx, occurrence),
  };

  return {
    checked: true,
    reason: selection.reason,
    schemaId: schema.id,
    sections: schema.sections.map((spec) => sectionReport(ctx, spec)),
    facts: Object.fromEntries(
      [...ctx.facts].map(([id, fact]) => [id, { found: fact.found, values: fact.values, line: fact.hits[0]?.line }]),
    ),
    findings: runRules(ctx, options),
  };
}

function analyseStructure(outline: Outline, schema: Schema) {
  // Everything rules need beyond the text: outline, matches, facts and statuses.
  const matches = matchOutline(outline, schema);
  const implied = impliedSteps(schema, matches);
  const facts = new Map<string, FactResult>();
  let wholeText: TextUnit[] | undefined;
  for (const spec of schema.byId.values()) {
    if (spec.facts.length === 0) continue;
    const units = implied.get(stepOf(spec)) ?? scopeUnits(spec, matches);
    for (const id of spec.facts) {
      const fact = schema.facts[id]!;
      let result = readFact(fact, spec, units, schema);
      if (!result.found && fact.anywhere) {
        // Stated outright elsewhere ("real-time prediction" among the requirements) counts too.
        wholeText ??= outline.hasProse ? documentText(outline) : [];
        const elsewhere = readFact(fact, spec, wholeText, schema, { strongOnly: true, patterns: fact.anywhere.patterns ?? null });
        if (elsewhere.found) result = elsewhere;
      }
      facts.set(id, result);
    }
  }
  const status = new Map<string, SectionStatus>();
  const statusOf = (spec: SectionSpec): SectionStatus => {
    const known = status.get(spec.id);
    if (known) return known;
    const value = computeStatus(spec, matches, facts, statusOf, implied.has(spec));
    status.set(spec.id, value);
    return value;
  };
  schema.byId.forEach((spec) => statusOf(spec));
  return {
    outline,
    matches,
    facts,
    status,
    stepDepth: stepDepth(matches, schema),
    occurrences: (spec: SectionSpec): Occurrence[] => matches.bySpec.get(spec.id) ?? [],
  };
}

/**
 * Steps with no heading or label of their own that the document states all the same: their
 * `implied-by` facts are found in the text of its other steps (the input and output and the
 * ML category written into the data and model sections, say). Maps each to the text it is read from.
 */
function impliedSteps(schema: Schema, matches: Matches): Map<SectionSpec, TextUnit[]> {
  const implied = new Map<SectionSpec, TextUnit[]>();
  const candidates = schema.sections.filter(
    (step) => step.impliedBy.length > 0 && [step, ...descendants(step)].every((s) => !matches.bySpec.has(s.id)),
  );
  if (candidates.length === 0) return implied;
  const units = documentUnits(matches);
  for (const step of candidates) {
    if (step.impliedBy.every((id) => readFact(schema.facts[id]!, step, units, schema).found)) implied.set(step, units);
  }
  return implied;
}

function stepOf(spec: SectionSpec): SectionSpec {
  return spec.parent ? stepOf(spec.parent) : spec;
}

function computeStatus(
  spec: SectionSpec,
  matches: Matches,
  facts: Map<string, FactResult>,
  statusOf: (spec: SectionSpec) => SectionStatus,
  implied: boolean,
): SectionStatus {
  const own = matches.bySpec.get(spec.id) ?? [];
  const factsFound = spec.facts.every((id) => facts.get(id)?.found);
  if (spec.parent) {
    // A sub-section is there when its facts are stated, under its own heading or not.
    if (spec.facts.length > 0 && factsFound) return 'present';
    if (own.length === 0) return 'missing';
    if (!own.some((o) => o.hasContent)) return 'empty';
    return factsFound ? 'present' : 'incomplete';
  }
  const all = [spec, ...descendants(spec)].flatMap((s) => matches.bySpec.get(s.id) ?? []);
  if (all.length === 0 && !implied) return 'missing';
  if (all.length > 0 && !all.some((o) => o.hasContent)) return 'empty';
  const childrenDone = spec.sections.every((child) => !child.required || statusOf(child) === 'present');
  return factsFound && childrenDone ? 'present' : 'incomplete';
}

/** The heading depth most framework steps use in this document (2 when none has a heading). */
function stepDepth(matches: Matches, schema: Schema): number {
  const counts = new Map<number, number>();
  for (const spec of schema.sections) {
    const heading = (matches.bySpec.get(spec.id) ?? []).find((o) => o.kind === 'heading');
    if (heading?.section) counts.set(heading.section.depth, (counts.get(heading.section.depth) ?? 0) + 1);
  }
  let best = 2;
  let bestCount = 0;
  for (const [depth, count] of counts) {
    if (count > bestCount || (count === bestCount && depth < best)) [best, bestCount] = [depth, count];
  }
  return best;
}

function titleRange(ctx: AnalysedContext, occurrence: Occurrence) {
  if (occurrence.kind === 'heading') {
    return { start: ctx.lines.positionAt(occurrence.startOffset), end: ctx.lines.positionAt(occurrence.titleEndOffset) };
  }
  return trimmedLine(ctx, occurrence.line, ctx.lines.positionAt(occurrence.startOffset).character);
}

function sectionReport(ctx: AnalysedContext, spec: SectionSpec): SectionReport {
  const first = ctx.occurrences(spec)[0];
  return {
    id: spec.id,
    title: spec.title,
    status: ctx.status.get(spec.id)!,
    ...(first
      ? {
          heading: first.text,
          line: first.line,
          kind: first.kind,
          titleRange: ctx.titleRange(first),
          range: { start: ctx.lines.positionAt(first.startOffset), end: ctx.lines.positionAt(first.endOffset) },
          namedByTitle: normalizeHeading(first.text) === normalizeHeading(spec.title),
        }
      : {}),
    children: spec.sections.map((child) => sectionReport(ctx, child)),
  };
}

function runRules(ctx: DocumentContext, options: AnalyzeOptions): Finding[] {
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const setting = options.rules?.[rule.id] ?? rule.defaultSeverity;
    if (setting === 'off') continue;
    const report: Report = (finding) => findings.push({ rule: rule.id, severity: setting, ...finding });
    if (rule.needs === 'document') rule.check(ctx, report);
    else if (ctx.schema && 'outline' in ctx) rule.check(ctx as AnalysedContext, report);
  }
  return findings.sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.rule.localeCompare(b.rule),
  );
}

/** Too long to analyse on every keystroke: say so, for documents that declare themselves design docs. */
function tooLarge(text: string, options: AnalyzeOptions, maxLength: number, defaultSchema: string): Analysis {
  const head = text.slice(0, 4096);
  const declared = /^---\r?\n[\s\S]*?^framework\s*:/m.test(head);
  const included = options.path !== undefined && matchesInclude(options.path, options.include ?? DEFAULT_INCLUDE);
  if (!declared && !included && !options.forceSchema) return UNCHECKED;
  const ctx: DocumentContext = {
    text,
    lines: new LineIndex(text),
    selection: { reason: declared ? 'frontmatter' : options.forceSchema ? 'forced' : 'include', schemaRef: defaultSchema },
    schemaProblems: [],
    maxLength,
  };
  return { ...UNCHECKED, checked: true, reason: ctx.selection.reason, findings: runRules(ctx, options) };
}
