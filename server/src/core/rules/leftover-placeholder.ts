import { docsUrl, type Rule } from './rule.js';

const rule: Rule = {
  id: 'leftover-placeholder',
  description: "A template's prompt is still in the document as it was scaffolded, not yet replaced by an answer.",
  defaultSeverity: 'information',
  docs: docsUrl('leftover-placeholder'),
  needs: 'schema',
  check(ctx, report) {
    for (const prompt of ctx.prompts) {
      const section = sectionAt(ctx, prompt.range.start.line);
      report({
        message: 'Template prompt not answered yet: replace it with what this design does',
        range: prompt.range,
        ...(section ? { section } : {}),
      });
    }
  },
};
export default rule;

/** The step whose occurrence covers the line, for grouping findings by step. */
function sectionAt(ctx: Parameters<Extract<Rule, { needs: 'schema' }>['check']>[0], line: number): string | undefined {
  const offset = ctx.lines.offsetAt({ line, character: 0 });
  for (const step of ctx.schema.sections) {
    const within = [step, ...step.sections].some((spec) =>
      ctx.occurrences(spec).some((o) => o.startOffset <= offset && offset < o.endOffset),
    );
    if (within) return step.id;
  }
  return undefined;
}
