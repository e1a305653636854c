#!/usr/bin/env node
/**
 * `mlsd check`: the same analysis as the editor, for CI and review prep.
 * Exit codes: 0 no error-level finding, 1 some, 2 usage or internal error.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { toOneBased } from './core/index.js';
import { checkFiles } from './cli/check-files.js';
import { expandInputs } from './cli/files.js';
import { formatJson, prettyFile, prettySummary, summarize, type FileResult } from './cli/format.js';
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

export async function main(argv: string[], io = { out: process.stdout, err: process.stderr, cwd: process.cwd() }): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err.write(`mlsd: ${error.message}\n\n${USAGE}\n`);
    } else {
      io.err.write(`mlsd: internal error: ${(error as Error).message}\n`);
    }
    return 2;
  }
}

async function run(argv: string[], io: { out: NodeJS.WritableStream; err: NodeJS.WritableStream; cwd: string }): Promise<number> {
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

  const schemasDir = bundledSchemasDir(__dirname);
  const store = new SchemaStore(schemasDir, __dirname);
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
  const color = colorWanted(io.out);
  const json = values.format === 'json';
  const analyses = await checkFiles(files, {
    cwd: io.cwd,
    bundleDir: __dirname,
    schemasDir,
    store,
    request: {
      include: values.include,
      forceSchema: values.schema && isSchemaPath(values.schema) ? resolve(io.cwd, values.schema) : values.schema,
    },
    // Pretty output streams file by file, in order; JSON is one document at the end.
    onResult: (index, analysis) => {
      if (!json) io.out.write(prettyFile({ path: files[index]!, analysis }, color));
    },
  });
  const results: FileResult[] = files.map((path, index) => ({ path, analysis: analyses[index]! }));
  io.out.write(json ? formatJson(results) : prettySummary(results, color));
  return summarize(results).errors > 0 ? 1 : 0;
}

function colorWanted(stream: NodeJS.WritableStream): boolean {
  return Boolean((stream as { isTTY?: boolean }).isTTY) && !process.env.NO_COLOR;
}

function version(): string {
  return process.env.MLSD_VERSION ?? 'unknown';
}

if (require.main === module) void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
