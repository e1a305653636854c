import { docsUrl, type Rule } from './rule.js';

const rule: Rule = {
  id: 'empty-section',
  description: 'A framework section has a heading (or a label) but nothing under it.',
  defaultSeverity: 'warning',
  docs: docsUrl('empty-section'),
  needs: 'schema',
  check(ctx, report) {
    for (const spec of ctx.schema.byId.values()) {
      if (ctx.status.get(spec.id) !== 'empty') continue;
      if (spec.parent) {
        // An empty sub-section inside an empty step, or one whose fact rule will speak, adds nothing.
        const parentStatus = ctx.status.get(spec.parent.id);
        if (spec.facts.length > 0 || parentStatus === 'empty' || parentStatus === 'missing') continue;
      }
      const first = ctx.occurrences(spec)[0];
      if (!first) continue;
      let step = spec;
      while (step.parent) step = step.parent;
      report({ message: `${spec.title} section is empty`, range: ctx.titleRange(first), section: step.id });
    }
  },
};
export default rule;
