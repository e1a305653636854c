// Test-only extension: runs one scenario module with the real `vscode` API and writes its
// record as JSON, so the test reads VS Code's own view (diagnostics, activation, settings)
// instead of scraping the UI.
const fs = require('node:fs');
const vscode = require('vscode');

exports.activate = async function activate() {
  const scenario = process.env.MLSD_E2E_SCENARIO;
  const out = process.env.MLSD_E2E_OUT;
  if (!scenario || !out) return;
  const record = { vscodeVersion: vscode.version, steps: {} };
  const save = () => fs.writeFileSync(`${out}.tmp`, JSON.stringify(record, null, 2)) || fs.renameSync(`${out}.tmp`, out);
  try {
    await require(scenario)(vscode, {
      workspace: vscode.workspace.workspaceFolders[0].uri.fsPath,
      step: (name, value) => {
        record.steps[name] = value;
        save();
      },
    });
    record.done = true;
  } catch (error) {
    record.error = String(error && error.stack ? error.stack : error);
  }
  save();
};
