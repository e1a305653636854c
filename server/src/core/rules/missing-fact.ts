import { reportMissingFact, ROLES_WITH_RULES } from './fact-rule.js';
import { docsUrl, type Rule } from './rule.js';

/** Facts a team schema defines without a role that has a rule of its own. */
const rule: Rule = {
  id: 'missing-fact',
  description: 'A section does not state a fact its schema requires (for facts without a dedicated rule).',
  defaultSeverity: 'warning',
  docs: docsUrl('missing-fact'),
  needs: 'schema',
  check(ctx, report) {
    for (const fact of ctx.facts.values()) {
      const role = ctx.schema.facts[fact.id]?.role;
      if (!fact.found && !(role && ROLES_WITH_RULES.has(role))) reportMissingFact(ctx, fact, report);
    }
  },
};
export default rule;
