#!/usr/bin/env node
/**
 * `mlsd check`: the same analysis as the editor, for CI and review prep.
 * `mlsd new`: a case-study template, scaffolded into a new document.
 * Exit codes: 0 no error-level finding, 1 some, 2 usage or internal error.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeFileSync } from 'node:fs';
import { DEFAULT_SCHEMA, renderTemplate, toOneBased } from './core/index.js';
import { checkFiles } from './cli/check-files.js';
import { expandInputs } from './cli/files.js';
import { formatJson, prettyFile, prettySummary, printable, summarize, type FileResult } from './cli/format.js';
import { bundledSchemasDir, isSchemaPath, SchemaStore } from './node/schema-store.js';

const USAGE = `Usage: mlsd check [options] <files|dirs|globs...>
       mlsd new <case> [-o <file>] [--author <name>]
       mlsd new --list

check: checks ML system design documents against the framework schema.
  --schema <id|path>       check files that do not opt in against this schema
  --format <pretty|json>   output format (default: pretty)
  --include <glob>         paths checked without frontmatter opt-in (repeatable;
                           default: **/*.mlsd.md and **/design-docs/**/*.md)

new: writes a new design doc from a case-study template (to stdout, or to a file).
  -o, --output <file>      write to this file (never over an existing one)
  --author <name>          the author in the frontmatter
  --schema <id|path>       use this schema's templates (default: ml-system-design)
  --list                   list the templates

  -h, --help               show this help
  -v, --version            show the version

Exit codes: 0 no errors, 1 error-level findings, 2 usage or internal error.`;

class UsageError extends Error {}

/** Linux's PATH_MAX; Windows and macOS allow less. */
const MAX_PATH_ARGUMENT = 4096;

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
        output: { type: 'string', short: 'o' },
        author: { type: 'string' },
        list: { type: 'boolean' },
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
  if (command === 'new') return scaffold(inputs, values, io);
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

  // No file system takes a path this long; the glob library would fail with an unclear message.
  const tooLong = inputs.find((input) => input.length > MAX_PATH_ARGUMENT);
  if (tooLong) throw new UsageError(`a path of ${tooLong.length.toLocaleString('en-US')} characters is longer than any file system allows (${MAX_PATH_ARGUMENT.toLocaleString('en-US')})`);
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
  // Every file is reported; one that could not be analysed makes the run an internal error.
  const failed = results.filter((result) => result.analysis.findings.some((finding) => finding.rule === 'internal-error'));
  if (failed.length > 0) {
    io.err.write(`mlsd: internal error: could not analyse ${failed.map((result) => printable(result.path)).join(', ')}\n`);
    return 2;
  }
  return summarize(results).errors > 0 ? 1 : 0;
}

/** `mlsd new`: a template rendered as a document, to stdout or to a new file. */
function scaffold(
  inputs: string[],
  values: { schema?: string; output?: string; author?: string; list?: boolean },
  io: { out: NodeJS.WritableStream; err: NodeJS.WritableStream; cwd: string },
): number {
  const store = new SchemaStore(bundledSchemasDir(__dirname), __dirname);
  const resolution = store.resolve(values.schema ?? DEFAULT_SCHEMA, io.cwd);
  if (!('schema' in resolution)) throw new UsageError(resolution.error);
  const { schema } = resolution;
  const templates = schema.templates;
  if (!templates) throw new UsageError(`schema "${schema.id}" has no templates (they live beside it, in a .templates.yaml file)`);
  const names = templates.list.map((template) => template.id);
  if (values.list) {
    const width = Math.max(...names.map((name) => name.length));
    for (const template of templates.list) io.out.write(`${template.id.padEnd(width)}  ${template.description}\n`);
    return 0;
  }
  if (inputs.length !== 1) throw new UsageError(inputs.length === 0 ? 'which template? (mlsd new --list)' : 'one template at a time');
  const template = templates.byId.get(inputs[0]!);
  if (!template) throw new UsageError(`unknown template "${inputs[0]}": use one of ${names.join(', ')}`);
  const text = renderTemplate(template, templates, schema, { author: values.author });
  if (values.output === undefined) {
    io.out.write(text);
    return 0;
  }
  const path = resolve(io.cwd, values.output);
  try {
    // "wx": never overwrite what someone wrote.
    writeFileSync(path, text, { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.err.write(`mlsd: ${code === 'EEXIST' ? `${values.output} already exists; not overwritten` : (error as Error).message}\n`);
    return 2;
  }
  io.err.write(`mlsd: wrote ${values.output} (${template.title}); run "mlsd check ${values.output}" to see what is left to write\n`);
  return 0;
}

function colorWanted(stream: NodeJS.WritableStream): boolean {
  return Boolean((stream as { isTTY?: boolean }).isTTY) && !process.env.NO_COLOR;
}

function version(): string {
  return process.env.MLSD_VERSION ?? 'unknown';
}

if (require.main === module) {
  // A reader that stops reading (`mlsd check | head -1`) ends the run as it ends any Unix
  // tool: quietly, with the status of SIGPIPE, never a stack trace or the "errors found" code.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(141);
    throw error;
  });
  void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
