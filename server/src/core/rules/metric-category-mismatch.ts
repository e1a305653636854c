/**
 * Offline metrics that fit none of the document's ML categories: a ranking problem judged
 * only by accuracy, a classifier judged only by nDCG. Reads the facts with the roles
 * `ml-category` and `offline-metrics`; metrics list the categories they fit, categories
 * list the categories whose metrics they accept too.
 */
import { trimmedLine } from '../insertions.js';
import type { Term } from '../vocabulary.js';
import { docsUrl, type Rule } from './rule.js';

const rule: Rule = {
  id: 'metric-category-mismatch',
  description: "The offline metrics do not fit the problem's ML category.",
  defaultSeverity: 'warning',
  docs: docsUrl('metric-category-mismatch'),
  needs: 'schema',
  check(ctx, report) {
    const categoryFact = ctx.schema.roles.get('ml-category');
    const metricFact = ctx.schema.roles.get('offline-metrics');
    if (!categoryFact?.vocabulary || !metricFact?.vocabulary) return;
    const categoryHits = ctx.facts.get(categoryFact.id)?.hits.filter((hit) => hit.term) ?? [];
    const metricHits = (ctx.facts.get(metricFact.id)?.hits ?? []).filter((hit) => hit.term?.fits?.length);
    if (categoryHits.length === 0 || metricHits.length === 0) return;

    const categories = ctx.schema.vocabularies[categoryFact.vocabulary] ?? [];
    const accepted = expand(categoryHits.map((hit) => hit.term!.id), categories);
    if (metricHits.some((hit) => hit.term!.fits!.some((id) => accepted.has(id)))) return;

    const named = [...new Set(categoryHits.map((hit) => hit.term!.name))];
    const used = [...new Set(metricHits.map((hit) => hit.term!.name))];
    const metrics = ctx.schema.vocabularies[metricFact.vocabulary] ?? [];
    const better = metrics.filter((m) => m.kind === 'offline' && m.fits?.some((id) => accepted.has(id))).map((m) => m.name);
    const hint = better.length > 0 ? `: consider ${better.slice(0, 4).join(', ')}` : '';
    const section = ctx.facts.get(metricFact.id)!.section;
    report({
      message: `Offline metrics (${used.join(', ')}) do not fit a ${named.join(' / ')} problem${hint}`,
      range: trimmedLine(ctx, metricHits[0]!.line),
      section: (section.parent ?? section).id,
    });
  },
};

/** A category and every category it accepts metrics of, transitively. */
function expand(ids: string[], categories: Term[]): Set<string> {
  const byId = new Map(categories.map((c) => [c.id, c]));
  const seen = new Set<string>();
  const queue = [...ids];
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...(byId.get(id)?.also ?? []));
  }
  return seen;
}
export default rule;
