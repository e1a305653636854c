/**
 * Rules that report a missing fact share one shape: the fact's step is there but the
 * fact is not stated. When the fact belongs to a sub-section the document lacks, the
 * fix inserts that sub-section's skeleton at the end of the step.
 */
import { descendants, type FactResult } from '../facts.js';
import { subsectionInsertion } from '../insertions.js';
import type { FactRole } from '../schema.js';
import type { Severity } from '../types.js';
import { docsUrl, type AnalysedContext, type Report, type Rule } from './rule.js';

/** Fact roles with a rule of their own; `missing-fact` reports facts without one. */
export const ROLES_WITH_RULES = new Set<FactRole>();

/** A rule for the schema's fact with this role, whatever the schema calls it. */
export function factRule(meta: { id: string; role: FactRole; description: string; defaultSeverity: Severity }): Rule {
  ROLES_WITH_RULES.add(meta.role);
  return {
    id: meta.id,
    description: meta.description,
    defaultSeverity: meta.defaultSeverity,
    docs: docsUrl(meta.id),
    needs: 'schema',
    check(ctx, report) {
      const spec = ctx.schema.roles.get(meta.role);
      const fact = spec && ctx.facts.get(spec.id);
      if (fact && !fact.found) reportMissingFact(ctx, fact, report);
    },
  };
}

export function reportMissingFact(ctx: AnalysedContext, fact: FactResult, report: Report): void {
  const spec = fact.section;
  let step = spec;
  while (step.parent) step = step.parent;
  // A missing or empty step is reported as such; its facts would only repeat it.
  const stepStatus = ctx.status.get(step.id);
  if (stepStatus === 'missing' || stepStatus === 'empty') return;

  const message = ctx.schema.facts[fact.id]!.message;
  const own = ctx.occurrences(spec)[0];
  // Where the step shows itself: its heading, else any of its labels.
  const where = [step, ...descendants(step)].map((s) => ctx.occurrences(s)[0]).find(Boolean);
  if (own || !spec.parent) {
    const at = own ?? where;
    if (at) report({ message, range: ctx.titleRange(at), section: step.id });
    return;
  }
  const insertion = subsectionInsertion(ctx, spec);
  const range = insertion?.anchor ?? (where && ctx.titleRange(where));
  if (range) report({ message, range, section: step.id, ...(insertion ? { fix: insertion.fix } : {}) });
}
