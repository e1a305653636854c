/** The status bar item: the active document's framework coverage ("MLSD 5/7"); a click reveals the next gap. */
import { StatusBarAlignment, window, type Disposable } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

interface CoverageMessage {
  uri: string;
  coverage: { covered: number; total: number; label: string } | null;
}

export function showCoverage(client: LanguageClient): Disposable {
  const item = window.createStatusBarItem('mlsd.coverage', StatusBarAlignment.Left, 100);
  item.name = 'MLSD framework coverage';
  const byUri = new Map<string, CoverageMessage['coverage']>();
  const update = () => {
    const uri = window.activeTextEditor?.document.uri.toString();
    const summary = uri ? byUri.get(uri) : undefined;
    if (!uri || !summary) {
      item.hide();
      return;
    }
    item.text = `$(checklist) MLSD ${summary.covered}/${summary.total}`;
    item.tooltip = `${summary.label}. Click to go to the next gap.`;
    item.command = { title: 'Go to the next gap', command: 'mlsd.revealNextGap', arguments: [uri] };
    item.show();
  };
  const notifications = client.onNotification('mlsd/coverage', (message: CoverageMessage) => {
    byUri.set(message.uri, message.coverage);
    update();
  });
  const editors = window.onDidChangeActiveTextEditor(update);
  return { dispose: () => [item, notifications, editors].forEach((d) => d.dispose()) };
}
