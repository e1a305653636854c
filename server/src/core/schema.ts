/**
 * Framework schemas: load a schema file's YAML, validate it against
 * schemas/schema.schema.json (yaml-read.ts) and the checks across its parts
 * (schema-file.ts), and build the typed, compiled schema the analysis uses.
 */
import type { ValidateFunction } from 'ajv';
import schemaOfSchemas from '../../../schemas/schema.schema.json';
import { compileAliases, compileAsides, normalizeHeading, type AliasIndex } from './headings.js';
import type { TemplateSet } from './templates.js';
import { compilePattern, compilePatterns } from './patterns.js';
import { crossCheck, FACT_ROLES, roleOf, type FactRole, type RawFact, type RawResultsTables, type RawSchema, type RawSection } from './schema-file.js';
import type { ComparedMethods } from './comparisons.js';
import type { ResultsTables } from './results-tables.js';
import { headingMatcher } from './fact-headings.js';
import { compileVocabulary, type Term, type TermMatcher } from './vocabulary.js';
import { compileValidator, readYaml, type SchemaProblem } from './yaml-read.js';

export type { SchemaProblem };

export interface SectionSpec {
  id: string;
  title: string;
  aliases: string[];
  required: boolean;
  guidance: string;
  facts: string[];
  /** Facts that, stated anywhere in the document's other steps, make this step present without a heading. */
  impliedBy: string[];
  /** Questions are what the step is made of (clarifying questions): a part of it that only asks still says something. */
  questionsAreContent: boolean;
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
  /** Words that name this step alone, but only the kind of text beside another step's word ("Data requirements"). */
  headingGenre: string[];
  content: string[];
  contentWeak: string[];
  /**
   * How many statements that mention the step cover it, with no place of its own, when their terms
   * together reach `reading.cover` (see cover.ts); never when absent.
   */
  spread?: number;
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
  inOrder: number;
  gap: number;
  cover: number;
  passage: number;
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
  inOrder: 0.25,
  gap: 2,
  cover: 2,
  passage: 3,
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
  /** A repository's own sections: another kind of document only beside fewer than `outline` steps found under headings of their own. */
  repositoryHeadings: Set<string>;
  otherTitles: string[];
  /** Title phrases that say the document records a design, whatever kind of document it is ("Compte rendu de conception"). */
  designTitles: string[];
  /** Title phrases that propose what to build: over an outline of the steps, the design of record, whatever other headings it has. */
  proposalTitles: string[];
  /** Title phrases of documents that never are design docs, however many steps they outline. */
  neverTitles: string[];
}

export { FACT_ROLES, type FactRole };

/** Whether a term is a metric some metric fact counts: a vocabulary's look-alikes ("conversion step", kind distractor) are not. */
export function countsAsMetric(schema: Schema, term: Term): boolean {
  return metricFacts(schema).some((fact) => fact.kind === undefined || fact.kind === term.kind);
}

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
  /** Weak vocabulary synonyms and weak patterns count only in a sentence this matches. */
  context?: RegExp;
  /** What the last sentence of a paragraph that introduces a list of the fact's measures says ("Finance will track:"). */
  leadIn?: RegExp;
  /** Sentences that are no context for the weak synonyms and patterns, even where `context` matches them. */
  notContext?: RegExp;
  /** Sentences that say the document has none of it yet ("no point of comparison yet"): they state nothing of the fact. */
  absent?: RegExp;
  /** Sentences that say the design decides against it ("we are not running an A/B test"): no fact, but still the step's topic. */
  declined?: RegExp;
  /** A heading or label its `context` matches puts the text under it in context ("Pilot plan" over "Measure: search rate"). */
  contextHeadings: boolean;
  /** Patterns that state the fact only in a sentence its context matches, in any step. */
  weakPatterns?: RegExp;
  /**
   * Words of a title that name a product which itself raises alerts ("Predictive bearing alerts", "性能劣化智能告警"): in
   * such a document the weak patterns are the product's words, and only the fact's other words state it.
   */
  productTitles: readonly string[];
  /** A sentence that asks ("Would you use precision or recall?") states nothing. */
  ignoreQuestions: boolean;
  /**
   * Stated anywhere in the document counts when the section itself does not state it: with these patterns, and the
   * strong synonyms unless `terms` is false (a control group stated anywhere is an online test; "conversion rate" among the goals is not).
   */
  anywhere?: { patterns?: RegExp; terms?: boolean };
  /**
   * Weak words read outside the fact's step too: in a sentence `context` matches (narrower than the fact's own,
   * naming what the fact is said of), and not in the text of the `notIn` steps, where such words mean something else.
   */
  weakAnywhere?: { context: RegExp; notIn: readonly string[] };
  /** Steps whose text states the fact too, read as text outside the fact's own step is: a baseline is named where the model is compared. */
  alsoIn: string[];
  /** How a hit counts as evidence that a text is about the fact's section. */
  evidence: 'strong' | 'weak' | 'none';
  /** The items of a list or table under the fact's own section state it, known to the vocabulary or not. */
  items: boolean;
  /** A results table in the fact's text states it by the methods it measures that name no model (comparisons.ts). */
  comparedMethods?: ComparedMethods;
  /** A results table in the fact's text states it by the measures it scores methods on (results-tables.ts). */
  resultsTables?: ResultsTables;
  /** Whether a heading names a part that states the fact ("What we do today" for a baseline; fact-headings.ts). */
  headings?: (title: string) => boolean;
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
  /** Whether a heading names a part that belongs to no section: references, glossary. */
  isAside(title: string): boolean;
  /** Whether a heading names a closing part that sums up or looks ahead: conclusions, next steps. */
  isClosing(title: string): boolean;
  /** Whether a sentence opens as a template's guidance to the author does ("Describe the metrics you will use"). */
  isGuidance(sentence: string): boolean;
  /** Whether a sentence says what the write-up should have said ("should have mentioned the baseline"): it names a lack. */
  saysInHindsight(sentence: string): boolean;
  /** Whether a sentence reports a question someone asked ("Beatriz asked whether we will run an A/B test"): it names a topic. */
  reportsQuestion(sentence: string): boolean;
  /** Whether a text says what it describes has nothing to do with the design ("it has nothing to do with this forecast"). */
  saysUnrelated(text: string): boolean;
  /** Whether a heading names a part made of questions ("Research questions", "Forschungsfragen"). */
  namesQuestions(title: string): boolean;
  detection: Detection;
  /** Every section and sub-section by id. */
  byId: Map<string, SectionSpec>;
  aliases: AliasIndex;
  matchers: Map<string, TermMatcher>;
  /** The case-study templates beside the schema, when it has them. */
  templates?: TemplateSet;
}

export type SchemaLoad = { schema: Schema; problems: [] } | { schema?: undefined; problems: SchemaProblem[] };

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

/**
 * A schema from data already validated when MLSD was built (the bundled schemas' JSON
 * snapshots): no YAML to parse, no shape to check, so a host starts faster.
 */
export function loadTrustedSchema(raw: unknown): Schema {
  return build(raw as RawSchema);
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
      questionsAreContent: section['questions-are-content'] ?? false,
      evidence: {
        heading: section.evidence?.heading ?? [],
        headingWeak: section.evidence?.['heading-weak'] ?? [],
        headingGenre: section.evidence?.['heading-genre'] ?? [],
        content: section.evidence?.content ?? [],
        contentWeak: section.evidence?.['content-weak'] ?? [],
        spread: section.evidence?.spread,
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
    // What says the fact anywhere says it where its step is written too: `anywhere` lists are read there as well.
    const anywherePatterns = [...(Array.isArray(fact.anywhere) ? fact.anywhere : []), ...(fact['anywhere-patterns'] ?? [])];
    const patterns = compilePatterns([...new Set([...(fact.patterns ?? []), ...anywherePatterns])]);
    facts[id] = {
      id,
      role: roleOf(id, fact),
      description: fact.description,
      message: fact.message,
      vocabulary: fact.vocabulary,
      kind: fact.kind,
      patterns,
      context: compilePatterns(fact.context, 'iu'),
      notContext: compilePatterns(fact['not-context'], 'iu'),
      absent: compilePatterns(fact.absent, 'iu'),
      declined: compilePatterns(fact.declined, 'iu'),
      contextHeadings: fact['context-headings'] ?? false,
      leadIn: compilePatterns(fact['lead-in'], 'iu'),
      weakPatterns: compilePatterns(fact['weak-patterns']),
      productTitles: (fact['product-titles'] ?? []).map(normalizeHeading),
      ignoreQuestions: fact['ignore-questions'] ?? false,
      anywhere: anywhereReading(fact, patterns),
      weakAnywhere: weakAnywhereReading(fact),
      alsoIn: fact['also-in'] ?? [],
      evidence: fact.evidence ?? 'strong',
      items: fact.items ?? false,
      comparedMethods: fact['compared-methods'],
      resultsTables: resultsTables(fact['results-tables']),
      headings: headingMatcher(fact.headings, fact['not-headings']),
    };
  }
  const roles = new Map<FactRole, FactSpec>();
  for (const fact of Object.values(facts)) if (fact.role && !roles.has(fact.role)) roles.set(fact.role, fact);
  const factOwners = new Map<string, SectionSpec>();
  for (const spec of byId.values()) for (const id of spec.facts) factOwners.set(id, spec);
  const matchers = new Map<string, TermMatcher>();
  for (const [name, terms] of Object.entries(vocabularies)) matchers.set(name, compileVocabulary(terms));

  const aliases = compileAliases([...byId.values()]);
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
    isAside: compileAsides(raw.asides ?? [], (text) => aliases.match(text).length > 0),
    isClosing: compileAsides(raw.closings ?? [], (text) => aliases.match(text).length > 0),
    isGuidance: compileAny(raw['guidance-openings'] ?? [], '^\\s*'),
    namesQuestions: compileAny(raw['question-headings'] ?? []),
    saysInHindsight: compileAny(raw.hindsight ?? []),
    reportsQuestion: compileAny(raw['reported-questions'] ?? []),
    saysUnrelated: compileAny(raw.unrelated ?? []),
    detection: {
      outline: raw.detection?.outline ?? Math.max(3, sections.length - 2),
      headings: raw.detection?.headings ?? 3,
      steps: raw.detection?.steps ?? 3,
      content: raw.detection?.content ?? Math.max(3, sections.length - 2),
      require: raw.detection?.require ?? [],
      facts: raw.detection?.facts ?? [],
      otherHeadings: new Set((raw.detection?.['other-headings'] ?? []).map(normalizeHeading)),
      repositoryHeadings: new Set((raw.detection?.['repository-headings'] ?? []).map(normalizeHeading)),
      otherTitles: (raw.detection?.['other-titles'] ?? []).map(normalizeHeading),
      designTitles: (raw.detection?.['design-titles'] ?? []).map(normalizeHeading),
      proposalTitles: (raw.detection?.['proposal-titles'] ?? []).map(normalizeHeading),
      neverTitles: (raw.detection?.['never-titles'] ?? []).map(normalizeHeading),
    },
    byId,
    aliases,
    matchers,
  };
}

/** A results-tables reading with its heads as whole-word tests, as a fact's heading words are. */
function resultsTables(raw: RawResultsTables | undefined): ResultsTables | undefined {
  if (!raw) return undefined;
  const heads = (words: string[] | undefined) => headingMatcher(words) ?? (() => false);
  return { methods: raw.methods, methodHeads: heads(raw['method-heads']), measureHeads: heads(raw['measure-heads']), goalHeads: heads(raw['goal-heads']) };
}

/** Where the fact's weak words count outside its step; none without a context to name what they are said of. */
function weakAnywhereReading(fact: RawFact): FactSpec['weakAnywhere'] {
  const context = fact['weak-anywhere'] && compilePatterns(fact['weak-anywhere'].context, 'iu');
  return context && { context, notIn: fact['weak-anywhere']!['not-in'] ?? [] };
}

/** What states a fact anywhere in the document: `anywhere` (its patterns or a list, with strong synonyms), or `anywhere-patterns` alone. */
function anywhereReading(fact: RawFact, patterns: RegExp | undefined): FactSpec['anywhere'] {
  if (fact.anywhere === true) return { patterns };
  if (Array.isArray(fact.anywhere)) return { patterns: compilePatterns(fact.anywhere) };
  if (fact['anywhere-patterns']) return { patterns: compilePatterns(fact['anywhere-patterns']), terms: false };
  return undefined;
}

/** Patterns as one expression, found anywhere in a text, or only at its start when `before` anchors it. */
function compileAny(patterns: readonly string[], before = ''): (text: string) => boolean {
  if (patterns.length === 0) return () => false;
  const any = compilePattern(`${before}(?:${patterns.map((pattern) => `(?:${pattern})`).join('|')})`);
  return (text) => any.test(text);
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

