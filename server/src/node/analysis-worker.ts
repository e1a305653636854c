/**
 * The language server's side of the analysis thread. One job runs at a time; for each
 * document only the newest waiting version is kept, so a burst of keystrokes costs one
 * analysis of the latest text, and superseded versions are answered `undefined`.
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Analysis } from '../core/index.js';
import type { WorkerMessage, WorkerReply } from '../worker.js';
import type { AnalysisRequest } from './analysis-request.js';

interface Job {
  uri: string;
  request: AnalysisRequest;
  resolve(analysis: Analysis | undefined): void;
  reject(error: Error): void;
}

export class AnalysisWorker {
  private worker: Worker;
  private readonly waiting = new Map<string, Job>();
  private running?: Job;
  private nextId = 1;

  constructor(private readonly bundleDir: string, private readonly schemasDir: string) {
    this.worker = this.start();
  }

  /** The analysis of this text, or undefined when a newer text for the same document came first. */
  analyze(uri: string, request: AnalysisRequest): Promise<Analysis | undefined> {
    return new Promise((resolve, reject) => {
      this.waiting.get(uri)?.resolve(undefined);
      this.waiting.set(uri, { uri, request, resolve, reject });
      this.pump();
    });
  }

  forget(uri: string): void {
    this.waiting.get(uri)?.resolve(undefined);
    this.waiting.delete(uri);
    this.post({ kind: 'forget', uri });
  }

  async dispose(): Promise<void> {
    for (const job of this.waiting.values()) job.resolve(undefined);
    this.waiting.clear();
    await this.worker.terminate();
  }

  private start(): Worker {
    // A bounded heap makes the thread collect garbage before the process grows large.
    const worker = new Worker(join(this.bundleDir, 'worker.js'), { workerData: { schemasDir: this.schemasDir }, resourceLimits: { maxOldGenerationSizeMb: 256 } });
    worker.on('message', (reply: WorkerReply) => this.finish(reply));
    // A crashed thread fails its job, and the next job gets a fresh thread.
    worker.on('error', (error) => {
      const job = this.running;
      this.running = undefined;
      this.worker = this.start();
      job?.reject(error);
      this.pump();
    });
    worker.unref();
    return worker;
  }

  private pump(): void {
    if (this.running || this.waiting.size === 0) return;
    const [uri, job] = this.waiting.entries().next().value as [string, Job];
    this.waiting.delete(uri);
    this.running = job;
    this.post({ kind: 'analyze', id: this.nextId++, uri, request: job.request });
  }

  private finish(reply: WorkerReply): void {
    const job = this.running;
    this.running = undefined;
    if (job) {
      if ('error' in reply) job.reject(new Error(reply.error));
      else job.resolve(reply.analysis);
    }
    this.pump();
  }

  private post(message: WorkerMessage): void {
    this.worker.postMessage(message);
  }
}
