/**
 * Parts that only ask: questions copied from a prep guide ("How would you monitor the model?"),
 * or a template's guidance to the author ("Describe the offline and online metrics you will use").
 * In a document whose other parts are written, such a part says nothing yet: the step is a
 * heading. In a template, where every part asks, asking is what the parts are for.
 */
import type { Label } from './labels.js';
import type { Outline, Section } from './outline.js';
import type { Schema } from './schema.js';
import type { TextUnit } from './text.js';

/** Whether a text's every sentence asks: a question, or guidance telling the author what to write. */
export function asks(text: string, schema: Schema): boolean {
  const sentences = text
    .trim()
    .split(/(?<=[.!?。！？])\s*/u)
    .filter((sentence) => sentence.trim() !== '');
  return sentences.length > 0 && sentences.every((sentence) => /[?？]\s*$/u.test(sentence) || schema.isGuidance(sentence));
}

/** Whether a label's text only asks, unless the label names questions. */
export function labelOnlyAsks(label: Label, schema: Schema): boolean {
  return !schema.namesQuestions(label.text) && onlyAsks(label.units, schema);
}

/** Whether units hold something and all of it asks; notes and remarks in parentheses do not count either way. */
export function onlyAsks(units: readonly TextUnit[], schema: Schema): boolean {
  return everyAsks([units], schema);
}

/** Over runs of units, stopping at the first that states something (most parts do at once). */
function everyAsks(runs: Iterable<readonly TextUnit[]>, schema: Schema): boolean {
  let read = 0;
  for (const units of runs) {
    for (const unit of units) {
      if (unit.note || ENCLOSED.test(unit.text)) continue;
      if (!remembered(unit, schema)) return false;
      read++;
    }
  }
  return read > 0;
}

/** A remark in parentheses about the text ("(↑ pasted from the prep book; prepare answers)"). */
const ENCLOSED = /^\s*[(（][^]*[)）]\s*$/u;

function remembered(unit: TextUnit, schema: Schema): boolean {
  unit.readings ??= new Map();
  let value = unit.readings.get(askingReadings) as Map<Schema, boolean> | undefined;
  if (!value) unit.readings.set(askingReadings, (value = new Map()));
  let result = value.get(schema);
  if (result === undefined) value.set(schema, (result = asks(unit.text, schema)));
  return result;
}

/** Where a unit keeps what it was read to ask, by schema. */
const askingReadings = {};

/**
 * Whether the document is written rather than a template to fill in: most of its sections
 * that hold anything state something. Only then does a part that only asks hold nothing.
 */
export function isWritten(outline: Outline, schema: Schema): boolean {
  let holding = 0;
  let asking = 0;
  for (const section of outline.sections) {
    if (!section.hasOwnContent || schema.isAside(section.title)) continue;
    holding++;
    if (!schema.namesQuestions(section.title) && onlyAsks(section.units, schema)) asking++;
  }
  return outline.hasProse && asking * 2 < holding;
}

/** Whether a section and its sub-sections, all they hold, only ask; a part headed for questions ("Research questions") is made of them. */
export function sectionOnlyAsks(section: Section, schema: Schema): boolean {
  if (schema.namesQuestions(section.title)) return false;
  return everyAsks(sectionRuns(section, schema), schema);
}

function* sectionRuns(section: Section, schema: Schema): Generator<readonly TextUnit[]> {
  yield section.units;
  for (const child of section.children) if (!schema.isAside(child.title) && !schema.namesQuestions(child.title)) yield* sectionRuns(child, schema);
}
