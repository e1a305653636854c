import { factRule } from './fact-rule.js';

export default factRule({
  id: 'missing-monitoring',
  role: 'monitoring',
  defaultSeverity: 'error',
  description: 'The monitoring step does not discuss drift, alerting or retraining.',
});
