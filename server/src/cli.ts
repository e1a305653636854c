#!/usr/bin/env node
/**
 * `mlsd check`: the same analysis as the editor, for CI and review prep.
 * Exit codes: 0 no error-level finding, 1 some, 2 usage or internal error.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { analyze, DEFAULT_SCHEMA, toOneBased, type Analysis } from './core/index.js';
import { expandInputs } from './cli/files.js';
import { formatJson, formatPretty, summarize, type FileResult } from './cli/format.js';
import { bundledSchemasDir, isSchemaPath, SchemaStore } from './node/schema-store.js';

const USAGE = `Usage: mlsd check [options] <files|dirs|globs...>

Checks ML system design documents against the framework schema.

Options:
  --schema <id|path>       check files that do not opt in against this schema
  --format <pretty|json>   output format (default: pretty)
  --include <glob>         paths checked without frontmatter opt-in (repeatable;
                           default: **/*.mlsd.md and **/design-docs/**/*.md)
  -h, --help               show this help
  -v, --version            show the version

Exit codes: 0 no errors, 1 error-level findings, 2 usage or internal error.`;

class UsageError extends Error {}

export function main(argv: string[], io = { out: process.stdout, err: process.stderr, cwd: process.cwd() }): number {
  try {
    return run(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err.write(`mlsd: ${error.message}\n\n${USAGE}\n`);
    } else {
      io.err.write(`mlsd: internal error: ${(error as Error).message}\n`);
    }
    return 2;
  }
}

function run(argv: string[], io: { out: NodeJS.WritableStream; err: NodeJS.WritableStream; cwd: string }): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        schema: { type: 'string' },
        format: { type: 'string', default: 'pretty' },
        include: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out.write(`${USAGE}\n`);
    return 0;
  }
  if (values.version) {
    io.out.write(`${version()}\n`);
    return 0;
  }
  const [command, ...inputs] = positionals;
  if (command !== 'check') throw new UsageError(command ? `unknown command "${command}"` : 'missing command');
  if (inputs.length === 0) throw new UsageError('no files given');
  if (values.format !== 'pretty' && values.format !== 'json') throw new UsageError(`unknown format "${values.format}"`);

  const store = new SchemaStore(bundledSchemasDir(__dirname));
  if (values.schema !== undefined) {
    const forced = store.resolve(values.schema, io.cwd);
    if (!('schema' in forced)) {
      const where = isSchemaPath(values.schema) ? values.schema : 'schema';
      for (const problem of forced.problems ?? []) {
        const at = toOneBased(problem.range.start);
        io.err.write(`${where}:${at.line}:${at.column} error ${problem.message}\n`);
      }
      io.err.write(`mlsd: ${forced.error}\n`);
      return 2;
    }
  }

  const { files, unmatched } = expandInputs(inputs, io.cwd);
  if (unmatched.length > 0) throw new UsageError(`no Markdown files match ${unmatched.map((u) => `"${u}"`).join(', ')}`);
  const results: FileResult[] = files.map((path) => ({ path, analysis: check(path, io.cwd, store, values) }));

  io.out.write(values.format === 'json' ? formatJson(results) : formatPretty(results, colorWanted(io.out)));
  return summarize(results).errors > 0 ? 1 : 0;
}

function check(path: string, cwd: string, store: SchemaStore, values: { schema?: string; include?: string[] }): Analysis {
  const absolute = resolve(cwd, path);
  let text: string;
  try {
    // Editors hide a byte-order mark; so does the analysis, so columns agree.
    text = readFileSync(absolute, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    throw new Error(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const forceSchema = values.schema && isSchemaPath(values.schema) ? resolve(cwd, values.schema) : values.schema;
  return analyze(text, {
    path,
    include: values.include,
    defaultSchema: DEFAULT_SCHEMA,
    forceSchema,
    resolveSchema: (ref) => store.resolve(ref, dirname(absolute)),
  });
}

function colorWanted(stream: NodeJS.WritableStream): boolean {
  return Boolean((stream as { isTTY?: boolean }).isTTY) && !process.env.NO_COLOR;
}

function version(): string {
  return process.env.MLSD_VERSION ?? 'unknown';
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
