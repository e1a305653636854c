/** The framing said in plain words: what the system gives for each case, as a likelihood or a number. */
import { describe, expect, it } from 'vitest';
import { check, optIn } from '../helpers.js';

// A part right after the requirements, with the data step not written: by its place it could be the framing or the
// data, so only what it says can tell.
const doc = (heading: string, text: string) =>
  optIn(`# Refill outreach

## Goals and constraints

Technicians call 400 patients a morning from a list of everyone due; two hours a day, and half the calls go to people
who would have picked up anyway. The list must be ready by 8:00.

## ${heading}

${text}

## How we'll build it

We start from the current due-date list, then gradient-boosted trees on fill history, retrained monthly.

## How success will be measured

Offline, recall of late pickups among the top 40 on last year's fills; in a pilot in six stores, the share of late
pickups against six control stores.

## What changes for your technicians

A nightly job writes the ranked list into the pharmacy system's import folder before 6:00.

## Keeping it accurate

We alert when the share of late pickups among the top 40 drops two weeks running, and retrain monthly.
`);
const framingStatus = (heading: string, text: string) => check(doc(heading, text)).sections.find((s) => s.id === 'framing')!.status;

describe('a part between the requirements and the model that states what the system gives for each case', () => {
  it('is the framing, in the languages MLSD reads', () => {
    for (const [heading, text] of [
      ['What we propose', 'For every patient due in the next week we produce a number: the chance that they pick up late, learned from three years of fills.'],
      ['Qué le pedimos', 'Para cada paciente queremos un número: la probabilidad de que recoja tarde, aprendida de tres años de historial.'],
      ['Was wir wollen', 'Für jeden Patienten eine Zahl: wie wahrscheinlich er zu spät abholt, gelernt aus drei Jahren Historie.'],
      ['Ce que nous proposons', "Pour chaque patient, un score par ordonnance : la probabilité qu'il passe en retard, appris sur trois ans."],
    ]) {
      expect(framingStatus(heading!, text!), text).not.toBe('missing');
    }
  });

  it('is not read from a part that says nothing of what the system gives', () => {
    expect(framingStatus('What we propose', 'We will work with the store managers every week and report progress monthly.')).toBe('missing');
  });
});
