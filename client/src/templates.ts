/** The case-study templates in the generated snippets file: what "New Design Doc…" offers. */

export interface TemplateChoice {
  /** The template's id, as `mlsd new` and the frontmatter's `case` name it. */
  id: string;
  title: string;
  description: string;
  /** The snippet body, tab stops and all. */
  body: string;
}

interface SnippetEntry {
  prefix: string;
  description: string;
  body: string[];
  isFileTemplate?: boolean;
}

/** File templates in the snippets file's order (the blank doc first). */
export function templateChoices(snippetsJson: string): TemplateChoice[] {
  const entries = JSON.parse(snippetsJson) as Record<string, SnippetEntry>;
  return Object.entries(entries)
    .filter(([, entry]) => entry.isFileTemplate)
    .map(([name, entry]) => ({
      id: entry.prefix.replace(/^mlsd-/, ''),
      title: name.slice(name.indexOf(': ') + 2),
      description: entry.description,
      body: entry.body.join('\n'),
    }));
}
