import { factRule } from './fact-rule.js';

export default factRule({
  id: 'missing-ml-category',
  role: 'ml-category',
  defaultSeverity: 'warning',
  description: 'The framing step names no ML category (classification, regression, ranking, ...).',
});
