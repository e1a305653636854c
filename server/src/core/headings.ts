/**
 * Heading and label matching. Real documents number, decorate and punctuate their
 * headings ("5. Evaluation", "Step 6 – Serving", "🚀 Deployment!"), so both the heading
 * and the schema's aliases are reduced to plain lower-case words before comparing.
 */
import { remember } from './memo.js';
import type { SectionSpec } from './schema.js';

/**
 * Scripts whose words an alias may sit inside: those written without spaces, and Korean, whose
 * spacing of compounds varies ("시범운영", "시범 운영") and whose particles join the noun ("모델의").
 */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** A space between two Korean words, which authors may as well leave out. */
const KOREAN_SPACE = /(?<=\p{Script=Hangul}) (?=\p{Script=Hangul})/gu;

const PICTOGRAPHS = /[\p{Extended_Pictographic}\p{So}\u{FE0F}\u{200D}]/gu;
const NUMBERING = [
  // "Step 5 –", "Part 2:", "Section 3.", "Шаг 5.", "Paso 5:", "Schritt 5 –", "Étape 5", "Passo 5"
  /^(?:step|part|section|stage|phase|chapter|шаг|этап|раздел|часть|paso|etapa|parte|schritt|teil|etape|passo|fase)\s*(?:\d+(?:\.\d+)*|[ivx]+)\s*[.):\-–—]?\s+/u,
  // The page, tab or slide of a tool's export the heading sits on, numbered or not: "Page: Open questions", "Slide 4 · Enfoque",
  // "Tab 1 — Summary", "SECTION: MODEL IDEAS", "Diapositiva 7 — Qué entra al modelo".
  /^(?:page|tab|slide|section|part|chapter|folie|seite|diapositiva|diapo|lamina|pagina|aba|capitulo|kapitel|abschnitt|слайд|страница|вкладка|глава|スライド|ページ|슬라이드|페이지|幻灯片|页面)\s*(?:\d+(?:\.\d+)*|[ivx]+)?\s*[.:\-–—·|]\s+/u,
  // "一、", "（三）", "第5步", "第二章"
  /^[(（]?[一二三四五六七八九十]+[)）]?\s*[、.:：]?\s*/u,
  /^第\s*[一二三四五六七八九十\d]+\s*[步章节節部]?\s*[、.:：\-]?\s*/u,
  // "5.", "5)", "5.2 -", "IV.", "b)"
  /^(?:\d+(?:\.\d+)*|[ivx]+|[a-h])\s*[.):\-–—]\s*/u,
  // "5 Evaluation", "#5"
  /^#?\d+(?:\.\d+)*\s+/u,
];

// Headings are read on every analysis and rarely change: each is normalised once.
const normalized = new Map<string, string>();

/**
 * What a phrase is looked for as in a normalised heading padded with spaces: as whole words,
 * or anywhere in scripts written without spaces ("第 37 周周报" holds "周报").
 */
export function phraseNeedle(phrase: string): string {
  return UNSPACED.test(phrase) ? phrase : ` ${phrase} `;
}

/** Whether a title holds one of the phrases (normalized as headings are): "Meeting notes", "Model card". */
export function titleNames(title: string | undefined, phrases: readonly string[]): boolean {
  if (!title || phrases.length === 0) return false;
  const words = ` ${normalizeHeading(title)} `;
  return phrases.some((phrase) => words.includes(phraseNeedle(phrase)));
}

export function normalizeHeading(text: string): string {
  return remember(normalized, text, () => normalize(text));
}

function normalize(text: string): string {
  let value = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(PICTOGRAPHS, ' ')
    .trim();
  for (let changed = true; changed; ) {
    changed = false;
    for (const pattern of NUMBERING) {
      const next = value.replace(pattern, '');
      if (next !== value && next.length > 0) {
        value = next.trim();
        changed = true;
      }
    }
  }
  return value
    .replace(/[&+/]/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(KOREAN_SPACE, '');
}

export interface AliasMatch {
  section: SectionSpec;
  /** The whole heading is an alias; weak matches only contain one. */
  strong: boolean;
}

export interface AliasIndex {
  /** Every section the text names: wholly (strong) or as a phrase within it (weak). */
  match(text: string): AliasMatch[];
}


export function compileAliases(sections: SectionSpec[]): AliasIndex {
  const byAlias = new Map<string, SectionSpec[]>();
  for (const section of sections) {
    for (const alias of [section.title, section.id.replace(/-/g, ' '), ...section.aliases]) {
      const key = normalizeHeading(alias);
      if (!key) continue;
      const owners = byAlias.get(key) ?? [];
      if (!owners.includes(section)) owners.push(section);
      byAlias.set(key, owners);
    }
  }
  // Candidates by first word, longest first so "model serving" wins over "model" in the same words;
  // aliases in unspaced scripts may start anywhere in a heading.
  const byFirstWord = new Map<string, string[]>();
  const unspaced: string[] = [];
  for (const alias of [...byAlias.keys()].sort((a, b) => b.length - a.length)) {
    if (UNSPACED.test(alias)) unspaced.push(alias);
    else {
      const first = alias.split(' ')[0]!;
      byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), alias]);
    }
  }

  const memo = new Map<string, AliasMatch[]>();
  const compute = (text: string): AliasMatch[] => {
    const heading = normalizeHeading(text);
    if (!heading) return [];
    const exact = byAlias.get(heading);
    if (exact) return exact.map((section) => ({ section, strong: true }));
    const candidates = [...new Set(heading.split(' ').flatMap((word) => byFirstWord.get(word) ?? []))];
    if (UNSPACED.test(heading)) candidates.push(...unspaced);
    candidates.sort((a, b) => b.length - a.length);
    const padded = ` ${heading} `;
    const taken: Array<[number, number]> = [];
    const found: Array<AliasMatch & { at: number }> = [];
    for (const alias of candidates) {
      const needle = phraseNeedle(alias);
      let from = 0;
      for (let at = padded.indexOf(needle, from); at >= 0; at = padded.indexOf(needle, from)) {
        const span: [number, number] = [at, at + needle.length - 1];
        from = at + 1;
        if (taken.some(([start, end]) => span[0] < end && start < span[1])) continue;
        taken.push(span);
        for (const section of byAlias.get(alias)!) {
          if (!found.some((m) => m.section === section)) found.push({ section, strong: false, at });
        }
      }
    }
    // In the order the heading names them.
    return found.sort((a, b) => a.at - b.at).map(({ section, strong }) => ({ section, strong }));
  };

  return {
    match(text) {
      return remember(memo, text, () => compute(text));
    },
  };
}

/**
 * Headings of parts that belong to no step (references, open questions, an interviewer's
 * feedback), matched whole, or once a trailing aside in parentheses is set apart:
 * "Feedback (Jihun)" is feedback. Not when the parenthesis names a section itself:
 * "Reference (baseline)" is the baseline to compare against, not a list of references.
 */
export function compileAsides(headings: readonly string[], namesSection: (text: string) => boolean): (title: string) => boolean {
  const known = new Set(headings.map(normalizeHeading));
  // Asked of every heading and label on every analysis: each title is judged once.
  const judged = new Map<string, boolean>();
  const judge = (title: string): boolean => {
    if (known.has(normalizeHeading(title))) return true;
    // Two asides under one heading: "면접관 피드백 / 느낀 점", "References & further reading".
    const pieces = title.split(JOINED);
    if (pieces.length > 1 && pieces.every((piece) => known.has(normalizeHeading(piece)))) return true;
    const parenthesis = TRAILING_PARENTHESIS.exec(title);
    const bare = parenthesis !== null && !namesSection(parenthesis[1]!) ? title.slice(0, parenthesis.index).trimEnd() : title;
    if (bare !== title && known.has(normalizeHeading(bare))) return true;
    // Whose it is: "Sabine's feedback", "Фидбек Андрея", "老周的反馈" are feedback, unless the name is a step's ("Model feedback").
    // Such a heading is a few words: a longer one is no aside, and is not searched for a name (a run of spaces would be slow).
    return bare.length <= PERSON_HEADING && PERSONS.some((person) => {
      const { name, rest } = person.exec(bare.trim())?.groups ?? {};
      return name !== undefined && rest !== undefined && !namesSection(name) && known.has(normalizeHeading(rest));
    });
  };
  return (title) => remember(judged, title, () => judge(title));
}

/** A person's name beside a heading: "Sabine's feedback", "Sabines Feedback", "Фидбек Андрея", "老周的反馈", "田中さんの講評", "지훈님 피드백". */
const PERSON_HEADING = 80;
const PERSONS = [
  /^(?<name>\p{Lu}\p{Ll}+)(?:['’]s|s)\s+(?<rest>.+)$/u,
  // "Feedback from Priya", "Feedback von Jonas", "Feedback da Camila", "Фидбек от Андрея": the word for whose may stand before the name.
  /^(?<rest>.+?)\s+(?:(?:from|by|of|von|vom|de|del|da|do|par|от)\s+)?(?<name>\p{Lu}\p{Ll}+)$/u,
  /^(?<name>[^\s的]{1,4})的(?<rest>.+)$/u,
  /^(?<name>[^\sの]{1,8})(?:さん|氏)の(?<rest>.+)$/u,
  /^(?<name>\S{1,6})님의?\s*(?<rest>.+)$/u,
];

/** An aside in parentheses that ends a title: "Feedback (Jihun)", "需求澄清（与 NOC、地市维护座谈纪要整理）". */
// No leading run of spaces in either: tried at every position of a title, it made a long run of spaces quadratic.
export const TRAILING_PARENTHESIS = /[(（]([^()（）]*)[)）]\s*$/u;
const JOINED = /(?<=\s)[/&|·](?=\s)|／/u;
