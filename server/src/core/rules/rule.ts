/** What a rule is, and what it is given: the analysed document, read-only. */
import type { FactResult } from '../facts.js';
import type { Matches, Occurrence } from '../occurrences.js';
import type { Outline } from '../outline.js';
import type { Frontmatter } from '../frontmatter.js';
import type { PromptLine } from '../prompts.js';
import type { LineIndex } from '../positions.js';
import type { Schema, SchemaProblem, SectionSpec } from '../schema.js';
import type { Selection } from '../select.js';
import type { Finding, Range, SectionStatus, Severity } from '../types.js';

export const RULE_DOCS_BASE = 'https://github.com/mlsd-tools/mlsd/blob/main/docs/rules/';

export interface RuleMeta {
  id: string;
  description: string;
  defaultSeverity: Severity;
  /** Link to the rule's page, shown with every diagnostic. */
  docs: string;
}

export type Report = (finding: Omit<Finding, 'rule' | 'severity'>) => void;

/** All a rule can know about a document, whether or not its schema loaded. */
export interface DocumentContext {
  text: string;
  lines: LineIndex;
  frontmatter?: Frontmatter;
  selection: Selection;
  /** Problems of the schema the document names, when it cannot be used. */
  schemaProblems: SchemaProblem[];
  /** Why the schema the document names cannot be used. */
  schemaError?: string;
  schema?: Schema;
  /** Documents longer than this are not analysed. */
  maxLength: number;
}

/** A document analysed against its schema. */
export interface AnalysedContext extends DocumentContext {
  schema: Schema;
  outline: Outline;
  matches: Matches;
  status: Map<string, SectionStatus>;
  facts: Map<string, FactResult>;
  /** Heading depth the document uses for framework steps. */
  stepDepth: number;
  eol: string;
  /** Template prompts still as written (read as blank lines by the analysis). */
  prompts: PromptLine[];
  occurrences(spec: SectionSpec): Occurrence[];
  /** Where a heading or label is written: the line's text, trimmed. */
  titleRange(occurrence: Occurrence): Range;
}

export type Rule =
  | (RuleMeta & { needs: 'document'; check(ctx: DocumentContext, report: Report): void })
  | (RuleMeta & { needs: 'schema'; check(ctx: AnalysedContext, report: Report): void });

export function docsUrl(id: string): string {
  return `${RULE_DOCS_BASE}${id}.md`;
}
