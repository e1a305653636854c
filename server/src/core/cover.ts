/**
 * Steps written inside other parts. A step that no part stands for, or whose only places are
 * labels left empty, is still there where a paragraph, item or table cell is clearly about it: at
 * least `reading.cover` of its distinct terms (weak ones count half). "We alert on drift
 * and retrain weekly" under Risks covers monitoring; "scores each request in the search API" under Approach covers serving.
 * Such text becomes a content occurrence, found within the part that holds it; and facts
 * are read in it wherever it is. A step the schema spreads (`evidence.spread`) is also there
 * when enough statements mention it whose terms add up to one about it; its facts are not
 * read in those mentions. Any step is also there in a passage: statements side by side that
 * each mention it and together say as much as one about it (a thread of posts, a dialogue).
 */
import { contentPoints, unitPoints } from './evidence.js';
import type { Matches, Occurrence } from './occurrences.js';
import { readableRuns, type Outline, type Section } from './outline.js';
import { stepOf, type Schema, type SectionSpec } from './schema.js';
import type { TextUnit } from './text.js';

/**
 * The units each step is clearly about, wherever they are: at least `reading.cover` of the
 * step's distinct terms (a paragraph may be about two steps, and leads with one). Questions
 * are prompts, not statements; asides (references, appendix) are about nothing.
 */
export function topicUnits(outline: Outline, schema: Schema): Map<SectionSpec, TopicUnit[]> {
  const topics = new Map<SectionSpec, TopicUnit[]>();
  eachTopic(outline, schema, (topic, step, mention) => {
    if (mention) return;
    const list = topics.get(step) ?? [];
    list.push(topic);
    topics.set(step, list);
  });
  return topics;
}

/** The units that only mention the step, read when it is found nowhere else: most documents never need them. */
function mentionUnits(outline: Outline, schema: Schema, step: SectionSpec): TopicUnit[] {
  const mentions: TopicUnit[] = [];
  eachTopic(outline, schema, (topic, of, mention) => {
    if (mention && of === step) mentions.push(topic);
  });
  return mentions;
}

function eachTopic(outline: Outline, schema: Schema, visit: (topic: TopicUnit, step: SectionSpec, mention: boolean) => void): void {
  for (const section of [outline.root, ...outline.sections]) {
    if (section.depth > 0 && schema.isAside(section.title)) continue;
    for (const run of readableRuns(section, schema.isAside)) {
      for (const { unit, step, leading, mention } of runTopics(schema, run)) visit({ unit, run, section, leading }, step, mention ?? false);
    }
  }
}

interface RunTopic {
  unit: TextUnit;
  step: SectionSpec;
  leading: boolean;
  /** The text only mentions the step (fewer terms than `reading.cover`): it counts towards the step's spread or a passage. */
  mention?: boolean;
}

const topicsByRun = new WeakMap<Schema, WeakMap<readonly TextUnit[], RunTopic[]>>();

/** What each unit of a run is about, kept per run: unchanged text is not weighed again. */
function runTopics(schema: Schema, run: readonly TextUnit[]) {
  let byRun = topicsByRun.get(schema);
  if (!byRun) topicsByRun.set(schema, (byRun = new WeakMap()));
  let found = byRun.get(run);
  if (found) return found;
  found = [];
  for (const statement of statements(run)) {
    const points = contentPoints(schema, [statement]);
    const best = Math.max(0, ...points.values());
    for (const [step, value] of points) {
      if (value < schema.reading.cover) {
        // Too little to be about the step, but a mention that counts towards its spread.
        if (statement.length === 1) found.push({ unit: statement[0]!, step, leading: false, mention: true });
        continue;
      }
      // Of a row, the cells that speak of the step and were not found for it alone.
      for (const unit of statement) {
        if (statement.length > 1 && ((unitPoints(schema, unit).get(step) ?? 0) === 0 || found.some((f) => f.unit === unit && f.step === step && !f.mention))) continue;
        found.push({ unit, step, leading: value === best });
      }
    }
  }
  found.sort((a, b) => a.unit.offset - b.unit.offset);
  byRun.set(run, found);
  return found;
}

/**
 * What is read as one statement: each paragraph, item or cell, and each table row as a whole
 * ("Method | PR-AUC | Recall | Precision" is about the evaluation): two or more cells that start on one line.
 */
function statements(run: readonly TextUnit[]): TextUnit[][] {
  const readable = run.filter(isStatement);
  const found = readable.map((unit) => [unit]);
  for (let i = 0; i < readable.length; ) {
    let j = i + 1;
    while (j < readable.length && readable[j]!.line === readable[i]!.line) j++;
    if (j - i >= 2) found.push(readable.slice(i, j));
    i = j;
  }
  return found;
}

export interface TopicUnit {
  unit: TextUnit;
  /** The run it was read in. */
  run: readonly TextUnit[];
  /** The section whose own text it is. */
  section: Section;
  /** No other step has more of its terms here: the text is mainly about this step. */
  leading: boolean;
}

/** Adds, for each step no part stands for with content, the runs of units about it, found within their sections. */
export function coverSteps(schema: Schema, matches: Matches, topics: Map<SectionSpec, TopicUnit[]>, outline: Outline): void {
  // As in the alignment, the text before the first step opens the document: it may cover the first step, no later one.
  // A document with no part placed at all (a letter, a page of paragraphs) is read paragraph by paragraph throughout.
  const placed = [...matches.bySpec.values()].flat().map((o) => o.startOffset);
  const firstPlaced = placed.length > 0 ? Math.min(...placed) : 0;
  for (const step of schema.sections) {
    if (written(step, matches) || hasPlace(step, matches)) continue;
    const opening = step === schema.sections[0] ? openingPart(schema, matches) : undefined;
    if (opening) add(matches, opening);
    const inPlace = ({ unit }: TopicUnit) => step === schema.sections[0] || unit.offset >= firstPlaced;
    let units = (topics.get(step) ?? []).filter(inPlace);
    // Nowhere at length: a step a design doc can hardly do without, mentioned in many places, is treated
    // throughout; any step is treated in a passage of statements side by side that each mention it.
    const mentions = units.length === 0 && outline.hasProse ? mentionUnits(outline, schema, step).filter(inPlace) : [];
    const spread = !opening && spreadThrough(schema, step, mentions);
    if (spread) units = mentions;
    else if (units.length === 0) units = passage(schema, step, mentions);
    let run: TopicUnit[] = [];
    const flush = () => {
      if (run.length > 0) add(matches, { ...occurrence(step, run.map((t) => t.unit), run[0]!.section), spread });
      run = [];
    };
    for (const topic of units) {
      if (run.length > 0 && run[0]!.section !== topic.section) flush();
      run.push(topic);
    }
    flush();
  }
}

/**
 * Whether the step's mentions add up to it: in at least `evidence.spread` statements, and
 * together holding as many of its distinct terms as one statement about it would.
 */
function spreadThrough(schema: Schema, step: SectionSpec, mentions: TopicUnit[]): boolean {
  const { spread } = step.evidence;
  if (!spread || mentions.length < spread) return false;
  return (contentPoints(schema, [mentions.map((topic) => topic.unit)]).get(step) ?? 0) >= schema.reading.cover;
}

/**
 * A passage about the step: `reading.passage` statements in a row, each mentioning it, that together
 * hold as many of its terms as one statement about it would. A thread of short posts or a dialogue
 * talks about a step over several turns, none enough alone; mentions side by side are one topic.
 */
function passage(schema: Schema, step: SectionSpec, mentions: TopicUnit[]): TopicUnit[] {
  const length = schema.reading.passage;
  if (length <= 0) return [];
  let row: TopicUnit[] = [];
  const found: TopicUnit[] = [];
  const close = () => {
    if (row.length >= length && (contentPoints(schema, [row.map((topic) => topic.unit)]).get(step) ?? 0) >= schema.reading.cover) found.push(...row);
    row = [];
  };
  for (const topic of mentions) {
    // A statement clearly about another step only touches this one, and breaks the passage.
    if (Math.max(0, ...unitPoints(schema, topic.unit).values()) >= schema.reading.cover) {
      close();
      continue;
    }
    const last = row[row.length - 1];
    if (last && !(last.run === topic.run && statementIndex(topic.run, topic.unit) === statementIndex(last.run, last.unit) + 1)) close();
    row.push(topic);
  }
  close();
  return found;
}

/** A unit's place among its run's statements (notes and questions skipped), counted once per run. */
function statementIndex(run: readonly TextUnit[], unit: TextUnit): number {
  let index = statementIndexes.get(run);
  if (!index) statementIndexes.set(run, (index = new Map(run.filter(isStatement).map((statement, i) => [statement, i]))));
  return index.get(unit) ?? -1;
}

const statementIndexes = new WeakMap<readonly TextUnit[], Map<TextUnit, number>>();

/** What is read as saying something: not a note, not a question. */
function isStatement(unit: TextUnit): boolean {
  return !unit.note && !isQuestion(unit.text);
}

/**
 * A document that opens with its framing often states its requirements in the same part
 * ("What we want": who asks, how many, within what limits). When that opening part's text
 * has enough of the first step's distinct terms, it covers the first step too: the units
 * that speak of it.
 */
function openingPart(schema: Schema, matches: Matches): Occurrence | undefined {
  const [first, second] = schema.sections;
  if (!first || !second) return undefined;
  let opening: Occurrence | undefined;
  for (const list of matches.bySpec.values()) {
    for (const found of list) if (found.kind === 'heading' && found.hasContent && (!opening || found.startOffset < opening.startOffset)) opening = found;
  }
  if (!opening?.section || stepOf(opening.spec) !== second) return undefined;
  if ((contentPoints(schema, opening.runs).get(first) ?? 0) < schema.reading.cover) return undefined;
  const units = opening.runs.flat().filter((unit) => (unitPoints(schema, unit).get(first) ?? 0) > 0);
  return units.length > 0 ? occurrence(first, units, opening.section) : undefined;
}

/**
 * The step or one of its sub-sections has a heading of its own. A heading the author left
 * empty ("Mise en production: à définir") says the step is not written yet: a latency
 * guardrail under the A/B test does not write it.
 */
function hasPlace(step: SectionSpec, matches: Matches): boolean {
  return [step, ...step.sections].some((spec) => matches.bySpec.get(spec.id)?.some((o) => o.kind === 'heading'));
}

/** Some occurrence of the step or of its sub-sections holds content. */
function written(step: SectionSpec, matches: Matches): boolean {
  return [step, ...step.sections].some((spec) => matches.bySpec.get(spec.id)?.some((o) => o.hasContent));
}

function isQuestion(text: string): boolean {
  return /[?？]\s*$/.test(text);
}

function occurrence(step: SectionSpec, units: TextUnit[], section: Section): Occurrence {
  const first = units[0]!;
  const last = units[units.length - 1]!;
  return {
    spec: step,
    kind: 'content',
    text: section.title,
    line: first.line,
    strong: false,
    named: false,
    startOffset: first.offset,
    titleEndOffset: first.offset,
    // Unit text is the words without their markup: the end is near the unit's, never past its section's.
    endOffset: Math.min(last.offset + last.text.length, section.endOffset),
    within: section.depth > 0 ? { text: section.title, line: section.line } : undefined,
    runs: [units],
    hasContent: true,
  };
}

function add(matches: Matches, occurrence: Occurrence): void {
  const list = matches.bySpec.get(occurrence.spec.id) ?? [];
  list.push(occurrence);
  matches.bySpec.set(occurrence.spec.id, list);
}
