/**
 * Framework schemas: load a schema file's YAML, validate it against
 * schemas/schema.schema.json and a few cross-reference checks, and build the
 * typed, compiled schema the analysis uses. Every problem keeps its line and column.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import schemaOfSchemas from '../../../schemas/schema.schema.json';
import { compileAliases, normalizeHeading, type AliasIndex } from './headings.js';
import { fromLinePos } from './positions.js';
import type { TemplateSet } from './templates.js';
import type { Range } from './types.js';
import { compilePattern, compilePatterns } from './patterns.js';
import { compileVocabulary, type Term, type TermMatcher } from './vocabulary.js';

export interface SectionSpec {
  id: string;
  title: string;
  aliases: string[];
  required: boolean;
  guidance: string;
  facts: string[];
  /** Facts that, stated anywhere in the document's other steps, make this step present without a heading. */
  impliedBy: string[];
  /** Words and terms that point at this section besides its aliases (see evidence.ts). */
  evidence: SectionEvidence;
  sections: SectionSpec[];
  /** The enclosing step, for sub-sections. */
  parent?: SectionSpec;
}

/** The top-level step a section or sub-section belongs to. */
export function stepOf(spec: SectionSpec): SectionSpec {
  return spec.parent ? stepOf(spec.parent) : spec;
}

export interface SectionEvidence {
  heading: string[];
  headingWeak: string[];
  content: string[];
  contentWeak: string[];
}

/** How evidence is weighed when a document's parts are matched to sections (see align.ts). */
export interface ReadingWeights {
  alias: number;
  aliasWithin: number;
  headingWord: number;
  headingWordWeak: number;
  content: number;
  contentSaturation: number;
  assign: number;
  inherit: number;
  outOfOrder: number;
  cover: number;
}

/** For schemas that do not set them: the bundled framework's weights. */
export const DEFAULT_READING: ReadingWeights = {
  alias: 1,
  aliasWithin: 0.8,
  headingWord: 0.6,
  headingWordWeak: 0.3,
  content: 0.8,
  contentSaturation: 3,
  assign: 0.5,
  inherit: 0.6,
  outOfOrder: 0.2,
  cover: 2,
};

/** How a document nobody declared is told to be a design doc (see detect.ts). */
export interface Detection {
  outline: number;
  headings: number;
  steps: number;
  content: number;
  require: string[];
  facts: string[];
  /** Normalised, as headings are compared. */
  otherHeadings: Set<string>;
  otherTitles: string[];
}

/**
 * What a fact is for, which rules and editor features key on: a team schema names its own
 * facts and gives them a role ("role: offline-metrics") to get the same checks. A fact
 * whose id is a role has that role.
 */
export const FACT_ROLES = ['ml-objective', 'input-output', 'ml-category', 'baseline', 'offline-metrics', 'online-metrics', 'serving-mode', 'monitoring'] as const;
export type FactRole = (typeof FACT_ROLES)[number];

/** The facts whose terms are metrics (roles offline-metrics and online-metrics), read with a vocabulary. */
export function metricFacts(schema: Schema): FactSpec[] {
  return (['offline-metrics', 'online-metrics'] as const).flatMap((role) => {
    const fact = schema.roles.get(role);
    return fact?.vocabulary ? [fact] : [];
  });
}

export interface FactSpec {
  id: string;
  role?: FactRole;
  description: string;
  message: string;
  /** All the fact's patterns as one global regular expression: any match states the fact. */
  patterns?: RegExp;
  vocabulary?: string;
  kind?: string;
  /** Weak vocabulary synonyms count only in a sentence this matches. */
  context?: RegExp;
  /** A sentence that asks ("Would you use precision or recall?") states nothing. */
  ignoreQuestions: boolean;
  /** Stated anywhere in the document counts when the section itself does not state it: with these patterns (and strong synonyms). */
  anywhere?: { patterns?: RegExp };
  /** How a hit counts as evidence that a text is about the fact's section. */
  evidence: 'strong' | 'weak' | 'none';
  /** The items of a list or table under the fact's own section state it, known to the vocabulary or not. */
  items: boolean;
}

export interface FrontmatterKey {
  description?: string;
  values?: string[];
}

export interface Schema {
  id: string;
  title: string;
  description?: string;
  frontmatter: Record<string, FrontmatterKey>;
  /** Top-level steps in schema order. */
  sections: SectionSpec[];
  facts: Record<string, FactSpec>;
  /** Facts by role, and the section that requires each fact. */
  roles: Map<FactRole, FactSpec>;
  factOwners: Map<string, SectionSpec>;
  vocabularies: Record<string, Term[]>;
  reading: ReadingWeights;
  /** Headings (normalised) of parts that belong to no section: references, glossary. */
  asides: Set<string>;
  detection: Detection;
  /** Every section and sub-section by id. */
  byId: Map<string, SectionSpec>;
  aliases: AliasIndex;
  matchers: Map<string, TermMatcher>;
  /** The case-study templates beside the schema, when it has them. */
  templates?: TemplateSet;
}

export interface SchemaProblem {
  message: string;
  range: Range;
}

export type SchemaLoad = { schema: Schema; problems: [] } | { schema?: undefined; problems: SchemaProblem[] };

interface RawSection {
  id: string;
  title: string;
  aliases?: string[];
  required?: boolean;
  guidance?: string;
  facts?: string[];
  'implied-by'?: string[];
  evidence?: { heading?: string[]; 'heading-weak'?: string[]; content?: string[]; 'content-weak'?: string[] };
  sections?: RawSection[];
}

interface RawSchema {
  id: string;
  title: string;
  description?: string;
  frontmatter?: Record<string, FrontmatterKey>;
  sections: RawSection[];
  facts?: Record<string, RawFact>;
  vocabularies?: Record<string, Array<Omit<Term, 'caseSensitive'> & { 'case-sensitive'?: string[] }>>;
  reading?: Partial<Record<string, number>>;
  asides?: string[];
  detection?: {
    outline?: number;
    headings?: number;
    steps?: number;
    content?: number;
    require?: string[];
    facts?: string[];
    'other-headings'?: string[];
    'other-titles'?: string[];
  };
}

interface RawFact {
  role?: FactRole;
  description: string;
  message: string;
  patterns?: string[];
  vocabulary?: string;
  kind?: string;
  context?: string[];
  'ignore-questions'?: boolean;
  anywhere?: boolean | string[];
  evidence?: 'strong' | 'weak' | 'none';
  items?: boolean;
}

// Compiled on first use: hosts that load a schema pay for it once, and only then.
let validateShape: ValidateFunction<RawSchema> | undefined;
function shapeValidator(): ValidateFunction<RawSchema> {
  validateShape ??= compileValidator<RawSchema>(schemaOfSchemas);
  return validateShape;
}

export function loadSchema(text: string): SchemaLoad {
  const read = readYaml(text, shapeValidator());
  if (!read.raw) return { problems: read.problems };
  const problems = crossCheck(read.raw, read.rangeAt);
  if (problems.length > 0) return { problems };
  return { schema: build(read.raw), problems: [] };
}

export interface YamlRead<T> {
  /** The data, when it parsed and has the shape the validator wants. */
  raw?: T;
  problems: SchemaProblem[];
  /** Where the value at a path is written (or the nearest enclosing value that is). */
  rangeAt(path: Array<string | number>): Range;
}

/** YAML text checked against a JSON Schema, every problem placed where it is written. */
export function readYaml<T>(text: string, validate: ValidateFunction<T>): YamlRead<T> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const rangeOf = (offsets: readonly [number, number] | undefined): Range => {
    const [start, end] = offsets ?? [0, 0];
    return { start: fromLinePos(lineCounter.linePos(start)), end: fromLinePos(lineCounter.linePos(end)) };
  };
  const rangeAt = (path: Array<string | number>) => rangeOf(nodeRange(doc, path));
  if (doc.errors.length > 0) {
    return { rangeAt, problems: doc.errors.map((error) => ({ message: `YAML: ${firstLine(error.message)}`, range: rangeOf(error.pos) })) };
  }
  const raw: unknown = doc.toJS();
  if (!validate(raw)) {
    return {
      rangeAt,
      problems: (validate.errors ?? []).map((error) => ({ message: describeAjvError(error), range: rangeOf(locate(doc, error)) })),
    };
  }
  return { raw, problems: [], rangeAt };
}

/** A JSON Schema validator, compiled once. */
export function compileValidator<T>(jsonSchema: object): ValidateFunction<T> {
  return new Ajv({ allErrors: true, strict: false }).compile<T>(jsonSchema);
}

/**
 * A schema from data already validated when MLSD was built (the bundled schemas' JSON
 * snapshots): no YAML to parse, no shape to check, so a host starts faster.
 */
export function loadTrustedSchema(raw: unknown): Schema {
  return build(raw as RawSchema);
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}

function describeAjvError(error: ErrorObject): string {
  const where = error.instancePath ? pathLabel(error.instancePath.split('/').slice(1)) : 'schema';
  if (error.keyword === 'additionalProperties') {
    return `${where}: unknown key "${(error.params as { additionalProperty: string }).additionalProperty}"`;
  }
  if (error.keyword === 'required') {
    return `${where}: missing key "${(error.params as { missingProperty: string }).missingProperty}"`;
  }
  if (error.keyword === 'pattern') return `${where}: must be a lower-case id such as "offline-metrics"`;
  return `${where}: ${error.message ?? 'is invalid'}`;
}

export function pathLabel(segments: string[]): string {
  return segments.map((s, i) => (/^\d+$/.test(s) ? `[${s}]` : i === 0 ? s : `.${s}`)).join('') || 'schema';
}

/** The source range of the value an Ajv error is about (the offending key for unknown keys). */
function locate(doc: Document, error: ErrorObject): readonly [number, number] | undefined {
  const path = error.instancePath.split('/').slice(1).map(unescapePointer);
  if (error.keyword === 'additionalProperties' || error.keyword === 'propertyNames') {
    const key = (error.params as { additionalProperty?: string; propertyName?: string });
    const name = key.additionalProperty ?? key.propertyName;
    const owner = nodeAt(doc, path);
    if (name !== undefined && isMap(owner)) {
      const pair = owner.items.find((item) => isScalar(item.key) && String(item.key.value) === name);
      if (pair && isScalar(pair.key) && pair.key.range) return [pair.key.range[0], pair.key.range[1]];
    }
  }
  return nodeRange(doc, path);
}

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

function nodeAt(doc: Document, path: Array<string | number>): Node | undefined {
  let node: unknown = doc.contents;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
      node = pair?.value;
    } else if (isSeq(node)) {
      node = node.items[Number(segment)];
    } else {
      return undefined;
    }
  }
  return node as Node | undefined;
}

function nodeRange(doc: Document, path: Array<string | number>): readonly [number, number] | undefined {
  // Walk up to the nearest node that exists, so a problem always has a place.
  for (let length = path.length; length >= 0; length--) {
    const node = nodeAt(doc, path.slice(0, length));
    if (node?.range) return [node.range[0], node.range[1]];
  }
  return undefined;
}

/** References between sections, facts and vocabularies, and patterns that must compile. */
function crossCheck(raw: RawSchema, rangeAt: (path: Array<string | number>) => Range): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const problem = (path: Array<string | number>, message: string) =>
    problems.push({ message: `${pathLabel(path.map(String))}: ${message}`, range: rangeAt(path) });
  const facts = raw.facts ?? {};
  const vocabularies = raw.vocabularies ?? {};
  const sectionIds = new Set<string>();
  const factOwners = new Map<string, string>();

  const visit = (sections: RawSection[], path: Array<string | number>) => {
    sections.forEach((section, index) => {
      const here = [...path, index];
      if (sectionIds.has(section.id)) problem([...here, 'id'], `section id "${section.id}" is used twice`);
      sectionIds.add(section.id);
      (section['implied-by'] ?? []).forEach((fact, factIndex) => {
        if (!(fact in facts)) problem([...here, 'implied-by', factIndex], `unknown fact "${fact}" (not defined under "facts")`);
      });
      (section.facts ?? []).forEach((fact, factIndex) => {
        if (!(fact in facts)) problem([...here, 'facts', factIndex], `unknown fact "${fact}" (not defined under "facts")`);
        const owner = factOwners.get(fact);
        if (owner) problem([...here, 'facts', factIndex], `fact "${fact}" is already required by section "${owner}"`);
        factOwners.set(fact, section.id);
      });
      visit(section.sections ?? [], [...here, 'sections']);
    });
  };
  visit(raw.sections, ['sections']);

  (raw.detection?.require ?? []).forEach((id, index) => {
    if (!sectionIds.has(id)) problem(['detection', 'require', index], `unknown section "${id}"`);
  });
  (raw.detection?.facts ?? []).forEach((id, index) => {
    if (!(id in facts)) problem(['detection', 'facts', index], `unknown fact "${id}" (not defined under "facts")`);
  });

  const roleOwners = new Map<string, string>();
  for (const [id, fact] of Object.entries(facts)) {
    const role = roleOf(id, fact);
    if (!role) continue;
    const owner = roleOwners.get(role);
    if (owner) problem(['facts', id, ...(fact.role ? ['role'] : [])], `role "${role}" is already the role of fact "${owner}"`);
    roleOwners.set(role, id);
  }

  const termIds = new Set(Object.values(vocabularies).flatMap((terms) => terms.map((term) => term.id)));
  for (const [id, fact] of Object.entries(facts)) {
    if (fact.vocabulary !== undefined && !(fact.vocabulary in vocabularies)) {
      problem(['facts', id, 'vocabulary'], `unknown vocabulary "${fact.vocabulary}"`);
    }
    for (const key of ['patterns', 'context', 'anywhere'] as const) {
      const list = fact[key];
      (Array.isArray(list) ? list : []).forEach((pattern, index) => {
        try {
          compilePattern(pattern);
        } catch (error) {
          problem(['facts', id, key, index], `invalid regular expression: ${(error as Error).message}`);
        }
      });
    }
  }
  for (const [name, terms] of Object.entries(vocabularies)) {
    terms.forEach((term, index) => {
      (term.patterns ?? []).forEach((pattern, patternIndex) => {
        try {
          compilePattern(pattern);
        } catch (error) {
          problem(['vocabularies', name, index, 'patterns', patternIndex], `invalid regular expression: ${(error as Error).message}`);
        }
      });
      for (const key of ['fits', 'also'] as const) {
        (term[key] ?? []).forEach((ref, refIndex) => {
          if (!termIds.has(ref)) problem(['vocabularies', name, index, key, refIndex], `unknown category "${ref}"`);
        });
      }
    });
  }
  return problems;
}

function build(raw: RawSchema): Schema {
  const byId = new Map<string, SectionSpec>();
  const toSpec = (section: RawSection, parent?: SectionSpec): SectionSpec => {
    const spec: SectionSpec = {
      id: section.id,
      title: section.title,
      aliases: section.aliases ?? [],
      required: section.required ?? true,
      guidance: (section.guidance ?? '').trim(),
      facts: section.facts ?? [],
      impliedBy: section['implied-by'] ?? [],
      evidence: {
        heading: section.evidence?.heading ?? [],
        headingWeak: section.evidence?.['heading-weak'] ?? [],
        content: section.evidence?.content ?? [],
        contentWeak: section.evidence?.['content-weak'] ?? [],
      },
      sections: [],
      parent,
    };
    byId.set(spec.id, spec);
    spec.sections = (section.sections ?? []).map((child) => toSpec(child, spec));
    return spec;
  };
  const sections = raw.sections.map((section) => toSpec(section));

  const vocabularies: Record<string, Term[]> = {};
  for (const [name, terms] of Object.entries(raw.vocabularies ?? {})) {
    vocabularies[name] = terms.map(({ 'case-sensitive': caseSensitive, ...term }) => ({ ...term, caseSensitive }));
  }
  const facts: Record<string, FactSpec> = {};
  for (const [id, fact] of Object.entries(raw.facts ?? {})) {
    const patterns = compilePatterns(fact.patterns);
    facts[id] = {
      id,
      role: roleOf(id, fact),
      description: fact.description,
      message: fact.message,
      vocabulary: fact.vocabulary,
      kind: fact.kind,
      patterns,
      context: compilePatterns(fact.context, 'iu'),
      ignoreQuestions: fact['ignore-questions'] ?? false,
      anywhere: fact.anywhere === true ? { patterns } : Array.isArray(fact.anywhere) ? { patterns: compilePatterns(fact.anywhere) } : undefined,
      evidence: fact.evidence ?? 'strong',
      items: fact.items ?? false,
    };
  }
  const roles = new Map<FactRole, FactSpec>();
  for (const fact of Object.values(facts)) if (fact.role && !roles.has(fact.role)) roles.set(fact.role, fact);
  const factOwners = new Map<string, SectionSpec>();
  for (const spec of byId.values()) for (const id of spec.facts) factOwners.set(id, spec);
  const matchers = new Map<string, TermMatcher>();
  for (const [name, terms] of Object.entries(vocabularies)) matchers.set(name, compileVocabulary(terms));

  return {
    id: raw.id,
    title: raw.title,
    description: raw.description,
    frontmatter: raw.frontmatter ?? {},
    sections,
    facts,
    roles,
    factOwners,
    vocabularies,
    reading: readingWeights(raw.reading),
    asides: new Set((raw.asides ?? []).map(normalizeHeading)),
    detection: {
      outline: raw.detection?.outline ?? Math.max(3, sections.length - 2),
      headings: raw.detection?.headings ?? 3,
      steps: raw.detection?.steps ?? 3,
      content: raw.detection?.content ?? Math.max(3, sections.length - 2),
      require: raw.detection?.require ?? [],
      facts: raw.detection?.facts ?? [],
      otherHeadings: new Set((raw.detection?.['other-headings'] ?? []).map(normalizeHeading)),
      otherTitles: (raw.detection?.['other-titles'] ?? []).map(normalizeHeading),
    },
    byId,
    aliases: compileAliases([...byId.values()]),
    matchers,
  };
}

/** The schema's `reading:` keys ("alias-within") over the defaults. */
function readingWeights(raw: Partial<Record<string, number>> | undefined): ReadingWeights {
  const weights = { ...DEFAULT_READING };
  for (const [key, value] of Object.entries(raw ?? {})) {
    const name = key.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase()) as keyof ReadingWeights;
    if (value !== undefined && name in weights) weights[name] = value;
  }
  return weights;
}

function roleOf(id: string, fact: RawFact): FactRole | undefined {
  return fact.role ?? (FACT_ROLES as readonly string[]).find((role) => role === id) as FactRole | undefined;
}
