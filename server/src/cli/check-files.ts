/**
 * Analyses many files at once: in this thread for a handful, otherwise across worker
 * threads (one per core). Results are handed over in file order as soon as each is ready,
 * so output can stream while later files are still being read.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Analysis } from '../core/index.js';
import { runAnalysis, type AnalysisRequest } from '../node/analysis-request.js';
import type { SchemaStore } from '../node/schema-store.js';
import type { WorkerMessage, WorkerReply } from '../worker.js';

/** Below this many files, starting threads costs more than it saves. */
const PARALLEL_FROM = 24;

export type FileRequest = Omit<AnalysisRequest, 'text' | 'path' | 'fsPath'>;

export interface CheckOptions {
  cwd: string;
  bundleDir: string;
  schemasDir: string;
  store: SchemaStore;
  request: FileRequest;
  /** Called once per file, in file order. */
  onResult(index: number, analysis: Analysis): void;
}

export async function checkFiles(files: string[], options: CheckOptions): Promise<Analysis[]> {
  const results: Array<Analysis | undefined> = new Array(files.length);
  let flushed = 0;
  const deliver = (index: number, analysis: Analysis) => {
    results[index] = analysis;
    while (flushed < files.length && results[flushed]) options.onResult(flushed, results[flushed++]!);
  };
  const threads = files.length < PARALLEL_FROM ? 0 : Math.min(availableParallelism(), Math.ceil(files.length / 8));
  if (threads === 0) {
    files.forEach((path, index) => deliver(index, analyseFile(path, options)));
  } else {
    await inThreads(files, threads, options, deliver);
  }
  return results as Analysis[];
}

/** One file's analysis; a file that cannot be read or analysed is reported, and the others still are. */
function analyseFile(path: string, options: CheckOptions): Analysis {
  try {
    return runAnalysis({ ...fileRequest(path, options), text: readText(path, options.cwd) }, options.store);
  } catch (error) {
    return failedAnalysis(error);
  }
}

/** What a file that could not be analysed reports: an error-level finding at its start, so CI sees it. */
export function failedAnalysis(error: unknown): Analysis {
  const message = error instanceof Error ? error.message : String(error);
  return {
    checked: false,
    reason: 'none',
    sections: [],
    facts: {},
    findings: [
      {
        rule: 'internal-error',
        severity: 'error',
        message: `MLSD could not analyse this file: ${message}`,
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      },
    ],
  };
}

function fileRequest(path: string, options: CheckOptions): Omit<AnalysisRequest, 'text'> {
  return { ...options.request, path, fsPath: resolve(options.cwd, path) };
}

function readText(path: string, cwd: string): string {
  try {
    // Editors hide a byte-order mark; so does the analysis, so columns agree.
    return readFileSync(resolve(cwd, path), 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    throw new Error(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

function inThreads(files: string[], threads: number, options: CheckOptions, deliver: (index: number, analysis: Analysis) => void): Promise<void> {
  return new Promise((done, fail) => {
    let next = 0;
    let finished = 0;
    const workers: Worker[] = [];
    const stop = (error?: Error) => {
      for (const worker of workers) void worker.terminate();
      if (error) fail(error);
      else done();
    };
    const feed = (worker: Worker) => {
      if (next >= files.length) return;
      const index = next++;
      const message: WorkerMessage = { id: index, file: resolve(options.cwd, files[index]!), request: fileRequest(files[index]!, options) };
      worker.postMessage(message);
    };
    for (let i = 0; i < threads; i++) {
      const worker = new Worker(join(options.bundleDir, 'worker.js'), { workerData: { schemasDir: options.schemasDir } });
      workers.push(worker);
      worker.on('message', (reply: WorkerReply) => {
        deliver(reply.id, 'error' in reply ? failedAnalysis(new Error(reply.error)) : reply.analysis);
        if (++finished === files.length) return stop();
        feed(worker);
      });
      worker.on('error', (error) => stop(error));
      feed(worker);
    }
  });
}
