import { toOneBased } from '../positions.js';
import { docsUrl, type Rule } from './rule.js';

const rule: Rule = {
  id: 'duplicate-section',
  description: 'The same framework step has two separate headings.',
  defaultSeverity: 'warning',
  docs: docsUrl('duplicate-section'),
  needs: 'schema',
  check(ctx, report) {
    // Where every step is written, in document order: what lies between two headings of one step.
    const all = ctx.schema.sections
      .flatMap((step) => [step, ...step.sections].flatMap((spec) => ctx.occurrences(spec).map((o) => ({ step, o }))))
      .sort((a, b) => a.o.startOffset - b.o.startOffset);
    for (const step of ctx.schema.sections) {
      // Only headings that are wholly the step's name; "Model development and offline evaluation" shares a step legitimately.
      const headings = ctx.occurrences(step).filter((o) => o.kind === 'heading' && o.strong && o.section);
      const separate = headings.filter((o) => !headings.some((other) => other !== o && contains(other.section!, o.section!)));
      const [first, ...rest] = separate;
      for (const again of rest) {
        // "Background" right before "Requirements" is one step written in two sections, not a duplicate.
        const between = all.filter(({ o }) => o.startOffset >= first!.endOffset && o.startOffset < again.startOffset);
        if (!between.some((entry) => entry.step !== step)) continue;
        report({
          message: `Second "${step.title}" section (the first is "${first!.text}" on line ${toOneBased({ line: first!.line, character: 0 }).line}): merge them`,
          range: ctx.titleRange(again),
          section: step.id,
        });
      }
    }
  },
};

function contains(outer: { startOffset: number; endOffset: number }, inner: { startOffset: number; endOffset: number }) {
  return outer.startOffset < inner.startOffset && inner.endOffset <= outer.endOffset;
}
export default rule;
