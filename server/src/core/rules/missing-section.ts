import { stepInsertion, subsectionInsertion } from '../insertions.js';
import type { SectionSpec } from '../schema.js';
import { docsUrl, type Rule } from './rule.js';

const rule: Rule = {
  id: 'missing-section',
  description: 'A required framework step (or a required sub-section without facts of its own) is missing.',
  defaultSeverity: 'error',
  docs: docsUrl('missing-section'),
  needs: 'schema',
  check(ctx, report) {
    const steps = ctx.schema.sections;
    steps.forEach((step, index) => {
      if (step.required && ctx.status.get(step.id) === 'missing') {
        const { fix, anchor } = stepInsertion(ctx, step);
        report({ message: `Missing step ${index + 1} of ${steps.length}: "${step.title}"`, range: anchor, section: step.id, fix });
      }
    });
    // Sub-sections that carry facts are reported by the fact's rule, which says more.
    const visit = (spec: SectionSpec) => {
      for (const child of spec.sections) {
        const parentStatus = ctx.status.get(spec.id);
        if (child.required && child.facts.length === 0 && ctx.status.get(child.id) === 'missing' &&
            parentStatus !== 'missing' && parentStatus !== 'empty') {
          const insertion = subsectionInsertion(ctx, child);
          const where = insertion?.anchor ?? ctx.titleRange(ctx.occurrences(spec)[0]!);
          report({ message: `${spec.title} has no "${child.title}"`, range: where, section: spec.id, ...(insertion ? { fix: insertion.fix } : {}) });
        }
        visit(child);
      }
    };
    steps.forEach(visit);
  },
};
export default rule;
