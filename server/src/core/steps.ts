/**
 * Where the document writes each step: its parts (parts.ts), placed in steps by their
 * evidence and their order (align.ts), as occurrences with their text (occurrences.ts),
 * the steps the document's facts imply (status.ts), and the steps written only inside
 * other parts (cover.ts).
 */
import { alignParts } from './align.js';
import { coverSteps, topicUnits, type TopicUnit } from './cover.js';
import type { Label } from './labels.js';
import { placeParts, type Matches, type Run } from './occurrences.js';
import type { Outline } from './outline.js';
import { buildParts } from './parts.js';
import type { Schema, SectionSpec } from './schema.js';
import { impliedSteps } from './status.js';

export interface StepLocations {
  matches: Matches;
  /** The text each step is clearly about, wherever it is: where its facts are read too. */
  topics: Map<SectionSpec, TopicUnit[]>;
  /** Steps with no part of their own that the facts of the document imply, with the text they are read from. */
  implied: Map<SectionSpec, Run[]>;
}

const structuralLabels = new WeakMap<Schema, WeakMap<Label, boolean>>();
const structuralLists = new WeakMap<Schema, WeakMap<readonly Label[], Label[]>>();

export function locateSteps(outline: Outline, schema: Schema): StepLocations {
  // A label stands in for a heading when it is shaped like one or is wholly an alias;
  // labels of unchanged text are the same objects from one edit to the next, so each is judged once.
  const judged = structuralLabels.get(schema) ?? new WeakMap<Label, boolean>();
  structuralLabels.set(schema, judged);
  const isStructural = (label: Label) => {
    let structural = judged.get(label);
    if (structural === undefined) judged.set(label, (structural = label.headingLike || schema.aliases.match(label.text).some((m) => m.strong)));
    return structural;
  };
  // A section's labels are the same list while its text is unchanged: its structural ones are picked once.
  const lists = structuralLists.get(schema) ?? new WeakMap<readonly Label[], Label[]>();
  structuralLists.set(schema, lists);
  const structural = (labels: readonly Label[]) => {
    let picked = lists.get(labels);
    if (!picked) lists.set(labels, (picked = labels.filter(isStructural)));
    return picked;
  };
  const alignment = alignParts(buildParts(outline, structural, schema.isAside), schema);
  const matches = placeParts(outline, schema, alignment);
  // An outline states nothing yet: no text of it is about a step.
  const topics = outline.hasProse ? topicUnits(outline, schema) : new Map<SectionSpec, TopicUnit[]>();
  const implied = impliedSteps(schema, matches, outline);
  // Implied steps are judged on the whole document's facts, and still shown where their text is.
  coverSteps(schema, matches, topics, outline);
  return { matches, topics, implied };
}
