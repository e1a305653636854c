// Types of eval/run.mjs for the tests that run it.
export interface LabelledDoc {
  name: string;
  file: string;
  steps: Record<string, 'P' | 'W' | 'H' | 'A'>;
  facts: Record<string, boolean | undefined>;
}
export interface Evaluation {
  documents: number;
  steps: Record<string, { P: [number, number]; AH: [number, number]; W: [number, number] }>;
  facts: Record<string, { tp: number; fp: number; fn: number; tn: number; skipped: number }>;
  disagreements: string[];
}
export const STEPS: string[];
export const FACTS: string[];
export function ownSet(): LabelledDoc[];
export function corpusSet(dir?: string): LabelledDoc[] | undefined;
export function evaluate(docs: LabelledDoc[]): Evaluation;
