// The VS Code scenario: activation, diagnostics, an edit that clears one, a README left
// alone, and a rule turned off in settings. Every wait is on a VS Code event.
const path = require('node:path');

const TIMEOUT_MS = 60_000;

function plain(diagnostic) {
  const { start, end } = diagnostic.range;
  return {
    code: typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code,
    href: typeof diagnostic.code === 'object' ? String(diagnostic.code.target) : undefined,
    severity: diagnostic.severity,
    source: diagnostic.source,
    message: diagnostic.message,
    range: [start.line, start.character, end.line, end.character],
  };
}

function mlsdDiagnostics(vscode, uri) {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'mlsd').map(plain);
}

/** Resolves with the document's MLSD diagnostics once they satisfy the predicate. */
function waitFor(vscode, uri, predicate, what) {
  return new Promise((resolve, reject) => {
    const check = () => {
      const diagnostics = mlsdDiagnostics(vscode, uri);
      if (!predicate(diagnostics)) return false;
      subscription.dispose();
      clearTimeout(timer);
      resolve(diagnostics);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out waiting for ${what}; last seen: ${JSON.stringify(mlsdDiagnostics(vscode, uri))}`));
    }, TIMEOUT_MS);
    check();
  });
}

const codes = (diagnostics) => diagnostics.map((d) => d.code);

module.exports = async function scenario(vscode, { workspace, step }) {
  const extension = vscode.extensions.getExtension('mlsd-tools.mlsd');
  step('installed', { found: Boolean(extension), version: extension && extension.packageJSON.version, activeBeforeOpen: Boolean(extension && extension.isActive) });

  const doc = vscode.Uri.file(path.join(workspace, 'design-docs', 'ad-click.md'));
  const opened = waitFor(vscode, doc, (ds) => ds.length > 0, 'diagnostics on the design doc');
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(doc));
  const initial = await opened;
  const client = extension.exports;
  step('activation', {
    active: extension.isActive,
    returnsClient: Boolean(client && typeof client.sendRequest === 'function' && typeof client.stop === 'function'),
    clientRunning: Boolean(client && typeof client.isRunning === 'function' && client.isRunning()),
  });
  step('initial', initial);

  // Editor intelligence, through VS Code's own provider commands (what the UI shows).
  const at = (line, character) => new vscode.Position(line, character);
  const lastLine = editor.document.lineCount - 1;
  const quickFixes = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', doc, new vscode.Range(at(33, 0), at(33, 0)), 'quickfix');
  const completion = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', doc, at(27, 0));
  const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', doc, at(26, 4));
  const symbols = await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', doc);
  const lenses = await vscode.commands.executeCommand('vscode.executeCodeLensProvider', doc);
  const mlsdLens = lenses.find((lens) => lens.command && lens.command.command === 'mlsd.revealNextGap');
  await vscode.commands.executeCommand(mlsdLens.command.command, ...mlsdLens.command.arguments);
  const revealed = vscode.window.activeTextEditor.selection.active.line;
  step('features', {
    quickFix: quickFixes.filter((a) => a.isPreferred).map((a) => ({ title: a.title, kind: a.kind && a.kind.value })),
    metricLabels: completion.items.filter((i) => ['ROC-AUC', 'nDCG', 'CTR'].includes(typeof i.label === 'string' ? i.label : i.label.label)).map((i) => (typeof i.label === 'string' ? i.label : i.label.label)).sort(),
    hover: hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).find((v) => v.startsWith('**Evaluation**')) !== undefined,
    symbols: symbols.filter((s) => s.children && s.name !== 'Ad click prediction').map((s) => s.name).filter((n) => !/^\d/.test(n)),
    lens: mlsdLens.command.title,
    revealed,
    lastLine,
  });

  // A work-style doc names no framework step in its headings: no error, and each step is
  // shown where it was found (the framing inside "Approach").
  const onePager = vscode.Uri.file(path.join(workspace, 'design-docs', 'one-pager.md'));
  const onePagerText = await vscode.workspace.openTextDocument(onePager);
  const goal = onePagerText.getText().split('\n').findIndex((line) => line.startsWith('The goal is'));
  // The server answers a hover from the current version's analysis, published before it answers.
  const framingHover = await vscode.commands.executeCommand('vscode.executeHoverProvider', onePager, at(goal, 4));
  await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', onePager);
  const analysed = mlsdDiagnostics(vscode, onePager);
  step('workStyle', {
    codes: codes(analysed.filter((d) => d.severity === vscode.DiagnosticSeverity.Error || d.severity === vscode.DiagnosticSeverity.Warning)),
    hover: framingHover.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).find((v) => v.startsWith('**Frame the problem')) || '',
  });

  // The README is opened first; the design doc's next update is analysed after it, so by then
  // the README's (empty) result is in.
  const readme = vscode.Uri.file(path.join(workspace, 'README.md'));
  await vscode.workspace.openTextDocument(readme);

  // Add the missing Monitoring section at the end of the design doc.
  const document = editor.document;
  const end = document.lineAt(document.lineCount - 1).range.end;
  const cleared = waitFor(vscode, doc, (ds) => !codes(ds).includes('missing-section'), 'missing-section to clear');
  await editor.edit((edit) => edit.insert(end, '\n## Monitoring\n\nAlert on feature drift; retrain weekly.\n'));
  step('afterEdit', await cleared);
  step('readme', mlsdDiagnostics(vscode, readme));

  const ruleOff = waitFor(vscode, doc, (ds) => !codes(ds).includes('missing-serving-mode'), 'missing-serving-mode to go');
  await vscode.workspace.getConfiguration('mlsd', doc).update('rules.missing-serving-mode', 'off', vscode.ConfigurationTarget.Workspace);
  step('afterSettingOff', await ruleOff);

  // "MLSD: New Design Doc…" for one case: an untitled Markdown doc, the template inserted as
  // a snippet, the title selected as the first tab stop, and the prompts reported.
  const created = await vscode.commands.executeCommand('mlsd.newDocument', 'ad-click-prediction');
  const scaffolded = vscode.window.activeTextEditor;
  const scaffoldedUri = scaffolded.document.uri;
  const reported = await waitFor(vscode, scaffoldedUri, (ds) => codes(ds).includes('leftover-placeholder'), 'prompts reported in the new doc');
  step('newDocument', {
    returned: created === scaffoldedUri.toString(),
    scheme: scaffoldedUri.scheme,
    languageId: scaffolded.document.languageId,
    firstLines: scaffolded.document.getText().split('\n').slice(0, 9),
    selected: scaffolded.document.getText(scaffolded.selection),
    selectionLine: scaffolded.selection.start.line,
    codes: [...new Set(codes(reported))].sort(),
  });
  const commandTitles = (await vscode.commands.getCommands(true)).includes('mlsd.newDocument');
  step('commandRegistered', commandTitles);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');

  // Fix all: every fix applied in one edit, through VS Code's source action.
  const [fixAll] = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', doc, new vscode.Range(at(0, 0), at(0, 0)), 'source.fixAll.mlsd');
  const settled = waitFor(vscode, doc, (ds) => !codes(ds).includes('missing-section'), 'fix-all to apply');
  await vscode.workspace.applyEdit(fixAll.edit);
  step('fixAll', { kind: fixAll.kind.value, after: codes(await settled) });

  // Leave the editor showing the document with its remaining diagnostic, for the screenshot.
  await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand('workbench.actions.view.problems');
};
