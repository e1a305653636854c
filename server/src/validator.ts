/**
 * Runs the analysis when a document opens or changes, and publishes diagnostics tagged
 * with the version analysed, only if the document is still at that version: a stale
 * result never shows. Changes that arrive together are analysed once, and an analysis
 * overtaken by a newer version stops early; nothing waits on a fixed delay.
 */
import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from './core/index.js';

export interface ValidatorOptions {
  /** The analysis of the document's current text, or undefined when superseded. */
  analyze(document: TextDocument): Promise<Analysis | undefined>;
  toDiagnostics(analysis: Analysis): Diagnostic[];
  onError(document: TextDocument, error: unknown): Diagnostic[];
  /** After a document's diagnostics went out, with the analysis they came from. */
  onPublished?(uri: string, analysis: Analysis | undefined): void;
}

export class Validator {
  private readonly scheduled = new Set<string>();
  /** The last complete analysis of each open document, for requests that read it. */
  readonly latest = new Map<string, { version: number; analysis: Analysis }>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly options: ValidatorOptions,
  ) {}

  schedule(uri: string): void {
    // A malformed didOpen or didChange may carry no uri: there is nothing to publish diagnostics for.
    if (typeof uri !== 'string' || uri === '') return;
    if (this.scheduled.has(uri)) return;
    this.scheduled.add(uri);
    // After the messages already received: a burst of changes becomes one analysis.
    setImmediate(() => {
      this.scheduled.delete(uri);
      void this.run(uri);
    });
  }

  scheduleAll(): void {
    for (const document of this.documents.all()) this.schedule(document.uri);
  }

  /** The analysis of the document's current version: the last one if it is current, else a fresh one. */
  async current(uri: string): Promise<Analysis | undefined> {
    const document = this.documents.get(uri);
    if (!document) return undefined;
    const latest = this.latest.get(uri);
    if (latest?.version === document.version) return latest.analysis;
    try {
      return await this.options.analyze(document);
    } catch {
      return latest?.analysis;
    }
  }

  clear(uri: string): void {
    this.latest.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private async run(uri: string): Promise<void> {
    const document = this.documents.get(uri);
    if (!document) return;
    const version = document.version;
    let diagnostics: Diagnostic[];
    let analysis: Analysis | undefined;
    try {
      analysis = await this.options.analyze(document);
      if (!analysis) return;
      if (this.documents.get(uri)?.version === version) this.latest.set(uri, { version, analysis });
      diagnostics = this.options.toDiagnostics(analysis);
    } catch (error) {
      diagnostics = this.options.onError(document, error);
    }
    // A newer version arrived while this one was analysed: its own run will publish.
    if (this.documents.get(uri)?.version !== version) return;
    await this.connection.sendDiagnostics({ uri, version, diagnostics });
    this.options.onPublished?.(uri, analysis);
  }
}
