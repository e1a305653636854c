/**
 * What a framework schema file holds, as written, and the checks across its parts that a
 * JSON Schema cannot make: references between sections, facts and vocabularies, roles
 * given once, and patterns that compile.
 */
import { compilePattern } from './patterns.js';
import type { FrontmatterKey } from './schema.js';
import type { Term } from './vocabulary.js';
import { pathLabel, type SchemaProblem } from './yaml-read.js';
import type { Range } from './types.js';

/**
 * What a fact is for, which rules and editor features key on: a team schema names its own
 * facts and gives them a role ("role: offline-metrics") to get the same checks. A fact
 * whose id is a role has that role.
 */
export const FACT_ROLES = ['ml-objective', 'input-output', 'ml-category', 'baseline', 'offline-metrics', 'online-metrics', 'serving-mode', 'monitoring'] as const;
export type FactRole = (typeof FACT_ROLES)[number];

export interface RawSection {
  id: string;
  title: string;
  aliases?: string[];
  required?: boolean;
  guidance?: string;
  facts?: string[];
  'implied-by'?: string[];
  'questions-are-content'?: boolean;
  evidence?: { heading?: string[]; 'heading-weak'?: string[]; 'heading-genre'?: string[]; content?: string[]; 'content-weak'?: string[]; spread?: number };
  sections?: RawSection[];
}

export interface RawSchema {
  id: string;
  title: string;
  description?: string;
  frontmatter?: Record<string, FrontmatterKey>;
  sections: RawSection[];
  facts?: Record<string, RawFact>;
  vocabularies?: Record<string, Array<Omit<Term, 'caseSensitive'> & { 'case-sensitive'?: string[] }>>;
  reading?: Partial<Record<string, number>>;
  asides?: string[];
  closings?: string[];
  'guidance-openings'?: string[];
  hindsight?: string[];
  'reported-questions'?: string[];
  unrelated?: string[];
  'question-headings'?: string[];
  detection?: {
    outline?: number;
    headings?: number;
    steps?: number;
    content?: number;
    require?: string[];
    facts?: string[];
    'other-headings'?: string[];
    'repository-headings'?: string[];
    'other-titles'?: string[];
    'design-titles'?: string[];
    'proposal-titles'?: string[];
    'never-titles'?: string[];
  };
}

export interface RawFact {
  role?: FactRole;
  description: string;
  message: string;
  patterns?: string[];
  vocabulary?: string;
  kind?: string;
  context?: string[];
  'not-context'?: string[];
  'weak-anywhere'?: { context: string[]; 'not-in'?: string[] };
  absent?: string[];
  declined?: string[];
  'context-headings'?: boolean;
  'lead-in'?: string[];
  'weak-patterns'?: string[];
  'product-titles'?: string[];
  'ignore-questions'?: boolean;
  anywhere?: boolean | string[];
  'anywhere-patterns'?: string[];
  'also-in'?: string[];
  evidence?: 'strong' | 'weak' | 'none';
  items?: boolean;
  'compared-methods'?: { measures: string; methods: string; current?: string[]; ours?: string[] };
  'results-tables'?: RawResultsTables;
  headings?: string[];
  'not-headings'?: string[];
}

/** References between sections, facts and vocabularies, and patterns that must compile. */
export function crossCheck(raw: RawSchema, rangeAt: (path: Array<string | number>) => Range): SchemaProblem[] {
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

  for (const [id, fact] of Object.entries(facts)) {
    (fact['also-in'] ?? []).forEach((section, index) => {
      if (!sectionIds.has(section)) problem(['facts', id, 'also-in', index], `unknown section "${section}"`);
    });
    (fact['weak-anywhere']?.['not-in'] ?? []).forEach((section, index) => {
      if (!sectionIds.has(section)) problem(['facts', id, 'weak-anywhere', 'not-in', index], `unknown section "${section}"`);
    });
    const compared = fact['compared-methods'];
    if (compared && !(compared.measures in vocabularies)) problem(['facts', id, 'compared-methods', 'measures'], `unknown vocabulary "${compared.measures}"`);
    if (compared && !sectionIds.has(compared.methods)) problem(['facts', id, 'compared-methods', 'methods'], `unknown section "${compared.methods}"`);
    const results = fact['results-tables'];
    if (results && !sectionIds.has(results.methods)) problem(['facts', id, 'results-tables', 'methods'], `unknown section "${results.methods}"`);
  }

  const termIds = new Set(Object.values(vocabularies).flatMap((terms) => terms.map((term) => term.id)));
  for (const [id, fact] of Object.entries(facts)) {
    if (fact.vocabulary !== undefined && !(fact.vocabulary in vocabularies)) {
      problem(['facts', id, 'vocabulary'], `unknown vocabulary "${fact.vocabulary}"`);
    }
    // Both would say how the fact is read anywhere: with the vocabulary's terms, or by patterns alone.
    if (fact.anywhere !== undefined && fact.anywhere !== false && fact['anywhere-patterns']) {
      problem(['facts', id, 'anywhere-patterns'], 'a fact is read anywhere either with its terms ("anywhere") or by patterns alone ("anywhere-patterns"), not both');
    }
    for (const key of ['patterns', 'weak-patterns', 'context', 'not-context', 'absent', 'declined', 'lead-in', 'anywhere', 'anywhere-patterns'] as const) {
      const list = fact[key];
      if (key === 'weak-patterns' && list && !fact.context) {
        problem(['facts', id, key], 'weak patterns count only in a sentence the fact\'s "context" matches: add "context"');
      }
      checkPatterns(Array.isArray(list) ? list : [], ['facts', id, key]);
    }
    checkPatterns(fact['weak-anywhere']?.context ?? [], ['facts', id, 'weak-anywhere', 'context']);
  }
  function checkPatterns(list: readonly string[], path: Array<string | number>): void {
    list.forEach((pattern, index) => {
      try {
        compilePattern(pattern);
      } catch (error) {
        problem([...path, index], `invalid regular expression: ${(error as Error).message}`);
      }
    });
  }
  for (const key of ['guidance-openings', 'question-headings', 'hindsight', 'reported-questions', 'unrelated'] as const) checkPatterns(raw[key] ?? [], [key]);

  for (const [name, terms] of Object.entries(vocabularies)) {
    terms.forEach((term, index) => {
      for (const key of ['patterns', 'phrasings'] as const) {
        (term[key] ?? []).forEach((pattern, patternIndex) => {
          try {
            compilePattern(pattern);
          } catch (error) {
            problem(['vocabularies', name, index, key, patternIndex], `invalid regular expression: ${(error as Error).message}`);
          }
        });
      }
      for (const key of ['fits', 'also'] as const) {
        (term[key] ?? []).forEach((ref, refIndex) => {
          if (!termIds.has(ref)) problem(['vocabularies', name, index, key, refIndex], `unknown category "${ref}"`);
        });
      }
    });
  }
  return problems;
}

export function roleOf(id: string, fact: RawFact): FactRole | undefined {
  return fact.role ?? (FACT_ROLES as readonly string[]).find((role) => role === id) as FactRole | undefined;
}

export interface RawResultsTables {
  methods: string;
  'method-heads'?: string[];
  'measure-heads'?: string[];
  'goal-heads'?: string[];
}
