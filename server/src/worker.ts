/**
 * The analysis thread, for the language server and the CLI: documents are analysed here so
 * the host's thread stays free to answer requests and to read and print files.
 */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { DocumentCaches, runAnalysis, type AnalysisRequest } from './node/analysis-request.js';
import { SchemaStore } from './node/schema-store.js';

export type WorkerMessage =
  | { kind: 'analyze'; id: number; uri: string; request: AnalysisRequest }
  | { kind: 'check-file'; id: number; file: string; request: Omit<AnalysisRequest, 'text'> }
  | { kind: 'forget'; uri: string };

export type WorkerReply = { id: number; analysis: ReturnType<typeof runAnalysis> } | { id: number; error: string };

// The snapshots of the bundled schemas sit beside this bundle.
const store = new SchemaStore((workerData as { schemasDir: string }).schemasDir, __dirname);
const caches = new DocumentCaches();

parentPort!.on('message', (message: WorkerMessage) => {
  if (message.kind === 'forget') {
    caches.forget(message.uri);
    return;
  }
  let reply: WorkerReply;
  try {
    const analysis =
      message.kind === 'analyze'
        ? runAnalysis(message.request, store, caches.get(message.uri))
        : runAnalysis({ ...message.request, text: readFileSync(message.file, 'utf8').replace(/^\uFEFF/, '') }, store);
    reply = { id: message.id, analysis };
  } catch (error) {
    reply = { id: message.id, error: (error as Error).message };
  }
  parentPort!.postMessage(reply);
});
