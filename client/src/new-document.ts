/**
 * "MLSD: New Design Doc…": pick a case-study template, get an untitled Markdown document
 * with its snippet inserted and the cursor on the first tab stop (the title).
 */
import { readFile } from 'node:fs/promises';
import { commands, SnippetString, window, workspace, type Disposable, type ExtensionContext } from 'vscode';
import { templateChoices, type TemplateChoice } from './templates.js';

export const NEW_DOCUMENT_COMMAND = 'mlsd.newDocument';

export function registerNewDocument(context: ExtensionContext): Disposable {
  const snippetsFile = context.asAbsolutePath('snippets/markdown.code-snippets');
  // Takes a template id to skip the pick (for keybindings and tests).
  return commands.registerCommand(NEW_DOCUMENT_COMMAND, async (templateId?: string) => {
    const choices = templateChoices(await readFile(snippetsFile, 'utf8'));
    const choice = templateId ? choices.find((c) => c.id === templateId) : await pick(choices);
    if (!choice) {
      if (templateId) void window.showErrorMessage(`MLSD: no template "${templateId}"`);
      return undefined;
    }
    const document = await workspace.openTextDocument({ language: 'markdown' });
    const editor = await window.showTextDocument(document);
    await editor.insertSnippet(new SnippetString(choice.body));
    return document.uri.toString();
  });
}

async function pick(choices: TemplateChoice[]): Promise<TemplateChoice | undefined> {
  const picked = await window.showQuickPick(
    choices.map((choice) => ({ label: choice.title, description: choice.id, detail: choice.description, choice })),
    { title: 'New ML system design doc', placeHolder: 'Pick a case study, or the blank framework doc', matchOnDescription: true, matchOnDetail: true },
  );
  return picked?.choice;
}
