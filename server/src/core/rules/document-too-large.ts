import { docsUrl, type Rule } from './rule.js';

const rule: Rule = {
  id: 'document-too-large',
  description: 'The document is longer than the analysis limit, so it is not checked.',
  defaultSeverity: 'information',
  docs: docsUrl('document-too-large'),
  needs: 'document',
  check(ctx, report) {
    if (ctx.text.length <= ctx.maxLength) return;
    const format = (n: number) => n.toLocaleString('en-US');
    report({
      message: `Document not analysed: ${format(ctx.text.length)} characters is over the limit of ${format(ctx.maxLength)}`,
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    });
  },
};
export default rule;
