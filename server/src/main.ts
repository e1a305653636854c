#!/usr/bin/env node
/** mlsd-language-server: speaks LSP over stdio (--stdio), Node IPC (--node-ipc) or a socket (--socket=N). */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { bundledSchemasDir } from './node/schema-store.js';
import { startServer } from './server.js';

if (process.argv.includes('--version')) {
  process.stdout.write(`${process.env.MLSD_VERSION ?? 'unknown'}\n`);
} else {
  startServer(createConnection(ProposedFeatures.all), { schemasDir: bundledSchemasDir(__dirname), bundleDir: __dirname });
}
