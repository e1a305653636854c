/** The language server: capabilities, and one short handler per LSP event, each calling a feature. */
import { fileURLToPath } from 'node:url';
import {
  DidChangeConfigurationNotification,
  ErrorCodes,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CODE_ACTION_KINDS, codeActions } from './features/code-actions.js';
import { codeLenses, REVEAL_NEXT_GAP } from './features/code-lens.js';
import { COMPLETION_TRIGGERS, completions } from './features/completion.js';
import { internalErrorDiagnostic, toDiagnostic } from './features/diagnostics.js';
import { foldingRanges } from './features/folding.js';
import { hover } from './features/hover.js';
import { documentSymbols } from './features/symbols.js';
import { DocumentAnalyzer } from './node/document-analyzer.js';
import { IdleCollector } from './node/idle-collector.js';
import { SchemaStore } from './node/schema-store.js';
import { DEFAULT_SETTINGS, toSettings, type Settings } from './settings.js';
import { Validator } from './validator.js';
import { coverage, type Analysis } from './core/index.js';

/** Sent after each publish: the coverage a client may show outside the document (VS Code's status bar). */
export const COVERAGE_NOTIFICATION = 'mlsd/coverage';

const EMPTY: Analysis = { checked: false, reason: 'none', sections: [], facts: {}, findings: [] };

export interface ServerOptions {
  schemasDir: string;
  /** Where the bundles are, with the bundled schemas' snapshots. */
  bundleDir: string;
}

export function startServer(connection: Connection, options: ServerOptions): void {
  const documents = new TextDocuments(TextDocument);
  const analyzer = new DocumentAnalyzer(new SchemaStore(options.schemasDir, options.bundleDir));
  const idle = new IdleCollector();
  const settingsCache = new Map<string, Promise<Settings>>();
  let canPullSettings = false;
  let pushedSettings: Settings = DEFAULT_SETTINGS;
  let workspaceFolders: string[] = [];

  const settingsFor = (uri: string): Promise<Settings> => {
    if (!canPullSettings) return Promise.resolve(pushedSettings);
    let settings = settingsCache.get(uri);
    if (!settings) {
      settings = connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'mlsd' })
        .then(toSettings, () => DEFAULT_SETTINGS);
      settingsCache.set(uri, settings);
    }
    return settings;
  };

  const validator = new Validator(connection, documents, {
    analyze: async (document) => {
      const settings = await settingsFor(document.uri);
      if (!settings.enable) return EMPTY;
      const fsPath = document.uri.startsWith('file:') ? fileURLToPath(document.uri) : undefined;
      const version = document.version;
      const current = () => documents.get(document.uri)?.version === version;
      return analyzer.analyze(document.uri, {
        text: document.getText(),
        path: fsPath && relativeToWorkspace(fsPath, workspaceFolders),
        fsPath,
        baseDir: workspaceFolders[0],
        include: settings.include,
        rules: settings.rules,
      }, current);
    },
    toDiagnostics: (analysis) => {
      idle.touch();
      return analysis.findings.map(toDiagnostic);
    },
    onError: (document, error) => {
      connection.console.error(`mlsd: analysing ${document.uri} failed: ${(error as Error).stack ?? String(error)}`);
      return [internalErrorDiagnostic(error)];
    },
    onPublished: (uri, analysis) => {
      const summary = analysis && coverage(analysis);
      void connection.sendNotification(COVERAGE_NOTIFICATION, { uri, coverage: summary ? { covered: summary.covered, total: summary.total, label: summary.label } : null });
    },
  });

  // After shutdown the protocol allows only exit: every request is answered with InvalidRequest.
  let shutDown = false;
  connection.onShutdown(() => {
    shutDown = true;
  });

  /** Editor features read the current version's analysis, and the schema it was made with. */
  const current = async (uri: string) => {
    if (shutDown) throw new ResponseError(ErrorCodes.InvalidRequest, 'The server has been shut down');
    const document = documents.get(uri);
    const analysis = document && (await validator.current(uri));
    return document && analysis ? { document, analysis, schema: analyzer.schemaOf(uri) } : undefined;
  };
  // Where "next gap" went last, per document: each run moves on to the following one.
  const gapCursor = new Map<string, number>();

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    canPullSettings = Boolean(params.capabilities.workspace?.configuration);
    workspaceFolders = (params.workspaceFolders ?? [])
      .map((folder) => folder.uri)
      .concat(params.rootUri && !params.workspaceFolders?.length ? [params.rootUri] : [])
      .filter((uri) => uri.startsWith('file:'))
      .map((uri) => fileURLToPath(uri));
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS },
        completionProvider: { triggerCharacters: COMPLETION_TRIGGERS },
        hoverProvider: true,
        documentSymbolProvider: { label: 'MLSD framework' },
        foldingRangeProvider: true,
        codeLensProvider: { resolveProvider: false },
        executeCommandProvider: { commands: [REVEAL_NEXT_GAP] },
      },
      serverInfo: { name: 'mlsd', version: process.env.MLSD_VERSION ?? undefined },
    };
  });

  connection.onInitialized(() => {
    if (canPullSettings) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'mlsd' });
  });

  connection.onDidChangeConfiguration((change) => {
    settingsCache.clear();
    if (!canPullSettings) pushedSettings = toSettings((change.settings as { mlsd?: unknown } | undefined)?.mlsd);
    validator.scheduleAll();
  });

  connection.onCodeAction(async (params) => {
    const found = await current(params.textDocument.uri);
    return found ? codeActions(params, { uri: found.document.uri, text: found.document.getText() }, found.analysis) : [];
  });
  connection.onCompletion(async (params) => {
    const found = await current(params.textDocument.uri);
    return found ? completions(found.document.getText(), params.position, found.analysis, found.schema) : [];
  });
  connection.onHover(async (params) => {
    const found = await current(params.textDocument.uri);
    return found ? hover(found.document.getText(), params.position, found.analysis, found.schema) : null;
  });
  connection.onDocumentSymbol(async (params) => {
    const found = await current(params.textDocument.uri);
    return found ? documentSymbols(found.analysis) : [];
  });
  connection.onFoldingRanges(async (params) => {
    const found = await current(params.textDocument.uri);
    return found ? foldingRanges(found.document.getText(), found.analysis) : [];
  });
  connection.onCodeLens(async (params) => {
    const found = await current(params.textDocument.uri);
    return found ? codeLenses(found.document.uri, found.analysis) : [];
  });
  connection.onExecuteCommand(async (params) => {
    if (params.command !== REVEAL_NEXT_GAP) return;
    const uri = String(params.arguments?.[0] ?? '');
    const found = await current(uri);
    const gaps = (found && coverage(found.analysis)?.gaps) ?? [];
    if (gaps.length === 0) return;
    const index = ((gapCursor.get(uri) ?? -1) + 1) % gaps.length;
    gapCursor.set(uri, index);
    await connection.window.showDocument({ uri, selection: { start: gaps[index]!, end: gaps[index]! }, takeFocus: true });
  });

  documents.onDidOpen((event) => validator.schedule(event.document.uri));
  documents.onDidChangeContent((event) => validator.schedule(event.document.uri));
  documents.onDidClose((event) => {
    settingsCache.delete(event.document.uri);
    gapCursor.delete(event.document.uri);
    analyzer.forget(event.document.uri);
    validator.clear(event.document.uri);
  });

  documents.listen(connection);
  connection.listen();
}

/** The path include globs are matched against: relative to the workspace folder holding the file. */
export function relativeToWorkspace(fsPath: string, folders: readonly string[]): string {
  const normalized = fsPath.replace(/\\/g, '/');
  const folder = folders
    .map((f) => f.replace(/\\/g, '/').replace(/\/+$/, ''))
    .filter((f) => normalized.startsWith(`${f}/`))
    .sort((a, b) => b.length - a.length)[0];
  return folder ? normalized.slice(folder.length + 1) : normalized;
}
