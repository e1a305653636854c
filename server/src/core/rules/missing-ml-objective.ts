import { factRule } from './fact-rule.js';

export default factRule({
  id: 'missing-ml-objective',
  role: 'ml-objective',
  defaultSeverity: 'warning',
  description: 'The framing step does not state what the model optimises.',
});
