import { factRule } from './fact-rule.js';

export default factRule({
  id: 'missing-baseline',
  role: 'baseline',
  defaultSeverity: 'error',
  description: 'The model step names no baseline: a simple heuristic or model the chosen model must beat.',
});
