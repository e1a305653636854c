/**
 * Facts: what a section states, read from its text with the schema's patterns or
 * vocabularies. A sub-section's fact is looked for in the whole step, since authors
 * often state it in prose rather than under its own heading.
 */
import { remember, rememberSequence } from './memo.js';
import type { Matches, Occurrence, Run } from './occurrences.js';
import { forText } from './patterns.js';
import { patternHits, sentences } from './sentences.js';
import type { TextUnit } from './text.js';
import type { FactSpec, Schema, SectionSpec } from './schema.js';
import type { Term } from './vocabulary.js';
import { SENTENCE_WORDS, wordCount } from './words.js';

export interface FactHit {
  /** The vocabulary term, for vocabulary facts. */
  term?: Term;
  /** The text as written. */
  text: string;
  line: number;
  /** Offset in the document, when the unit maps to it exactly. */
  offset: number;
}

export interface FactResult {
  id: string;
  found: boolean;
  /** Distinct values found: term names for vocabulary facts, the matched words otherwise. */
  values: string[];
  /** The first hit of each value, in document order. */
  hits: FactHit[];
  /** The section that requires the fact. */
  section: SectionSpec;
}

/** The text a section's facts are read from: its occurrences, its step's and its sub-sections'. */
export function scopeRuns(spec: SectionSpec, matches: Matches, { withParents = true } = {}): Run[] {
  const scopes: Occurrence[] = [...(matches.bySpec.get(spec.id) ?? [])];
  if (withParents) for (let parent = spec.parent; parent; parent = parent.parent) scopes.push(...(matches.bySpec.get(parent.id) ?? []));
  for (const child of descendants(spec)) scopes.push(...(matches.bySpec.get(child.id) ?? []));
  return uniqueRuns(scopes);
}

/**
 * The runs of occurrences, each once (occurrences overlap: a label inside a matched heading), in
 * document order. Mentions spread through the text are not where a step is written: its facts are read there as anywhere else.
 */
export function uniqueRuns(occurrences: Occurrence[]): Run[] {
  const seen = new Set<Run>();
  const runs: Run[] = [];
  for (const occurrence of occurrences) {
    if (occurrence.spread) continue;
    for (const run of occurrence.runs) {
      if (run.length === 0 || seen.has(run)) continue;
      seen.add(run);
      runs.push(run);
    }
  }
  return inDocumentOrder(runs);
}

/** Runs sorted by where they start; most come in order already, and a long step's are read on every keystroke. */
export function inDocumentOrder(runs: Run[]): Run[] {
  const starts = runs.map((run) => run[0]!.offset);
  if (starts.every((start, index) => index === 0 || starts[index - 1]! <= start)) return runs;
  const order = runs.map((_, index) => index).sort((a, b) => starts[a]! - starts[b]!);
  return order.map((index) => runs[index]!);
}

export function descendants(spec: SectionSpec): SectionSpec[] {
  return spec.sections.flatMap((child) => [child, ...descendants(child)]);
}

export function readFact(
  fact: FactSpec,
  section: SectionSpec,
  runs: readonly Run[],
  schema: Schema,
  /** `patterns: null` reads no pattern at all. */
  /** `inferred: false` takes only terms the text names, not those inferred by a term's patterns. */
  /** `inOwnStep: true` reads the fact's own step, where weak synonyms need no context in the sentence. */
  /** `terms: false` reads the given patterns alone: not the vocabulary's terms, nor the weak patterns. */
  /** `headed: true` reads text whose heading or label is in the fact's context ("Pilot plan"): its sentences need none of their own. */
  options: { strongOnly?: boolean; patterns?: RegExp | null; inferred?: boolean; inOwnStep?: boolean; terms?: boolean; headed?: boolean } = {},
): FactResult {
  const patterns = (options.patterns === undefined ? fact.patterns : options.patterns) ?? null;
  const reading = {
    fact, schema, strongOnly: options.strongOnly ?? false, inferred: options.inferred ?? true, patterns, inOwnStep: options.inOwnStep ?? false, terms: options.terms ?? true,
    headed: options.headed ?? false,
  };
  const key = `${reading.strongOnly}|${reading.terms ? '' : 'patterns|'}${reading.inOwnStep ? 'step|' : ''}${reading.headed ? 'headed|' : ''}${reading.inferred ? '' : 'named|'}${patterns === fact.patterns ? 'own' : patterns === null ? 'none' : patterns.source}`;
  const { found, values } = firstHits(runs, reading, key);
  // Lines are read now: the units' positions follow edits above them.
  const hits = found.map(({ unit, hit }) => ({ term: hit.term, text: hit.text, ...locate(unit, hit.index) }));
  return { id: fact.id, found: hits.length > 0, values: [...values], hits, section };
}

interface FirstHits {
  found: RunHit[];
  values: string[];
}

/** By fact, by reading, by sequence of runs. */
const sequenceHits = new WeakMap<FactSpec, Map<string, WeakMap<Run, { items: readonly Run[]; value: FirstHits }>>>();

/**
 * The first hit of each value over runs in order: where a value is first stated, all anyone
 * reads. Kept for the sequence of runs, so a long step is not walked run by run on every keystroke.
 */
function firstHits(runs: readonly Run[], reading: Reading, key: string): FirstHits {
  if (runs.length === 0) return { found: [], values: [] };
  let byKey = sequenceHits.get(reading.fact);
  if (!byKey) sequenceHits.set(reading.fact, (byKey = new Map()));
  let bySequence = byKey.get(key);
  if (!bySequence) byKey.set(key, (bySequence = new WeakMap()));
  return rememberSequence(bySequence, runs, () => {
    const found: RunHit[] = [];
    const values: string[] = [];
    const seen = new Set<string>();
    const byRun = runHitsOf(reading, key);
    runs.forEach((run, index) => {
      const headedOnly = declinedBelow(run, runs[index + 1], reading, key);
      for (const hit of runHits(run, reading, key, byRun)) {
        if (seen.has(hit.value) || headedOnly.get(hit.unit)?.has(hit.value)) continue;
        seen.add(hit.value);
        values.push(hit.value);
        found.push(hit);
      }
    });
    return { found, values };
  });
}

interface RunHit {
  value: string;
  unit: TextUnit;
  hit: UnitHit;
}

/** By fact, by reading, by run. */
const runReadings = new WeakMap<FactSpec, Map<string, WeakMap<Run, RunHit[]>>>();

function runHitsOf(reading: Reading, key: string): WeakMap<Run, RunHit[]> {
  let byKey = runReadings.get(reading.fact);
  if (!byKey) runReadings.set(reading.fact, (byKey = new Map()));
  let byRun = byKey.get(key);
  if (!byRun) byKey.set(key, (byRun = new WeakMap()));
  return byRun;
}

/**
 * A run's first hit of each value for a fact, kept per run: runs of unchanged text are the
 * same arrays from one analysis to the next, so a long section is not re-read unit by unit.
 */
function runHits(run: Run, reading: Reading, key: string, byRun: WeakMap<Run, RunHit[]>): RunHit[] {
  let hits = byRun.get(run);
  if (hits) return hits;
  hits = [];
  const values = new Set<string>();
  for (const unit of run) {
    for (const hit of unitHits(unit, reading, key)) {
      if (hit.denied) continue;
      const value = valueOf(hit);
      if (values.has(value)) continue;
      values.add(value);
      hits.push({ value, unit, hit });
    }
  }
  byRun.set(run, hits);
  return hits;
}

const valueOf = (hit: UnitHit) => hit.term?.name ?? hit.text.toLowerCase();

/**
 * The values each heading or label of a run only names, over an answer that decides against them: "A/B test: esta vez
 * no vamos a correr un A/B formal" and "## A/B test⏎We are not running one" state no test.
 */
function declinedBelow(run: Run, next: Run | undefined, reading: Reading, key: string): Map<TextUnit, ReadonlySet<string>> {
  const named = new Map<TextUnit, ReadonlySet<string>>();
  run.forEach((title, index) => {
    const answer = run[index + 1] ?? next?.[0];
    if (!answer || wordCount(title.text) > SENTENCE_WORDS || /[.!?。！？]\s*$/u.test(title.text)) return;
    const declined = unitHits(answer, reading, key).filter((hit) => hit.denied);
    if (declined.length > 0) named.set(title, new Set(declined.map(valueOf)));
  });
  return named;
}

/**
 * What a fact finds in one unit, read as readFact reads it by default: distinct values. What
 * a sentence that decides against the fact names counts here, though not for the fact: "we are
 * not running an A/B test, because…" is about evaluation all the same.
 */
export function unitFactValues(unit: TextUnit, fact: FactSpec, schema: Schema): string[] {
  const reading = { fact, schema, strongOnly: false, inferred: true, patterns: fact.patterns ?? null, terms: true };
  // The key readFact gives the same reading, so both share what the unit keeps.
  const key = fact.patterns ? 'false|own' : 'false|none';
  return [...new Set(unitHits(unit, reading, key).map((hit) => hit.term?.name ?? hit.text.toLowerCase()))];
}

interface Reading {
  fact: FactSpec;
  schema: Schema;
  strongOnly: boolean;
  inferred: boolean;
  patterns: RegExp | null;
  /** Reading the text of the fact's own step, which is itself the context weak synonyms need. */
  inOwnStep?: boolean;
  /** Whether the vocabulary's terms and the weak patterns are read, or the given patterns alone. */
  terms: boolean;
  /** The text's heading or label is in the fact's context, so each sentence is unless it is out of it. */
  headed?: boolean;
}

/** `denied`: named in a sentence that decides against the fact ("we are not running an A/B test"). */
type UnitHit = { term?: Term; text: string; index: number; denied?: true };

/**
 * A unit's hits for a fact, kept on the unit: units of unchanged text are the same objects
 * from one analysis to the next, so an edit re-reads only the text it touched.
 */
function unitHits(unit: TextUnit, reading: Reading, key: string): UnitHit[] {
  const readings = (unit.readings ??= new Map());
  let byKey = readings.get(reading.fact) as Map<string, UnitHit[]> | undefined;
  if (!byKey) readings.set(reading.fact, (byKey = new Map()));
  let hits = byKey.get(key);
  if (hits) return hits;
  // A re-parsed chunk brings new units, most of them with the text they had: read each text once.
  let byText = hitsByText.get(reading.fact);
  if (!byText) hitsByText.set(reading.fact, (byText = new Map()));
  hits = remember(byText, `${key}|${unit.note ? 'note' : ''}|${unit.text}`, () => readUnit(unit, reading));
  byKey.set(key, hits);
  return hits;
}

/** Hits by the text they were read in (offsets are within the unit's text, so they hold for any unit of that text). */
const hitsByText = new WeakMap<FactSpec, Map<string, UnitHit[]>>();

function readUnit(unit: TextUnit, { fact, schema, strongOnly, inferred, patterns, inOwnStep, terms: withTerms, headed }: Reading): UnitHit[] {
  const hits: UnitHit[] = [];
  // A placeholder or a template's guidance says what to write; it states nothing. Nor does text about something the design is not.
  if (unit.note || schema.saysUnrelated(unit.text)) return hits;
  const matcher = fact.vocabulary ? schema.matchers.get(fact.vocabulary) : undefined;
  let previous = '';
  for (const sentence of (unit.sentences ??= sentences(unit.text))) {
    const before = previous;
    previous = sentence.text;
    if (fact.ignoreQuestions && namesWithoutStating(schema, sentence.text)) continue;
    // Nor does one that says there is none yet ("Sem um ponto de comparação…", "比較対象をまだ作っていない"), whatever it names.
    if (saysAbsent(fact, sentence.text)) continue;
    // One that decides against it states none either, but is about its step all the same.
    const denied = fact.declined !== undefined && forText(fact.declined, sentence.text).test(sentence.text);
    const found = hits.length;
    const terms = matcher && withTerms ? matcher.find(sentence.text) : [];
    // A heading or label in the fact's context ("Pilot plan") says it for each sentence under it, unless the sentence is out of it.
    const inContextHere = inContext(fact, sentence.text) || (headed === true && !outOfContext(fact, sentence.text));
    for (const hit of terms) {
      if (fact.kind !== undefined && hit.term.kind !== fact.kind) continue;
      // "batch" counts when the sentence is about predictions, not about computing features,
      // or when it stands in the serving step, which is about predictions as a whole.
      if (hit.weak && (strongOnly || (!inOwnStep && !inContextHere))) continue;
      // Even there, not in a sentence the fact's weak words are never about ("the model is retrained every month").
      if (hit.weak && inOwnStep && outOfContext(fact, sentence.text)) continue;
      if (hit.inferred && !inferred) continue;
      hits.push({ term: hit.term, text: sentence.text.slice(hit.index, hit.end), index: sentence.start + hit.index });
    }
    // "Alert" states monitoring only where the sentence is about the model, not the service's latency:
    // the context is the guard, so weak patterns count wherever the fact is read, the whole text included.
    // The sentence before, in the same paragraph or item, may name what it speaks of ("The share of scores
    // above 0.5 is tracked. If it moves by 20%, an alert goes to our channel").
    const contextBefore = before !== '' && inContext(fact, before) && !outOfContext(fact, sentence.text);
    const weak = withTerms && fact.weakPatterns && (inContextHere || contextBefore) ? fact.weakPatterns : null;
    for (const any of [patterns, weak]) {
      if (!any) continue;
      for (const match of patternHits(any, sentence.text)) {
        // Words a term of the vocabulary already named ("MAP@12" is mAP) are not a second value.
        const end = match.index + match.text.length;
        if (!terms.some((term) => term.index < end && match.index < term.end)) hits.push({ text: match.text, index: sentence.start + match.index });
      }
    }
    if (denied) for (let index = found; index < hits.length; index++) hits[index]!.denied = true;
  }
  return hits;
}

/**
 * A question, asked or reported ("Beatriz asked whether we will run an A/B test"), what the write-up should have said
 * ("should have asked about the A/B test") or a template's guidance to its author ("Describe which thresholds trigger
 * alerts"): it names what it lacks, and states none of it.
 */
function namesWithoutStating(schema: Schema, sentence: string): boolean {
  return /[?？]\s*$/.test(sentence) || schema.saysInHindsight(sentence) || schema.reportsQuestion(sentence) || schema.isGuidance(sentence);
}

/** Whether a sentence says the design has none of what the fact asks for (its `absent` phrasings): "no baseline yet". */
export function saysAbsent(fact: FactSpec, sentence: string): boolean {
  return fact.absent !== undefined && forText(fact.absent, sentence).test(sentence);
}

/** A step's own facts that have `absent` phrasings: a sentence matching one says the design lacks the step. */
export function absentFacts(schema: Schema, step: SectionSpec): FactSpec[] {
  return step.facts.flatMap((id) => schema.facts[id] ?? []).filter((fact) => fact.absent !== undefined);
}

const contextMemo = new WeakMap<FactSpec, Map<string, boolean>>();

/**
 * Whether a sentence is about what the fact's weak synonyms must be about, remembered per sentence:
 * it matches the fact's `context` and not its `not-context` ("an alarm when the score passes the
 * threshold" is the product's output, not a watch on the model).
 */
export function inContext(fact: FactSpec, sentence: string): boolean {
  if (!fact.context) return false;
  let memo = contextMemo.get(fact);
  if (!memo) contextMemo.set(fact, (memo = new Map()));
  const context = fact.context;
  return remember(memo, sentence, () => forText(context, sentence).test(sentence) && !outOfContext(fact, sentence));
}

/** A sentence the fact's weak words are never about, whatever the sentence before it says. */
function outOfContext(fact: FactSpec, sentence: string): boolean {
  return fact.notContext !== undefined && forText(fact.notContext, sentence).test(sentence);
}

function locate(unit: TextUnit, index: number): { line: number; offset: number } {
  let line = unit.line;
  for (let i = unit.text.indexOf('\n'); i >= 0 && i < index; i = unit.text.indexOf('\n', i + 1)) line++;
  return { line, offset: unit.offset };
}
