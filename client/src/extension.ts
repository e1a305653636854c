/** The VS Code side: starts the bundled language server over IPC for Markdown files, and adds the commands. */
import * as path from 'node:path';
import type { ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { showCoverage } from './coverage-status.js';
import { registerNewDocument } from './new-document.js';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<LanguageClient> {
  context.subscriptions.push(registerNewDocument(context));
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    // The server pulls settings with workspace/configuration; this only tells it when they change.
    synchronize: { configurationSection: 'mlsd' },
  };
  client = new LanguageClient('mlsd', 'MLSD', serverOptions, clientOptions);
  context.subscriptions.push(client);
  await client.start();
  context.subscriptions.push(showCoverage(client));
  return client;
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
