/**
 * Templates: for each case study, the prompts a reviewer asks per section of the schema,
 * rendered into a complete document skeleton (for `mlsd new` and the editor command) or
 * into a snippet with a tab stop on every prompt. The checker knows every prompt's exact
 * line, so a prompt left as written is recognised, never guessed (see prompts.ts).
 */
import templatesSchema from '../../../schemas/templates.schema.json';
import type { Schema, SectionSpec } from './schema.js';
import { compileValidator, pathLabel, readYaml, type SchemaProblem } from './yaml-read.js';

export interface Prompt {
  ask: string;
  /** Typical choices, offered and never chosen. */
  options: string[];
}

export interface Template {
  id: string;
  title: string;
  /** One line: the problem the case designs for. */
  description: string;
  /** By section id. */
  prompts: Record<string, Prompt[]>;
}

export interface SectionSnippet {
  description: string;
  /** With `{{text}}` and `{{a | b}}` tab stops. */
  body: string;
}

export interface TemplateSet {
  schemaId: string;
  list: Template[];
  byId: Map<string, Template>;
  /** Every prompt as it is written into a document: what a prompt left untouched reads. */
  lines: Set<string>;
  sectionSnippets: Record<string, SectionSnippet>;
}

/** The template whose prompts stand in for a section a case does not prompt for itself. */
export const BLANK_TEMPLATE = 'blank';

interface RawTemplates {
  schema: string;
  templates: Array<{ id: string; title: string; description: string; prompts: Record<string, Array<string | { ask: string; options?: string[] }>> }>;
  'section-snippets'?: Record<string, SectionSnippet>;
}

let validate: ReturnType<typeof compileValidator<RawTemplates>> | undefined;

/** Templates YAML checked against templates.schema.json and against the schema they follow. */
export function loadTemplates(text: string, schema: Schema): { templates?: TemplateSet; problems: SchemaProblem[] } {
  const read = readYaml(text, (validate ??= compileValidator<RawTemplates>(templatesSchema)));
  if (!read.raw) return { problems: read.problems };
  const problems = crossCheck(read.raw, schema).map(({ path, message }) => ({
    message: `${pathLabel(path.map(String))}: ${message}`,
    range: read.rangeAt(path),
  }));
  return problems.length > 0 ? { problems } : { templates: buildTemplates(read.raw), problems: [] };
}

/** Templates from data validated when MLSD was built. */
export function loadTrustedTemplates(raw: unknown): TemplateSet {
  return buildTemplates(raw as RawTemplates);
}

function crossCheck(raw: RawTemplates, schema: Schema): Array<{ path: Array<string | number>; message: string }> {
  const problems: Array<{ path: Array<string | number>; message: string }> = [];
  if (raw.schema !== schema.id) problems.push({ path: ['schema'], message: `names "${raw.schema}", but these templates sit beside schema "${schema.id}"` });
  const ids = new Set<string>();
  const lines = new Set<string>();
  raw.templates.forEach((template, index) => {
    if (ids.has(template.id)) problems.push({ path: ['templates', index, 'id'], message: `"${template.id}" is used twice` });
    ids.add(template.id);
    for (const [sectionId, prompts] of Object.entries(template.prompts)) {
      const where = ['templates', index, 'prompts', sectionId];
      if (!schema.byId.has(sectionId)) {
        problems.push({ path: where, message: `unknown section "${sectionId}"` });
        continue;
      }
      prompts.forEach((raw, at) => {
        const prompt = toPrompt(raw);
        const line = promptLine(prompt);
        // A prompt must stay one paragraph line of its own to be recognised when left as written.
        if (/[\r\n]/.test(line) || !/^\p{L}/u.test(prompt.ask)) {
          problems.push({ path: [...where, at], message: 'a prompt is one line that starts with a letter' });
        } else if (lines.has(line)) {
          problems.push({ path: [...where, at], message: 'this prompt is written twice; each must read differently' });
        } else if (prompt.options.some((option) => /[,|]/.test(option))) {
          problems.push({ path: [...where, at, 'options'], message: 'an option cannot hold "," or "|"' });
        }
        lines.add(line);
      });
    }
  });
  for (const sectionId of Object.keys(raw['section-snippets'] ?? {})) {
    if (!schema.byId.has(sectionId)) problems.push({ path: ['section-snippets', sectionId], message: `unknown section "${sectionId}"` });
  }
  return problems;
}

function toPrompt(raw: string | { ask: string; options?: string[] }): Prompt {
  return typeof raw === 'string' ? { ask: raw.trim(), options: [] } : { ask: raw.ask.trim(), options: raw.options ?? [] };
}

function buildTemplates(raw: RawTemplates): TemplateSet {
  const list = raw.templates.map((template) => ({
    id: template.id,
    title: template.title,
    description: template.description,
    prompts: Object.fromEntries(Object.entries(template.prompts).map(([id, prompts]) => [id, prompts.map(toPrompt)])),
  }));
  return {
    schemaId: raw.schema,
    list,
    byId: new Map(list.map((template) => [template.id, template])),
    lines: new Set(list.flatMap((template) => Object.values(template.prompts).flat().map(promptLine))),
    sectionSnippets: raw['section-snippets'] ?? {},
  };
}

/** A prompt as written into a document: the question, then its options. */
export function promptLine(prompt: Prompt): string {
  if (prompt.options.length === 0) return prompt.ask;
  const options = prompt.options.length === 2 ? prompt.options.join(' or ') : `${prompt.options.slice(0, -1).join(', ')} or ${prompt.options.at(-1)}`;
  return `${prompt.ask} Options: ${options}.`;
}

export interface RenderOptions {
  /** A VS Code snippet: a tab stop on the title, the author and every prompt. */
  snippet?: boolean;
  author?: string;
}

/**
 * A value for the frontmatter as one YAML scalar: plain when it is only words, else quoted
 * (a JSON string is a YAML double-quoted scalar), so a name holding a newline or a colon
 * cannot add keys of its own.
 */
function yamlScalar(value: string): string {
  return /^[\p{L}\p{N}][\p{L}\p{N} .'_-]*$/u.test(value) && !value.endsWith(' ') ? value : value === '' ? '' : JSON.stringify(value);
}

/**
 * A complete document for a case: frontmatter, the title, the problem, then every section
 * of the schema in order, each with its prompts (the blank template's where the case has none).
 */
export function renderTemplate(template: Template, set: TemplateSet, schema: Schema, options: RenderOptions = {}): string {
  const stops = new TabStops(options.snippet ?? false);
  const blank = set.byId.get(BLANK_TEMPLATE);
  const lines = [
    '---',
    `framework: ${schema.id}`,
    `case: ${template.id}`,
    `title: ${stops.text(template.title)}`,
    'status: draft',
    `author: ${options.snippet ? stops.text(options.author ?? '') : yamlScalar(options.author ?? '')}`.trimEnd(),
    '---',
    '',
    `# ${options.snippet ? '$1' : template.title}`,
    '',
    stops.literal(template.description),
    '',
  ];
  const section = (spec: SectionSpec, depth: number) => {
    lines.push(`${'#'.repeat(depth)} ${spec.title}`, '');
    const prompts = template.prompts[spec.id] ?? blank?.prompts[spec.id] ?? [];
    for (const prompt of prompts) lines.push(stops.text(promptLine(prompt)), '');
    for (const child of spec.sections) section(child, depth + 1);
  };
  for (const step of schema.sections) section(step, 2);
  if (options.snippet) lines.push('$0');
  while (lines.at(-1) === '') lines.pop();
  return lines.join('\n') + '\n';
}

/** A section's snippet body: its heading at `depth`, then its own body or the blank template's prompts. */
export function renderSectionSnippet(spec: SectionSpec, set: TemplateSet, depth: number): string {
  const stops = new TabStops(true);
  const lines = [`${'#'.repeat(depth)} ${spec.title}`, ''];
  const own = set.sectionSnippets[spec.id];
  if (own) {
    lines.push(
      ...own.body.trimEnd().split('\n').map((line) =>
        line.split(/(\{\{[^}]*\}\})/).map((part) => {
          const stop = /^\{\{([^}]*)\}\}$/.exec(part);
          if (!stop) return stops.literal(part);
          const choices = stop[1]!.split('|').map((choice) => choice.trim());
          return choices.length > 1 ? stops.choice(choices) : stops.text(choices[0]!);
        }).join(''),
      ),
    );
  } else {
    const prompts = set.byId.get(BLANK_TEMPLATE)?.prompts[spec.id] ?? [];
    lines.push(...prompts.flatMap((prompt, index) => [...(index > 0 ? [''] : []), stops.text(promptLine(prompt))]));
  }
  lines.push('', '$0');
  return lines.join('\n') + '\n';
}

/** Numbers tab stops in order; in plain text (not a snippet) writes the text as is. */
class TabStops {
  private next = 1;

  constructor(private readonly snippet: boolean) {}

  text(value: string): string {
    return this.snippet ? `\${${this.next++}${value ? `:${escape(value)}` : ''}}` : value;
  }

  choice(values: string[]): string {
    return this.snippet ? `\${${this.next++}|${values.map((v) => v.replace(/[,|\\$}]/g, '\\$&')).join(',')}|}` : values[0]!;
  }

  literal(value: string): string {
    return this.snippet ? escape(value) : value;
  }
}

/** Snippet syntax gives `$`, `}` and `\` a meaning: written out, they are escaped. */
function escape(text: string): string {
  return text.replace(/[\\$}]/g, '\\$&');
}

export interface SnippetEntry {
  prefix: string;
  description: string;
  body: string[];
  /** VS Code offers file templates in "Snippets: Fill File with Snippet" and our "New Design Doc" command. */
  isFileTemplate?: boolean;
}

/**
 * The VS Code snippet file for a schema's templates: one snippet per case (the blank
 * doc first) and one per section, steps at `##` and sub-sections at `###`.
 */
export function snippetsOf(schema: Schema): Record<string, SnippetEntry> {
  const set = schema.templates;
  if (!set) return {};
  const entries: Record<string, SnippetEntry> = {};
  const ordered = [...set.list].sort((a, b) => Number(b.id === BLANK_TEMPLATE) - Number(a.id === BLANK_TEMPLATE));
  for (const template of ordered) {
    entries[`${schema.title}: ${template.title}`] = {
      prefix: `mlsd-${template.id}`,
      description: template.description,
      body: bodyLines(renderTemplate(template, set, schema, { snippet: true })),
      isFileTemplate: true,
    };
  }
  const section = (spec: SectionSpec, depth: number) => {
    entries[`${schema.title} section: ${spec.title}`] = {
      prefix: `mlsd-${spec.id}`,
      description: set.sectionSnippets[spec.id]?.description ?? spec.guidance,
      body: bodyLines(renderSectionSnippet(spec, set, depth)),
    };
    for (const child of spec.sections) section(child, depth + 1);
  };
  for (const step of schema.sections) section(step, 2);
  return entries;
}

function bodyLines(text: string): string[] {
  return text.replace(/\n$/, '').split('\n');
}
