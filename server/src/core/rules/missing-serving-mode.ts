import { factRule } from './fact-rule.js';

export default factRule({
  id: 'missing-serving-mode',
  role: 'serving-mode',
  defaultSeverity: 'error',
  description: 'The serving step does not say whether predictions are made online, in batch or streaming.',
});
