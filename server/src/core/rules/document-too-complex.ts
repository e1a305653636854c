import { MAX_NESTING } from '../parse.js';
import { docsUrl, type Rule } from './rule.js';

/** One finding per place is enough to find them; a document of nothing else would list thousands. */
const MAX_REPORTED = 5;

const rule: Rule = {
  id: 'document-too-complex',
  description: 'Part of the document is nested too deep to read (lists, quotes or emphasis many levels deep); what is inside is not checked.',
  defaultSeverity: 'warning',
  docs: docsUrl('document-too-complex'),
  needs: 'schema',
  check(ctx, report) {
    for (const offset of ctx.outline.tooDeep.slice(0, MAX_REPORTED)) {
      const at = ctx.lines.positionAt(offset);
      report({
        message: `Nested more than ${MAX_NESTING} levels deep (lists, quotes or emphasis): what is inside was not read`,
        range: { start: at, end: at },
      });
    }
  },
};
export default rule;
