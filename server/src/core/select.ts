/**
 * Which documents are checked, and against which schema. In order: the frontmatter's
 * `framework:`; a schema forced by the host (the CLI's --schema); a path matching the
 * include globs; a document whose headings name at least three framework steps.
 * Everything else is left alone.
 */
import picomatch from 'picomatch';
import { frontmatterScalar, type Frontmatter } from './frontmatter.js';
import type { Range } from './types.js';

/** Why a document is checked: it says so, the host forces it, its path, or it reads as a design doc by its headings or its content. */
export type SelectionReason = 'frontmatter' | 'forced' | 'include' | 'headings' | 'content' | 'none';

export interface Selection {
  reason: SelectionReason;
  /** A bundled schema id or a path to a schema file, as written. */
  schemaRef?: string;
  /** Where the reference is written, for problems with it. */
  refRange?: Range;
}

export const DEFAULT_INCLUDE = ['**/*.mlsd.md', '**/design-docs/**/*.md'];

/** A project's README or changelog may well have "Data", "Model" and "Evaluation" sections; it is no design doc unless it says so. */
const PROJECT_FILES = /^(readme|changelog|changes|history|contributing|code_of_conduct|security|license|authors|notice)(\.[^/]*)?$/i;

export function mayBeDetectedByHeadings(path: string | undefined): boolean {
  const name = path?.split(/[\\/]/).pop();
  return !name || !PROJECT_FILES.test(name);
}

const globCache = new Map<string, (path: string) => boolean>();

export function matchesInclude(path: string, include: readonly string[]): boolean {
  const key = include.join('\0');
  let test = globCache.get(key);
  if (!test) {
    test = include.length > 0 ? picomatch([...include], { dot: true }) : () => false;
    globCache.set(key, test);
  }
  return test(path.replace(/\\/g, '/').replace(/^\/+/, ''));
}

export function selectByDeclaration(
  parsed: { frontmatter?: Frontmatter },
  options: { path?: string; include: readonly string[]; forced?: string; defaultSchema: string },
): Selection | undefined {
  const frontmatter = parsed.frontmatter;
  const declared = frontmatter ? frontmatterScalar(frontmatter, 'framework') : undefined;
  if (frontmatter && declared) return { reason: 'frontmatter', schemaRef: declared, refRange: frontmatter.valueRange('framework') };
  if (options.forced) return { reason: 'forced', schemaRef: options.forced };
  if (options.path !== undefined && matchesInclude(options.path, options.include)) {
    return { reason: 'include', schemaRef: options.defaultSchema };
  }
  return undefined;
}
