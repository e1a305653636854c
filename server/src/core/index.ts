/** The pure analysis core: text and schema in, findings out. Shared by the language server and the CLI. */
export { analyze, DEFAULT_MAX_LENGTH, DEFAULT_SCHEMA } from './analyze.js';
export type { Analysis, AnalyzeOptions, FactReport, SchemaResolution, SectionReport } from './analyze.js';
export { createDocumentCache, warmCache, type DocumentCache } from './document.js';
export { fromOneBased, LineIndex, toOneBased } from './positions.js';
export { RULES } from './rules/index.js';
export type { Rule } from './rules/rule.js';
export { countsAsMetric, loadSchema, loadTrustedSchema, metricFacts, stepOf } from './schema.js';
export type { Schema, SchemaLoad, SchemaProblem } from './schema.js';
export { DEFAULT_INCLUDE, matchesInclude } from './select.js';
export type * from './types.js';
export { BLANK_TEMPLATE, loadTemplates, loadTrustedTemplates, promptLine, renderSectionSnippet, renderTemplate, snippetsOf } from './templates.js';
export type { Prompt, SnippetEntry, Template, TemplateSet } from './templates.js';
export { coverage, place, type Coverage } from './coverage.js';
