import { factRule } from './fact-rule.js';

export default factRule({
  id: 'missing-online-metrics',
  role: 'online-metrics',
  defaultSeverity: 'error',
  description: 'The evaluation step names no online metric or A/B test.',
});
