import { FACTS_WITH_RULES, reportMissingFact } from './fact-rule.js';
import { docsUrl, type Rule } from './rule.js';

/** Facts a team schema defines beyond the bundled ones, which have no rule of their own. */
const rule: Rule = {
  id: 'missing-fact',
  description: 'A section does not state a fact its schema requires (for facts without a dedicated rule).',
  defaultSeverity: 'warning',
  docs: docsUrl('missing-fact'),
  needs: 'schema',
  check(ctx, report) {
    for (const fact of ctx.facts.values()) {
      if (!fact.found && !FACTS_WITH_RULES.has(fact.id)) reportMissingFact(ctx, fact, report);
    }
  },
};
export default rule;
