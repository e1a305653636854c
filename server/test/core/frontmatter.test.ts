/** Whatever a frontmatter holds, it comes back as problems at a place, never as an exception or a stall. */
import { describe, expect, it } from 'vitest';
import { frontmatterScalar, MAX_FRONTMATTER_BYTES, MAX_FRONTMATTER_DEPTH } from '../../src/core/frontmatter.js';
import { parseMarkdown } from '../../src/core/parse.js';

const read = (yaml: string) => parseMarkdown(`---\n${yaml}\n---\n# Doc\n`).frontmatter!;
const problems = (yaml: string) => read(yaml).problems.map((p) => `${p.range.start.line}:${p.range.start.character} ${p.message}`);

describe('frontmatter read within bounds', () => {
  it('reports an alias whose anchor is never set where the alias is', () => {
    expect(problems('framework: ml-system-design\ncase: *nope')).toEqual(['2:6 Frontmatter is not valid YAML: Unresolved alias (the anchor must be set before the alias): nope']);
  });

  it('reports an alias bomb instead of expanding it', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...['b', 'c', 'd', 'e', 'f', 'g'].map((k, i) => `${k}: &${k} [${Array(10).fill(`*${i === 0 ? 'a' : String.fromCharCode(97 + i)}`).join(', ')}]`)].join('\n');
    const found = read(bomb);
    expect(found.data).toBeUndefined();
    expect(found.problems[0]!.message).toMatch(/alias/i);
    expect(found.problems[0]!.range.start.line).toBe(2);
  });

  it('refuses nesting deeper than the limit, at the opening fence, without parsing it', () => {
    const deep = (levels: number) => `k: ${'{a: '.repeat(levels)}1${'}'.repeat(levels)}`;
    expect(read(deep(MAX_FRONTMATTER_DEPTH - 2)).problems).toEqual([]);
    for (const levels of [MAX_FRONTMATTER_DEPTH + 1, 2000]) {
      expect(problems(deep(levels))).toEqual([`0:0 Frontmatter nests more than ${MAX_FRONTMATTER_DEPTH} levels deep: MLSD does not read it`]);
    }
    const indented = Array.from({ length: 100 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n');
    expect(problems(indented)[0]).toMatch(/^0:0 Frontmatter nests more than/);
  });

  it('refuses a frontmatter larger than the limit, and still reads the framework it names', () => {
    const big = `framework: ml-system-design\n${Array.from({ length: 2000 }, (_, i) => `key${i}: value ${i}`).join('\n')}`;
    expect(big.length).toBeGreaterThan(MAX_FRONTMATTER_BYTES);
    const found = read(big);
    expect(found.problems.map((p) => p.message)).toEqual([`Frontmatter is ${Math.ceil(big.length / 1024)} KB: MLSD reads frontmatter up to 16 KB`]);
    expect(frontmatterScalar(found, 'framework')).toBe('ml-system-design');
  });

  it('reads a scalar from broken YAML by its line, quotes and comments aside', () => {
    const broken = read('title: [unclosed\nframework: "./team.yaml" # ours\nframeworks: nope');
    expect(broken.data).toBeUndefined();
    expect(frontmatterScalar(broken, 'framework')).toBe('./team.yaml');
    expect(frontmatterScalar(read(`title: [x\nframework:${' '.repeat(20000)}\n`), 'framework')).toBeUndefined();
  });
});
