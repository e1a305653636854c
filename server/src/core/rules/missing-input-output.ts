import { factRule } from './fact-rule.js';

export default factRule({
  id: 'missing-input-output',
  role: 'input-output',
  defaultSeverity: 'warning',
  description: "The framing step does not state the system's input and output.",
});
