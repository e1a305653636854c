import { factRule } from './fact-rule.js';

export default factRule({
  id: 'missing-offline-metrics',
  fact: 'offline-metrics',
  defaultSeverity: 'error',
  description: 'The evaluation step names no offline metric.',
});
