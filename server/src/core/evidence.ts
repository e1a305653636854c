/**
 * Evidence: how strongly a heading or label, and a text, point at each step. A heading
 * points by its aliases (wholly, or within longer words) and by the words of the step's
 * `evidence.heading` lists; a text by the distinct terms of its `evidence.content` lists
 * and by the step's facts. All of it is data in the schema, so a team schema reads the same way.
 * Units keep the terms found in them: an edit re-reads only the text it touched.
 */
import { TRAILING_PARENTHESIS } from './headings.js';
import { remember, rememberSequence } from './memo.js';
import { sentences } from './sentences.js';
import { absentFacts, saysAbsent, unitFactValues } from './facts.js';
import { stepOf, type Schema, type SectionSpec } from './schema.js';
import type { TextUnit } from './text.js';
import { compilePhrases, type PhraseHit } from './vocabulary.js';
import { SENTENCE_WORDS } from './words.js';

/** Points per step: a heading's strongest evidence, or a text's distinct terms (weak ones count half). */
export type StepScores = Map<SectionSpec, number>;

/** The step scored highest, with its score (the first of equals). */
export function topStep(scores: StepScores): [SectionSpec, number] | undefined {
  let best: [SectionSpec, number] | undefined;
  for (const [step, score] of scores) if (!best || score > best[1]) best = [step, score];
  return best;
}

interface Pointer {
  step: SectionSpec;
  weak: boolean;
}

interface Compiled {
  headingWords(text: string): Array<PhraseHit<Pointer>>;
  /** Words that name a step alone but, beside another step's word, only the kind of text. */
  genreWords(text: string): Array<PhraseHit<SectionSpec>>;
  contentTerms(text: string): Array<PhraseHit<Pointer>>;
  /** Facts that count as terms of their step's text. */
  facts: Array<{ step: SectionSpec; fact: Schema['facts'][string]; weak: boolean }>;
}

const compiled = new WeakMap<Schema, Compiled>();

function compile(schema: Schema): Compiled {
  let known = compiled.get(schema);
  if (known) return known;
  const heading: Array<{ phrase: string; value: Pointer }> = [];
  const genre: Array<{ phrase: string; value: SectionSpec }> = [];
  const content: Array<{ phrase: string; value: Pointer }> = [];
  const facts: Compiled['facts'] = [];
  for (const step of schema.sections) {
    const strong = { step, weak: false };
    const weak = { step, weak: true };
    heading.push(...step.evidence.heading.map((phrase) => ({ phrase, value: strong })));
    heading.push(...step.evidence.headingWeak.map((phrase) => ({ phrase, value: weak })));
    genre.push(...step.evidence.headingGenre.map((phrase) => ({ phrase, value: step })));
    content.push(...step.evidence.content.map((phrase) => ({ phrase, value: strong })));
    content.push(...step.evidence.contentWeak.map((phrase) => ({ phrase, value: weak })));
    for (const spec of [step, ...allSubsections(step)]) {
      for (const id of spec.facts) {
        const fact = schema.facts[id]!;
        if (fact.evidence !== 'none') facts.push({ step, fact, weak: fact.evidence === 'weak' });
      }
    }
  }
  known = { headingWords: compilePhrases(heading), genreWords: compilePhrases(genre), contentTerms: compilePhrases(content), facts };
  compiled.set(schema, known);
  return known;
}

function allSubsections(spec: SectionSpec): SectionSpec[] {
  return spec.sections.flatMap((child) => [child, ...allSubsections(child)]);
}


const headingMemo = new WeakMap<Schema, Map<string, HeadingEvidence>>();

export interface HeadingEvidence {
  /** By the step's aliases: the whole heading, or within longer words. */
  aliases: StepScores;
  /** By words of the step's `evidence.heading` lists. */
  words: StepScores;
}

/**
 * How strongly a heading or label names each step. `wholeOnly` keeps only aliases that are
 * the whole text: a label that is not shaped like a heading ("Data: click logs") names a
 * step only outright.
 */
export function headingEvidence(schema: Schema, text: string, wholeOnly = false): HeadingEvidence {
  let memo = headingMemo.get(schema);
  if (!memo) headingMemo.set(schema, (memo = new Map()));
  return remember(memo, `${wholeOnly ? 1 : 0}${text}`, () => readHeading(schema, text, wholeOnly));
}

function readHeading(schema: Schema, text: string, wholeOnly: boolean): HeadingEvidence {
  // What a trailing parenthesis adds is an aside ("需求澄清（与 NOC、地市维护座谈纪要整理）" are requirements, whoever
  // was asked): the heading is read without it when the rest names a step ("Reference (baseline)" does not).
  const aside = TRAILING_PARENTHESIS.exec(text);
  const before = aside ? text.slice(0, aside.index).trimEnd() : '';
  if (aside && before.length > 0) {
    const main = headingEvidence(schema, before, wholeOnly);
    // The rest is no longer the whole heading: an alias it is stays one named within ("Online (endpoint REST)").
    const within = (scores: StepScores) => new Map([...scores].map(([step, score]) => [step, Math.min(score, schema.reading.aliasWithin)]));
    if (main.aliases.size > 0 || main.words.size > 0) return { aliases: within(main.aliases), words: main.words };
  }
  const evidence: HeadingEvidence = { aliases: new Map(), words: new Map() };
  const weights = schema.reading;
  const raise = (scores: StepScores, step: SectionSpec, value: number) => {
    if (value > (scores.get(step) ?? 0)) scores.set(step, value);
  };
  // A question or a sentence that mentions an alias ("What exactly will the model do?") names
  // the step no more surely than a heading word does.
  const sentence = /[?？]/.test(text) || text.split(/\s+/).length > SENTENCE_WORDS;
  const within = sentence ? Math.min(weights.aliasWithin, weights.headingWord) : weights.aliasWithin;
  for (const match of schema.aliases.match(text)) {
    if (match.strong || !wholeOnly) raise(evidence.aliases, stepOf(match.section), match.strong ? weights.alias : within);
  }
  if (!wholeOnly) {
    const words = compile(schema).headingWords(text);
    for (const hit of words) {
      for (const { step, weak } of hit.values) raise(evidence.words, step, weak ? weights.headingWordWeak : weights.headingWord);
    }
    for (const step of readGenre(schema, text, words)) {
      evidence.aliases.delete(step);
      evidence.words.delete(step);
    }
    for (const step of insideOtherWords(schema, text, evidence.aliases, words)) evidence.aliases.delete(step);
  }
  return evidence;
}

/**
 * Steps whose aliases the heading holds only inside another step's heading words: the longer
 * phrase is what the heading says. "上线后盯什么?" (what to watch after going live) is about the
 * monitoring; the serving's "上线" in it only dates it.
 */
function insideOtherWords(schema: Schema, text: string, aliases: StepScores, words: Array<PhraseHit<Pointer>>): SectionSpec[] {
  if (aliases.size === 0 || words.length === 0) return [];
  const inside: SectionSpec[] = [];
  for (const step of aliases.keys()) {
    // Another step's words that hold the alias whole: "上线后" holds "上线"; "課題" does not hold "課題設定";
    // a stem that runs over a word the alias is all of ("training*" over "Trainingsdaten") holds nothing more than it.
    const holds = (hit: PhraseHit<Pointer>) =>
      schema.aliases.match(text.slice(hit.index, hit.end)).some((match) => stepOf(match.section) === step && !match.strong);
    const othersWord = (hit: PhraseHit<Pointer>) => hit.values.every((pointer) => pointer.step !== step) && hit.values.some((pointer) => !pointer.weak);
    const spans = words.filter((hit) => othersWord(hit) && holds(hit));
    if (spans.length === 0) continue;
    if (!schema.aliases.match(masked(text, spans)).some((match) => stepOf(match.section) === step)) inside.push(step);
  }
  return inside;
}

/** The text with the spans blanked out, offsets kept; in one pass, however many spans a long heading holds. */
function masked(text: string, spans: ReadonlyArray<{ index: number; end: number }>): string {
  const pieces: string[] = [];
  let from = 0;
  for (const { index, end } of [...spans].sort((a, b) => a.index - b.index)) {
    if (end <= from) continue;
    const start = Math.max(index, from);
    pieces.push(text.slice(from, start), ' '.repeat(end - start));
    from = end;
  }
  pieces.push(text.slice(from));
  return pieces.join('');
}

/** Words and signs that join two subjects: "Requirements and framing" names both steps. */
const JOINS = new Set(['and', 'und', 'et', 'y', 'e', 'и', 'или', 'or', 'oder', 'ou', 'o', '&', '/', '+', ',', ';', '、', '，', '；', '・',
  '和', '与', '及', '及び', 'および', '並びに', 'と', '및', '그리고']);

/** Whether the words between two phrases join them: the word next to the genre word is a join. */
function joined(between: string, genreFirst: boolean): boolean {
  const tokens = between.split(/(\s+|[&/+,;、，；・])/u).map((token) => token.trim()).filter(Boolean);
  const next = genreFirst ? tokens[0] : tokens[tokens.length - 1];
  return next !== undefined && JOINS.has(next.toLowerCase());
}

/**
 * Steps a heading names only by a genre word beside another step's word: "Требования к
 * данным", "Data requirements" and "Anforderungen an das Modell" are about the data and the
 * model; "Requirements and framing" stays about both.
 */
export function genreOnly(schema: Schema, text: string): SectionSpec[] {
  let memo = genreMemo.get(schema);
  if (!memo) genreMemo.set(schema, (memo = new Map()));
  return remember(memo, text, () => readGenre(schema, text, compile(schema).headingWords(text)));
}

const genreMemo = new WeakMap<Schema, Map<string, SectionSpec[]>>();

function readGenre(schema: Schema, text: string, words: Array<PhraseHit<Pointer>>): SectionSpec[] {
  const genres = compile(schema).genreWords(text);
  if (genres.length === 0) return [];
  const dropped = new Set<SectionSpec>();
  for (const genre of genres) {
    for (const step of genre.values) {
      const subject = words.some((hit) => {
        if (!hit.values.some((pointer) => pointer.step !== step && !pointer.weak)) return false;
        const genreFirst = genre.index < hit.index;
        return !joined(genreFirst ? text.slice(genre.end, hit.index) : text.slice(hit.end, genre.index), genreFirst);
      });
      if (subject) dropped.add(step);
    }
  }
  return [...dropped];
}

/** The distinct terms a unit (or a run of units) holds per step, kept on the unit, and its points once counted. */
interface UnitTerms {
  strong: Map<SectionSpec, string[]>;
  weak: Map<SectionSpec, string[]>;
  points?: StepScores;
}

function unitTerms(schema: Schema, unit: TextUnit): UnitTerms {
  const readings = (unit.readings ??= new Map());
  const cached = readings.get(schema) as UnitTerms | undefined;
  if (cached) return cached;
  // A re-parsed chunk brings new units, most of them with the text they had: read each text once.
  let byText = termsByText.get(schema);
  if (!byText) termsByText.set(schema, (byText = new Map()));
  const terms = remember(byText, `${unit.note ? 'note' : ''}|${unit.text}`, () => readTerms(schema, unit));
  readings.set(schema, terms);
  return terms;
}

const termsByText = new WeakMap<Schema, Map<string, UnitTerms>>();

function readTerms(schema: Schema, unit: TextUnit): UnitTerms {
  const { contentTerms, facts } = compile(schema);
  const terms: UnitTerms = { strong: new Map(), weak: new Map() };
  // Text that says it has nothing to do with the design ("the WMS's own monitoring … has nothing to do with this forecast") is about no step.
  if (schema.saysUnrelated(unit.text)) return terms;
  const add = (step: SectionSpec, weak: boolean, key: string) => {
    const byStep = weak ? terms.weak : terms.strong;
    const list = byStep.get(step) ?? [];
    if (!list.includes(key)) list.push(key);
    byStep.set(step, list);
  };
  // A sentence that says the design has none of what a step asks ("Monitoring and retraining are still to be worked out")
  // names the step without being about it: its words count for no step it says is missing.
  const saysNone = sentencesSayingNone(schema, unit);
  for (const hit of contentTerms(unit.text)) {
    for (const { step, weak } of hit.values) if (!saysNone(step, hit.index)) add(step, weak, hit.key);
  }
  for (const { step, fact, weak } of facts) for (const value of unitFactValues(unit, fact, schema)) add(step, weak, `${fact.id}:${value}`);
  return terms;
}

/** Whether the word at an offset of the unit stands in a sentence that says the design lacks the step (its own facts' `absent` phrasings). */
function sentencesSayingNone(schema: Schema, unit: TextUnit): (step: SectionSpec, index: number) => boolean {
  const known = new Map<SectionSpec, Array<{ start: number; end: number }>>();
  return (step, index) => {
    let spans = known.get(step);
    if (!spans) {
      // The step's own facts only: "no pilot yet" beside an offline AUC says nothing of the evaluation as a whole.
      const own = absentFacts(schema, step);
      spans = own.length === 0 ? [] : (unit.sentences ??= sentences(unit.text))
        .filter((sentence) => own.some((fact) => saysAbsent(fact, sentence.text)))
        .map((sentence) => ({ start: sentence.start, end: sentence.start + sentence.text.length }));
      known.set(step, spans);
    }
    return spans.some((span) => index >= span.start && index < span.end);
  };
}

/** The facts that count as terms of the step's text: its own and its sub-sections'. */
export function stepFacts(schema: Schema, step: SectionSpec): Array<Schema['facts'][string]> {
  return compile(schema).facts.filter((entry) => entry.step === step).map((entry) => entry.fact);
}

/** Whether a text names the step by one of its strong content terms: "LightGBM" names the model. */
export function namesByContent(schema: Schema, text: string, step: SectionSpec): boolean {
  return compile(schema).contentTerms(text).some((hit) => hit.values.some((pointer) => pointer.step === step && !pointer.weak));
}

/** Points per step in a unit: distinct strong terms, plus half the distinct weak ones; kept with its terms. */
export function unitPoints(schema: Schema, unit: TextUnit): StepScores {
  const terms = unitTerms(schema, unit);
  terms.points ??= pointsOf([terms]);
  return terms.points;
}

/** The points of no text: one object, so what is kept per points object is kept for it too. Never changed. */
const NO_POINTS: StepScores = new Map();

const runTerms = new WeakMap<Schema, WeakMap<readonly TextUnit[], UnitTerms>>();

/**
 * Points per step in a text given as runs of units: distinct terms over all of it. What each
 * run holds is kept per run, so a long section re-reads only the runs an edit replaced.
 */
export function contentPoints(schema: Schema, runs: ReadonlyArray<readonly TextUnit[]>): StepScores {
  if (runs.length === 1 && runs[0]!.length === 1) return unitPoints(schema, runs[0]![0]!);
  if (runs.length === 0) return NO_POINTS;
  // A section over many runs is the same runs from one edit to the next unless the edit is in it.
  let bySequence = sequencePoints.get(schema);
  if (!bySequence) sequencePoints.set(schema, (bySequence = new WeakMap()));
  return rememberSequence(bySequence, runs, () => {
    let byRun = runTerms.get(schema);
    if (!byRun) runTerms.set(schema, (byRun = new WeakMap()));
    const all: UnitTerms[] = [];
    for (const run of runs) {
      let terms = byRun.get(run);
      if (!terms) byRun.set(run, (terms = merged(run.map((unit) => unitTerms(schema, unit)))));
      all.push(terms);
    }
    return pointsOf(all);
  });
}

const sequencePoints = new WeakMap<Schema, WeakMap<readonly TextUnit[], { items: ReadonlyArray<readonly TextUnit[]>; value: StepScores }>>();

function merged(all: UnitTerms[]): UnitTerms {
  const strong = new Map<SectionSpec, Set<string>>();
  const weak = new Map<SectionSpec, Set<string>>();
  const into = (target: Map<SectionSpec, Set<string>>, source: Map<SectionSpec, string[]>) => {
    for (const [step, keys] of source) {
      let set = target.get(step);
      if (!set) target.set(step, (set = new Set()));
      for (const key of keys) set.add(key);
    }
  };
  for (const terms of all) {
    into(strong, terms.strong);
    into(weak, terms.weak);
  }
  const lists = (sets: Map<SectionSpec, Set<string>>) => new Map([...sets].map(([step, set]) => [step, [...set]]));
  return { strong: lists(strong), weak: lists(weak) };
}

function pointsOf(all: UnitTerms[]): StepScores {
  const { strong, weak } = all.length === 1 ? all[0]! : merged(all);
  const points: StepScores = new Map();
  for (const [step, keys] of strong) points.set(step, keys.length);
  for (const [step, keys] of weak) points.set(step, (points.get(step) ?? 0) + 0.5 * keys.length);
  return points;
}

/**
 * How much a text is about each step, from 0 to the schema's `content` weight: the step's
 * points against saturation, scaled by how far it leads the other steps in the same text.
 */
const scoresOf = new WeakMap<StepScores, StepScores>();

export function contentScores(schema: Schema, points: StepScores): StepScores {
  // Points are kept per run or sequence of runs; so are the scores made of them.
  let known = scoresOf.get(points);
  if (!known) scoresOf.set(points, (known = scoresFrom(schema, points)));
  return known;
}

function scoresFrom(schema: Schema, points: StepScores): StepScores {
  const { content, contentSaturation } = schema.reading;
  const best = Math.max(0, ...points.values());
  const scores: StepScores = new Map();
  if (best === 0) return scores;
  for (const [step, value] of points) scores.set(step, content * Math.min(1, value / contentSaturation) * (value / best));
  return scores;
}
