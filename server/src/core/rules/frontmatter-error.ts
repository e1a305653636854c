import { docsUrl, type Rule } from './rule.js';

const rule: Rule = {
  id: 'frontmatter-error',
  description: 'The frontmatter is not valid YAML, names an unknown framework, or has a value the schema does not allow.',
  defaultSeverity: 'error',
  docs: docsUrl('frontmatter-error'),
  needs: 'document',
  check(ctx, report) {
    const frontmatter = ctx.frontmatter;
    for (const problem of frontmatter?.problems ?? []) report({ message: problem.message, range: problem.range });
    if (ctx.schemaError && ctx.schemaProblems.length === 0 && ctx.selection.refRange) {
      report({ message: ctx.schemaError, range: ctx.selection.refRange });
    }
    const data = frontmatter?.data;
    if (!frontmatter || !data) return;
    if ('framework' in data && typeof data.framework !== 'string') {
      report({ message: '"framework" must be a schema id or a path to a schema file', range: frontmatter.valueRange('framework') });
    }
    for (const [key, spec] of Object.entries(ctx.schema?.frontmatter ?? {})) {
      const value = data[key];
      if (!spec.values || value === undefined || value === null) continue;
      if (typeof value !== 'string' || !spec.values.includes(value)) {
        report({
          message: `"${key}" is ${JSON.stringify(value)}; expected one of: ${spec.values.join(', ')}`,
          range: frontmatter.valueRange(key),
        });
      }
    }
  },
};
export default rule;
