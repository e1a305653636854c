/**
 * A CLI analysis thread: files are read and analysed here, one per message, so several
 * run at once and the main thread stays free to print.
 */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { runAnalysis, type AnalysisRequest } from './node/analysis-request.js';
import { SchemaStore } from './node/schema-store.js';

export interface WorkerMessage {
  id: number;
  file: string;
  request: Omit<AnalysisRequest, 'text'>;
}

export type WorkerReply = { id: number; analysis: ReturnType<typeof runAnalysis> } | { id: number; error: string };

// The snapshots of the bundled schemas sit beside this bundle.
const store = new SchemaStore((workerData as { schemasDir: string }).schemasDir, __dirname);
parentPort!.on('message', (message: WorkerMessage) => {
  let reply: WorkerReply;
  try {
    // Editors hide a byte-order mark; so does the analysis, so columns agree.
    const text = readFileSync(message.file, 'utf8').replace(/^\uFEFF/, '');
    reply = { id: message.id, analysis: runAnalysis({ ...message.request, text }, store) };
  } catch (error) {
    reply = { id: message.id, error: (error as Error).message };
  }
  parentPort!.postMessage(reply);
});
