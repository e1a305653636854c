/**
 * The core's one entry point: Markdown text and options in, the document's outline
 * against its schema and the findings out, as a straight line of passes: select the
 * schema, read the text, locate the steps, read the facts, judge each step, detect
 * whether an undeclared document is a design doc, run the rules. Pure: the host supplies
 * schemas through `resolveSchema`, and nothing here touches the file system, LSP or VS Code.
 */
import { behindBom, startsWithBom } from './bom.js';
import { parseFrontmatter } from './parse.js';
import { frontmatterScalar } from './frontmatter.js';
import { readDocument, type DocumentCache } from './document.js';
import { detectDesignDoc } from './detect.js';
import { normalizeHeading } from './headings.js';
import { trimmedLine } from './insertions.js';
import type { Occurrence } from './occurrences.js';
import { LineIndex } from './positions.js';
import { blankPromptLines, findPromptLines } from './prompts.js';
import { readFacts } from './read-facts.js';
import { RULES } from './rules/index.js';
import type { AnalysedContext, DocumentContext, Report } from './rules/rule.js';
import type { Schema, SchemaProblem, SectionSpec } from './schema.js';
import { DEFAULT_INCLUDE, matchesInclude, mayBeDetectedByHeadings, selectByDeclaration, type Selection, type SelectionReason } from './select.js';
import { statuses, stepDepth } from './status.js';
import { locateSteps } from './steps.js';
import type { Finding, Range, RuleSetting, SectionStatus } from './types.js';

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
  /** Where the step is written: a heading, a label ("**Serving:** …"), or text inside another part. */
  kind?: 'heading' | 'label' | 'content';
  /** The heading or label text as written. */
  titleRange?: Range;
  /** From the heading to the end of what it covers. */
  range?: Range;
  /**
   * How the heading or label names it: as the schema's title (numbering, case and punctuation
   * aside), by an alias, or not at all (placed by its words, its text and where it sits).
   */
  named?: 'title' | 'alias';
  /** Text found inside another part: that part's heading ("Monitoring: found under Risks"). */
  within?: { text: string; line: number };
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
  if (startsWithBom(text)) return behindBom(analyze(text.slice(1), options));
  const defaultSchema = options.defaultSchema ?? DEFAULT_SCHEMA;
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  if (text.length > maxLength) return tooLarge(text, options, maxLength, defaultSchema);
  // A lone CR ends a line for the parser and for editors (LSP counts \n, \r\n and \r); read
  // as LF, which keeps every offset, the core's lines agree with both. Fixes keep the document's own ending.
  if (!text.includes('\r')) return analyzeText(text, options, defaultSchema, maxLength, '\n');
  const eol = text.includes('\r\n') ? '\r\n' : text.includes('\n') ? '\n' : '\r';
  return analyzeText(text.replace(/\r(?!\n)/g, '\n'), options, defaultSchema, maxLength, eol);
}

function analyzeText(text: string, options: AnalyzeOptions, defaultSchema: string, maxLength: number, eol: string): Analysis {
  // select: frontmatter, a forced schema, the include globs; else the default schema, if the path allows detection.
  const frontmatter = parseFrontmatter(text);
  const declared = selectByDeclaration({ frontmatter }, {
    path: options.path,
    include: options.include ?? DEFAULT_INCLUDE,
    forced: options.forceSchema,
    defaultSchema,
  });
  if (!declared && !mayBeDetectedByHeadings(options.path)) return UNCHECKED;
  const resolution = options.resolveSchema(declared?.schemaRef ?? defaultSchema);
  const lines = new LineIndex(text);
  if (!('schema' in resolution)) {
    if (!declared) return UNCHECKED;
    // The document names a schema that cannot be used: say why, and check nothing against a schema it did not ask for.
    const base: DocumentContext = { text, lines, frontmatter, selection: declared, schemaProblems: resolution.problems ?? [], schemaError: resolution.error, maxLength };
    return { checked: true, reason: declared.reason, sections: [], facts: {}, findings: runRules(base, options) };
  }
  const schema = resolution.schema;

  // read: prompts left from a template are read as blank lines, so they state nothing.
  const prompts = schema.templates ? findPromptLines(text, schema.templates.lines) : [];
  const { outline } = readDocument(prompts.length > 0 ? blankPromptLines(text, prompts) : text, options.cache);
  // locate the steps, read the facts, judge each step.
  const located = locateSteps(outline, schema);
  // The title: the first-level heading, or the frontmatter's for a page whose headings start below one.
  const title = outline.sections.find((section) => section.depth === 1)?.title ?? (frontmatter && frontmatterScalar(frontmatter, 'title'));
  const facts = readFacts(schema, outline, located, title);
  const status = statuses(schema, located.matches, facts, located.implied);
  // detect: a document nobody declared counts when it reads as a design doc of the framework.
  const detected = declared ? undefined : detectDesignDoc(schema, outline, located.matches, status, facts, title);
  if (!declared && !detected) return UNCHECKED;
  const selection: Selection = declared ?? { reason: detected!, schemaRef: defaultSchema };

  const { matches } = located;
  const ctx: AnalysedContext = {
    text,
    lines,
    frontmatter,
    selection,
    schemaProblems: [],
    maxLength,
    schema,
    prompts,
    outline,
    matches,
    facts,
    status,
    stepDepth: stepDepth(matches, schema),
    occurrences: (spec: SectionSpec): Occurrence[] => matches.bySpec.get(spec.id) ?? [],
    eol,
    titleRange: (occurrence) => titleRange(ctx, occurrence),
  };
  return {
    checked: true,
    reason: selection.reason,
    schemaId: schema.id,
    sections: schema.sections.map((spec) => sectionReport(ctx, spec)),
    facts: Object.fromEntries([...facts].map(([id, fact]) => [id, { found: fact.found, values: fact.values, line: fact.hits[0]?.line }])),
    findings: runRules(ctx, options),
  };
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
          ...(first.named ? { named: normalizeHeading(first.text) === normalizeHeading(spec.title) ? ('title' as const) : ('alias' as const) } : {}),
          ...(first.within ? { within: first.within } : {}),
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
