/**
 * Results tables that compare methods on a measure, read for a fact that declares
 * `compared-methods` (the bundled baseline). In "| Method | WAPE |" with the rows "same weekday
 * last week", "the owner's guess" and "LightGBM", a row the methods' step names as a model
 * ("LightGBM") is a candidate; the rows beside it that name no model are what the candidates are
 * measured against, which a reviewer reads as the baseline. A table turned on its side, with
 * the methods as columns over rows of measures ("| | Rules | MobileNetV3 |"), reads the same;
 * so does a column headed for what runs today over rows of measures, beside another column of figures
 * ("| Metric | Current | Target |").
 */
import { namesByContent } from './evidence.js';
import type { FactResult } from './facts.js';
import type { Run } from './occurrences.js';
import type { Schema, SectionSpec } from './schema.js';
import type { TextUnit } from './text.js';
import { compilePhrases } from './vocabulary.js';

export interface ComparedMethods {
  /** The vocabulary whose terms name a measure ("WAPE", "accuracy"). */
  measures: string;
  /** The step whose content terms name a method ("LightGBM", "logistic regression"). */
  methods: string;
  /** Words that open the head of a column of today's figures ("Current", "Ist", "现状"). */
  current?: string[];
  /** Words that name the document's own proposal among the methods ("Ours", "Proposed", "本方案"): a candidate too. */
  ours?: string[];
}

export function readComparedMethods(compared: ComparedMethods, fact: FactResult['id'], section: SectionSpec, runs: readonly Run[], schema: Schema): FactResult {
  for (const run of runs) {
    const others = runComparisons(run, compared, schema);
    if (others.length > 0) {
      // Lines are read now: the units' positions follow edits above them.
      const hits = others.map((unit) => ({ text: unit.text.trim(), line: unit.line, offset: unit.offset }));
      return { id: fact, found: true, values: hits.map((hit) => hit.text.toLowerCase()), hits, section };
    }
  }
  return { id: fact, found: false, values: [], hits: [], section };
}

const byRun = new WeakMap<Run, WeakMap<ComparedMethods, TextUnit[]>>();

/** What a run's tables measure against, kept per run: a table is one block, so it lies in one run, and unchanged runs are the same arrays. */
function runComparisons(run: Run, compared: ComparedMethods, schema: Schema): TextUnit[] {
  let bySpec = byRun.get(run);
  if (!bySpec) byRun.set(run, (bySpec = new WeakMap()));
  let others = bySpec.get(compared);
  if (others) return others;
  const isMeasure = (unit: TextUnit) => (schema.matchers.get(compared.measures)?.find(unit.text).length ?? 0) > 0;
  const methods = schema.byId.get(compared.methods);
  const isOurs = phraseNames(compared, 'ours', false);
  const isMethod = (unit: TextUnit) => (methods !== undefined && namesByContent(schema, unit.text, methods)) || isOurs(unit);
  const isToday = phraseNames(compared, 'current', true);
  others = [];
  for (const grid of tables(run)) {
    others = measuredAgainst(grid, isMeasure, isMethod);
    if (others.length === 0) others = todaysColumn(grid, isMeasure, isToday);
    if (others.length > 0) break;
  }
  bySpec.set(compared, others);
  return others;
}

export type Grid = TextUnit[][];

/** The cells of each table in a run, by row and column. */
export function tables(run: Run): Grid[] {
  const grids = new Map<object, Grid>();
  for (const unit of run) {
    if (!unit.cell) continue;
    let grid = grids.get(unit.cell.table);
    if (!grid) grids.set(unit.cell.table, (grid = []));
    (grid[unit.cell.row] ??= [])[unit.cell.column] = unit;
  }
  return [...grids.values()];
}

/** The methods a table measures that name no model, when it also measures one that does. */
function measuredAgainst(grid: Grid, isMeasure: (unit: TextUnit) => boolean, isMethod: (unit: TextUnit) => boolean): TextUnit[] {
  const header = grid[0] ?? [];
  const body = grid.slice(1).filter(Boolean);
  // Methods by row: a measure heads a column, and each row's first cell names what scored it.
  const byRow = header.slice(1).some((cell) => cell && isMeasure(cell))
    ? body.filter((row) => row[0] && row.slice(1).some((cell) => cell && /\d/.test(cell.text))).map((row) => row[0]!)
    : [];
  // Methods by column: measures name the rows, and each column's head names what scored it.
  const byColumn = body.some((row) => row[0] && isMeasure(row[0])) ? header.slice(1).filter((cell): cell is TextUnit => Boolean(cell?.text.trim())) : [];
  for (const methods of [byRow, byColumn]) {
    const named = methods.filter((unit) => !unit.note && /\p{L}/u.test(unit.text));
    if (named.length < 2 || !named.some(isMethod)) continue;
    const others = named.filter((unit) => !isMethod(unit));
    if (others.length > 0) return others;
  }
  return [];
}

/**
 * The head of a column of today's figures, when a row below it names a measure and gives a figure there, and
 * another column sets figures beside them (a target, the new model): today's figures alone ("| Metric | Current
 * prod |" in a service's page) compare nothing.
 */
function todaysColumn(grid: Grid, isMeasure: (unit: TextUnit) => boolean, isToday: (unit: TextUnit) => boolean): TextUnit[] {
  const header = grid[0] ?? [];
  const rows = grid.slice(1).filter((row) => row?.[0] && isMeasure(row[0]));
  const figured = (column: number) => rows.some((row) => row[column] && /\d/.test(row[column]!.text));
  for (let column = 1; column < header.length; column++) {
    const head = header[column];
    if (!header.some((other, index) => index > 0 && index !== column && other?.text.trim() && figured(index))) continue;
    if (head && isToday(head) && figured(column)) return [head];
  }
  return [];
}

const phraseMatchers = new WeakMap<ComparedMethods, Map<string, (unit: TextUnit) => boolean>>();

/** Whether a cell holds one of the phrases of a list (`opening`: at its start, as a column of today's figures is headed). */
function phraseNames(compared: ComparedMethods, list: 'current' | 'ours', opening: boolean): (unit: TextUnit) => boolean {
  let byList = phraseMatchers.get(compared);
  if (!byList) phraseMatchers.set(compared, (byList = new Map()));
  let matcher = byList.get(list);
  if (!matcher) {
    const find = compilePhrases((compared[list] ?? []).map((phrase) => ({ phrase, value: true })));
    byList.set(list, (matcher = (unit) => (opening ? find(unit.text.trim())[0]?.index === 0 : find(unit.text).length > 0)));
  }
  return matcher;
}
