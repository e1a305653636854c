/**
 * Rules that report a missing fact share one shape: the fact's step is there but the
 * fact is not stated. When the fact belongs to a sub-section the document lacks, the
 * fix inserts that sub-section's skeleton at the end of the step.
 */
import { descendants, type FactResult } from '../facts.js';
import { subsectionInsertion, trimmedLine } from '../insertions.js';
import type { FactRole, SectionSpec } from '../schema.js';
import type { Range, Severity } from '../types.js';
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
  // Where the step shows itself: its heading, else any of its labels, else the line that
  // states one of its facts (a framing known only from "a multi-class classification" in Approach).
  const where = [step, ...descendants(step)].map((s) => ctx.occurrences(s)[0]).find(Boolean);
  const stated = where ? undefined : statedAt(ctx, step);
  if (own || !spec.parent) {
    const at = own ?? where;
    const range = at ? ctx.titleRange(at) : stated;
    if (range) report({ message, range, section: step.id });
    return;
  }
  const insertion = subsectionInsertion(ctx, spec);
  const range = insertion?.anchor ?? (where ? ctx.titleRange(where) : stated);
  if (range) report({ message, range, section: step.id, ...(insertion ? { fix: insertion.fix } : {}) });
}

/** The first line stating a fact of the step or of its sub-sections. */
function statedAt(ctx: AnalysedContext, step: SectionSpec): Range | undefined {
  const lines = [step, ...descendants(step)].flatMap((s) => s.facts.map((id) => ctx.facts.get(id)?.hits[0]?.line ?? Infinity));
  const line = Math.min(...lines);
  return Number.isFinite(line) ? trimmedLine(ctx, line) : undefined;
}
