/** Parts: what a reviewer reads as one piece under a name, and the opening that no name heads. */
import { describe, expect, it } from 'vitest';
import { buildParts } from '../../src/core/parts.js';
import { buildOutline } from '../../src/core/outline.js';
import { parseMarkdown } from '../../src/core/parse.js';

const partsOf = (text: string) =>
  buildParts(buildOutline(parseMarkdown(text).tree, text), (labels) => labels.filter((label) => label.headingLike), () => false).map((part) => ({
    kind: part.kind,
    title: part.title,
    text: part.units.map((unit) => unit.text),
  }));

describe('buildParts', () => {
  it('keeps in the opening the text that no label took', () => {
    // The bold title heads nothing once "Interviewer: …" closes it: the transcript below is still read.
    const text = [
      '**Comment moderation: design interview**\nInterviewer: Anna. Candidate: Boris.',
      'Q: Where would you start? A: Scope. 12M comments a day.',
      '**Model**',
      'A fine-tuned multilingual encoder.',
    ].join('\n\n');
    expect(partsOf(text)).toEqual([
      { kind: 'opening', title: '', text: ['Q: Where would you start? A: Scope. 12M comments a day.'] },
      { kind: 'label', title: 'Comment moderation: design interview', text: [] },
      { kind: 'label', title: 'Model', text: ['A fine-tuned multilingual encoder.'] },
    ]);
  });

  it('has no opening when every line before the first heading is a label\'s', () => {
    expect(partsOf('**Data**\n\nTwo years of logs.\n\n# Model\n\nLightGBM.\n').map((part) => part.kind)).toEqual(['label', 'heading']);
  });
});
