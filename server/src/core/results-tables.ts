/**
 * Measures named by the shape of a results table, read for a fact that declares
 * `results-tables` (the bundled offline metrics). A table that scores methods names its
 * measures whether the vocabulary knows them or not: in "| Method | Mean miss (units) | Share
 * of sell-outs |" over the rows "same weekday last week" and "LightGBM", the column heads are
 * the measures; in "| Kennzahl | Regel (heute) | V1 |" the rows' first cells are. Which way
 * the table runs is told by its first head ("Method", "Вариант", "方法"; "Metric", "Kennzahl",
 * "指標") or by a model named among the rows or the heads. A table with no figures measures
 * nothing, and one with a column of goals ("| 指標 | 現状 | 目標 |") sets targets for whatever kind of measure.
 */
import { tables, type Grid } from './comparisons.js';
import { namesByContent } from './evidence.js';
import type { FactHit, FactResult } from './facts.js';
import type { Run } from './occurrences.js';
import type { FactSpec, Schema, SectionSpec } from './schema.js';
import type { TextUnit } from './text.js';
import { wordCount } from './words.js';

export interface ResultsTables {
  /** The step whose content terms name a method ("LightGBM", "logistic regression"). */
  methods: string;
  /** Whether a table's first head says its rows are methods ("Method", "Variant", "Вариант", "方法"). */
  methodHeads: (text: string) => boolean;
  /** Whether a table's first head says its rows are measures ("Metric", "Kennzahl", "指標"). */
  measureHeads: (text: string) => boolean;
  /** Whether a head is for goals ("Target", "目標"): such a table sets targets, and what kind its measures are it does not say. */
  goalHeads: (text: string) => boolean;
}

/** A measure is named in a few words: a longer cell is a remark. */
const MEASURE_WORDS = 8;

export function readResultsTables(fact: FactSpec, section: SectionSpec, runs: readonly Run[], schema: Schema): FactResult {
  const shape = fact.resultsTables!;
  for (const run of runs) {
    const measures = runMeasures(run, shape, schema);
    if (measures.length === 0) continue;
    // Lines are read now: the units' positions follow edits above them.
    const hits: FactHit[] = measures.map((unit) => ({ text: unit.text.trim(), line: unit.line, offset: unit.offset }));
    return { id: fact.id, found: true, values: [...new Set(hits.map((hit) => hit.text.toLowerCase()))], hits, section };
  }
  return { id: fact.id, found: false, values: [], hits: [], section };
}

const byRun = new WeakMap<Run, WeakMap<ResultsTables, TextUnit[]>>();

/** The measures a run's tables name, kept per run: a table is one block, so it lies in one run, and unchanged runs are the same arrays. */
function runMeasures(run: Run, shape: ResultsTables, schema: Schema): TextUnit[] {
  let byShape = byRun.get(run);
  if (!byShape) byRun.set(run, (byShape = new WeakMap()));
  let measures = byShape.get(shape);
  if (measures) return measures;
  const step = schema.byId.get(shape.methods);
  const isMethod = (unit: TextUnit | undefined) => unit !== undefined && step !== undefined && namesByContent(schema, unit.text, step);
  measures = tables(run).flatMap((grid) => measuresOf(grid, shape, isMethod));
  byShape.set(shape, measures);
  return measures;
}

function measuresOf(grid: Grid, shape: ResultsTables, isMethod: (unit: TextUnit | undefined) => boolean): TextUnit[] {
  const header = grid[0] ?? [];
  const rows = grid.slice(1).filter((row) => row?.[0]);
  if (rows.length < 2 || header.some((cell) => cell && shape.goalHeads(cell.text))) return [];
  const first = header[0]?.text.trim() ?? '';
  // Methods by row: the first head says so, or a row names a model; the heads of columns of figures are the measures.
  if (shape.methodHeads(first) || (!shape.measureHeads(first) && rows.some((row) => isMethod(row[0])))) {
    const measured = (column: number) => 3 * rows.filter((row) => isFigure(row[column])).length >= 2 * rows.length;
    return named(header.filter((cell, column): cell is TextUnit => column > 0 && Boolean(cell) && !isMethod(cell) && measured(column)));
  }
  // Measures by row: the first head says so, or a head names a model; the first cells of rows of figures are the measures.
  if (shape.measureHeads(first) || header.slice(1).some(isMethod)) {
    return named(rows.filter((row) => 2 * row.slice(1).filter(isFigure).length >= Math.max(1, header.length - 1)).map((row) => row[0]!));
  }
  return [];
}

/** A cell that gives a figure: "0,52", "22 %", "3,4 Tage", "9 / 31"; not "42 features, categorical as they are". */
function isFigure(cell: TextUnit | undefined): boolean {
  return cell !== undefined && /\d/.test(cell.text) && wordCount(cell.text) <= 3;
}

/** Cells that name something: letters, a few words, not a placeholder's note. */
function named(cells: TextUnit[]): TextUnit[] {
  return cells.filter((cell) => !cell.note && /\p{L}/u.test(cell.text) && wordCount(cell.text) <= MEASURE_WORDS);
}
