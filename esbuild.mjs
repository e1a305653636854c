// Bundles the VS Code client, the language server and the CLI into dist/ (CommonJS, Node 20).
import { readFileSync } from 'node:fs';
import * as esbuild from 'esbuild';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const options = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  outdir: 'dist',
  entryPoints: {
    extension: 'client/src/extension.ts',
    server: 'server/src/main.ts',
    cli: 'server/src/cli.ts',
    // The analysis thread of the server and the CLI.
    worker: 'server/src/worker.ts',
    // The pure core as a library, for the benchmark and the evaluation scripts.
    core: 'server/src/core/index.ts',
  },
  external: ['vscode'],
  // Some ESM dependencies read import.meta.url, which CommonJS output lacks.
  define: { 'import.meta.url': '__mlsdImportMetaUrl', 'process.env.MLSD_VERSION': JSON.stringify(version) },
  banner: { js: "const __mlsdImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
};

/**
 * JSON snapshots of the bundled schemas, validated here so hosts can skip YAML and
 * validation at start-up. A snapshot is used only while its schema's text is unchanged.
 */
async function snapshotSchemas() {
  const { createRequire } = await import('node:module');
  const { createHash } = await import('node:crypto');
  const { existsSync, readdirSync, writeFileSync } = await import('node:fs');
  const { parse } = await import('yaml');
  const require = createRequire(import.meta.url);
  const { loadSchema, loadTemplates } = require('./dist/core.js');
  const schemaFiles = readdirSync('schemas').filter((file) => /\.ya?ml$/.test(file) && !/\.templates\.ya?ml$/.test(file));
  for (const name of schemaFiles) {
    const text = readFileSync(`schemas/${name}`, 'utf8');
    const { schema, problems } = loadSchema(text);
    if (problems.length > 0) throw new Error(`schemas/${name} is invalid: ${problems.map((p) => p.message).join('; ')}`);
    // Its templates, if it has them (see templatesFileOf and snapshotKey in server/src/node/schema-store.ts).
    const templatesFile = `schemas/${name.replace(/\.ya?ml$/, '.templates.yaml')}`;
    const templatesText = existsSync(templatesFile) ? readFileSync(templatesFile, 'utf8') : undefined;
    if (templatesText !== undefined) {
      const loaded = loadTemplates(templatesText, schema);
      if (loaded.problems.length > 0) throw new Error(`${templatesFile} is invalid: ${loaded.problems.map((p) => p.message).join('; ')}`);
    }
    const key = templatesText === undefined ? text : `${text}\0${templatesText}`;
    const sha256 = createHash('sha256').update(key).digest('hex');
    const snapshot = { sha256, data: parse(text), ...(templatesText !== undefined ? { templates: parse(templatesText) } : {}) };
    writeFileSync(`dist/${name.replace(/\.ya?ml$/, '')}.schema.json`, JSON.stringify(snapshot));
  }
}

if (watch) {
  const context = await esbuild.context(options);
  await context.watch();
} else {
  await esbuild.build(options);
  await snapshotSchemas();
}
