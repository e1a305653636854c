/**
 * Coverage at a glance: a code lens on the first line ("Framework coverage 5/7 · missing:
 * Monitoring · 2 empty") whose command reveals the next gap. The command runs on the server
 * and moves the editor with window/showDocument, so any client that shows lenses can use it.
 */
import type { CodeLens } from 'vscode-languageserver';
import { coverage, type Analysis } from '../core/index.js';

export const REVEAL_NEXT_GAP = 'mlsd.revealNextGap';

export function codeLenses(uri: string, analysis: Analysis): CodeLens[] {
  const summary = coverage(analysis);
  if (!summary) return [];
  return [
    {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      command: { title: summary.label, command: REVEAL_NEXT_GAP, arguments: [uri] },
    },
  ];
}
