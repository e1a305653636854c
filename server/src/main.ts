#!/usr/bin/env node
/** mlsd-language-server: speaks LSP over stdio (--stdio), Node IPC (--node-ipc) or a socket (--socket=N). */
import './node/jit-tuning.js';
import { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { FrameGuard } from './node/frame-guard.js';
import { bundledSchemasDir } from './node/schema-store.js';
import { startServer } from './server.js';

if (process.argv.includes('--version')) {
  process.stdout.write(`${process.env.MLSD_VERSION ?? 'unknown'}\n`);
} else {
  // Over stdio, frames pass a guard first: a malformed header must not wedge the reader.
  const connection = process.argv.includes('--stdio')
    ? createConnection(ProposedFeatures.all, new StreamMessageReader(process.stdin.pipe(new FrameGuard())), new StreamMessageWriter(process.stdout))
    : createConnection(ProposedFeatures.all);
  startServer(connection, { schemasDir: bundledSchemasDir(__dirname), bundleDir: __dirname });
}
