// Types of eval/run.mjs for the tests that run it.
export interface LabelledDoc {
  /** The repository a shared-corpus document comes from. */
  repo?: string;
  name: string;
  file: string;
  designDoc: boolean;
  steps: Record<string, 'P' | 'W' | 'H' | 'A'>;
  facts: Record<string, boolean | undefined>;
}
export interface Evaluation {
  documents: number;
  steps: Record<string, { P: [number, number]; AH: [number, number]; W: [number, number] }>;
  facts: Record<string, { tp: number; fp: number; fn: number; tn: number; skipped: number }>;
  detection: { designChecked: number; designSkipped: number; otherChecked: number; otherSkipped: number; wrong: string[] };
  disagreements: string[];
}
export const STEPS: string[];
export const FACTS: string[];
export const SETS: string[];
export function loadSet(name: string): LabelledDoc[] | undefined;
export function labelledDir(dir: string): LabelledDoc[] | undefined;
export function corpusSet(dir: string): LabelledDoc[] | undefined;
export function evaluate(docs: LabelledDoc[]): Evaluation;
export function readDesignDocs(docs: LabelledDoc[], schema?: string): Map<string, unknown>;
export function score(docs: LabelledDoc[], results: Map<string, unknown>): Omit<Evaluation, 'detection'>;
export function stepFigures(result: Evaluation): { hits: number; falseAlarms: number; absent: number; precision: number; recall: number };
export function factAgreement(result: Evaluation, fact: string): number;
export const TITLES: Record<string, string>;
export function report(title: string, result: Evaluation, options?: { summary?: boolean }): string;
