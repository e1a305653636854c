import { factRule } from './fact-rule.js';

export default factRule({
  id: 'missing-offline-metrics',
  role: 'offline-metrics',
  defaultSeverity: 'error',
  description: 'The evaluation step names no offline metric.',
});
