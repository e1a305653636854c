import { toOneBased } from '../positions.js';
import { docsUrl, type Rule } from './rule.js';

const MAX_REPORTED = 10;

const rule: Rule = {
  id: 'schema-error',
  description: 'The schema file the document names is invalid; the document cannot be checked against it.',
  defaultSeverity: 'error',
  docs: docsUrl('schema-error'),
  needs: 'document',
  check(ctx, report) {
    const range = ctx.selection.refRange ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const problems = ctx.schemaProblems;
    for (const problem of problems.slice(0, MAX_REPORTED)) {
      const at = toOneBased(problem.range.start);
      report({ message: `${ctx.schemaError ?? 'Invalid schema'} (${at.line}:${at.column}): ${problem.message}`, range });
    }
    if (problems.length > MAX_REPORTED) {
      report({ message: `${ctx.schemaError ?? 'Invalid schema'}: ${problems.length - MAX_REPORTED} more problems`, range });
    }
  },
};
export default rule;
