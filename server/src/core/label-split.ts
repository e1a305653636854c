/**
 * How a line splits into a label and its text: "**Label:** rest", "Label: rest", a bold
 * lead run into its paragraph, a short bullet that only names a topic, a question mark's
 * question. What the label then heads is labels.ts's concern.
 */
import type { Paragraph, PhrasingContent } from 'mdast';
import { isPlaceholderText } from './placeholders.js';
import { markerOf, withoutQuestionMark } from './qa-markers.js';
import { toString } from './text.js';
import { outsideParentheses, wordCount } from './words.js';

export const MAX_LABEL_WORDS = 6;
/** A list item this short with items under it reads as a heading. */
const MAX_HEADING_ITEM_WORDS = 10;
/** A question standing alone as a heading may run longer: "What do you want to know before anything else?" */
const MAX_QUESTION_WORDS = 14;

/** "Label: rest" in raw Markdown, emphasis markers allowed around the label; a time ("Nico 10:41 — …") is no label's colon. */
export function colonLabel(raw: string): Split | undefined {
  const match = /^\s*(?:[*_]{1,2})?([^:：\n*_`]{1,120}?)(?:[*_]{1,2})?\s*[:：](?!\/\/|\d)(?:[*_]{1,2})?\s*(.*)$/.exec(raw);
  if (!match || !isShortLabel(match[1]!)) return undefined;
  const split = markedSplit({ label: match[1]!.trim(), rest: match[2]!.replace(/^[*_]{1,2}\s*/, '') });
  return split && (statesValue(split) || listsTags(split.rest)) ? undefined : split;
}

export interface Split {
  label: string;
  rest: string;
  /** The rest is an aside in parentheses: "ML category (e.g. classification, ranking)". */
  parenthetical?: boolean;
  /** A bold lead that ends as a sentence does ("**Where the examples come from.** Every order…"): a heading run into its paragraph. */
  runIn?: boolean;
  /**
   * A part's title after its time, as show notes and transcripts mark them ("**00:18:50** — Les données. …"): a heading
   * over its own text, a peer of the next part's title, however that title is written.
   */
  chapter?: boolean;
}

/** A bullet that is only a topic: "Monitoring", "Scaling (SW and ML systems)"; longer when items sit under it. */
export function shortBullet(paragraph: Paragraph, hasItemsBelow: boolean): Split | undefined {
  const text = toString(paragraph).trim();
  if (!text || /[.!?;。！？]$/.test(text) || text.includes('\n')) return undefined;
  // A field with its value ("Date: 2024-09-10", "Labels: fds, ml") is no topic: splitLabel has read it and said what it is.
  if (colonParts(text)?.rest.trim()) return undefined;
  const aside = trailingAside(text);
  const label = aside ? aside.label : text;
  if (wordCount(label) > (hasItemsBelow ? MAX_HEADING_ITEM_WORDS : MAX_LABEL_WORDS)) return undefined;
  return aside ? { label, rest: aside.aside, parenthetical: true } : { label, rest: '' };
}

/** "Scaling (SW and ML systems)": the text before a closing aside in parentheses, found without a pattern that backtracks over long runs of spaces. */
function trailingAside(text: string): { label: string; aside: string } | undefined {
  if (!text.endsWith(')') && !text.endsWith('）')) return undefined;
  const open = Math.max(text.lastIndexOf('('), text.lastIndexOf('（'));
  const aside = text.slice(open + 1, -1);
  const label = text.slice(0, Math.max(open, 0)).trim();
  if (open < 0 || !label || /[()（）]/.test(aside)) return undefined;
  return { label, aside };
}

export function splitLabel(children: PhrasingContent[]): Split | undefined {
  const split = splitLead(children);
  return split && (statesValue(split) || listsTags(rawRest(children, split))) ? undefined : split;
}

/**
 * A field that only lists tags files a page, as a question site, a tracker or a pull request does
 * ("Etiquetas: `machine-learning` `python`", "Labels: `fds`, `ml`", "Tags: #mlops #python"): its name
 * ("Labels") is no step's, its values are no text. Tags are hashtags, or two or more code spans each a
 * slug; one code span ("Basismodell: `deepset/gbert-base`") or code with other signs ("`ndcg@k`, `mrr`") is a value.
 */
function listsTags(rest: string): boolean {
  return HASHTAGS_ONLY.test(rest) || SLUGS_ONLY.test(rest);
}

const SEPARATORS = String.raw`[\s,;、·|]*`;
const HASHTAGS_ONLY = new RegExp(String.raw`^(?:${SEPARATORS}[#＃][\p{L}\p{N}_-]+)+${SEPARATORS}$`, 'u');
// \x60 is the backtick, which a template string cannot hold as written.
const SLUGS_ONLY = new RegExp(String.raw`^(?:${SEPARATORS}\x60[\p{L}\p{N}/:-]+\x60){2,}${SEPARATORS}$`, 'u');

/** What follows the label, with its code spans as written: the mdast text of a code span has lost its backticks. */
function rawRest(children: readonly PhrasingContent[], split: Split): string {
  const raw = children.map((node) => (node.type === 'inlineCode' ? '`' + node.value + '`' : toString(node))).join('');
  const at = raw.indexOf(split.label);
  return at < 0 ? split.rest : raw.slice(at + split.label.length).replace(/^\s*[:：]/, '');
}

/**
 * A date after the colon: "**Data:** 21/08/2024", "Date: 2024-09-10", "Fecha: 9 de abril de 2025" fill in a
 * document's header, whatever the field's name (Portuguese "Data" is the date, not the data).
 */
const DATE_FIRST = /^\s*(?:\d{4}-\d{1,2}(?:-\d{1,2})?|\d{1,2}[./]\d{1,2}[./](?:\d{2,4})?|\d{1,2}(?:\s+de)?\s+\p{L}+\.?,?(?:\s+de)?\s+\d{4})(?!\d)/u;

/** Or a figure alone on the colon's line: "WAPE baseline: 14,1%", "p95: 120 ms" state a value, they head nothing. */
const FIGURE_ONLY = /^\s*[~≈<>≤≥]?\s*[-+−]?\d[\d.,\s]*(?:%|‰|pp|ms|s|h|min|€|\$|x|×)?\s*$/u;

function statesValue(split: Split): boolean {
  return !split.runIn && !split.parenthetical && (DATE_FIRST.test(split.rest) || FIGURE_ONLY.test(split.rest.split(/\r\n?|\n/)[0]!));
}

function splitLead(children: PhrasingContent[]): Split | undefined {
  const [first, ...others] = children;
  if (!first) return undefined;
  // After an emoji only a label that heads what follows: "👎 **No monitoring.** Ran out of time" is a remark.
  if (labelStart(children) > 0) {
    const split = splitLead(others);
    return split && !split.runIn ? split : undefined;
  }
  if (first.type === 'strong' || first.type === 'emphasis') {
    const label = withoutQuestionMark(toString(first).trim());
    const rest = others.map((node) => toString(node)).join('');
    // A time is no topic: the chapter's own words after it are the label ("**00:10:05** — Les contraintes : le prix…").
    if (TIME_ONLY.test(label)) return chapterTitle(rest);
    // Nor is a slide's, a part's or a thread's post number: "**[SLIDE 6]** — "How it gets to the front desk"", "**4/** Data".
    const numbered = NUMBER_ONLY.test(label) ? chapterTitle(rest) : POST_NUMBER.test(withoutEmoji(label)) ? postTitle(rest) : undefined;
    if (numbered) return numbered;
    const endsWithColon = /[:：]$/.test(label);
    const restStartsWithColon = /^\s*[:：\-–—]/.test(rest);
    if (markerOf(stripColon(label))) return markedSplit({ label: stripColon(label), rest: rest.replace(/^\s*[:：]\s*/, '') });
    // A bold question alone on its line heads its answer, as a heading would.
    if (/[?？]$/.test(label) && rest.trim() === '' && wordCount(label) <= MAX_QUESTION_WORDS) return { label, rest: '' };
    if (!label || wordCount(label) > MAX_LABEL_WORDS + 2) return undefined;
    if (endsWithColon) return { label: stripColon(label), rest };
    // A run-in heading: "**Problem.** 1.2M comments a day ...", "**How the number gets to the screen.** ..."
    // or a question the paragraph answers; a bold sentence in the middle of prose is longer.
    if (/[.．。?？]$/.test(label) && wordCount(label) <= MAX_HEADING_ITEM_WORDS && rest.trim() !== '') return { label: label.replace(/\s*[.．。]$/, ''), rest, runIn: true };
    // A bold line of its own over text on the next line, with no blank line between ("**Modell**⏎Zum Vergleich …"): a heading in all but syntax.
    if (/^[ \t]*(?:\r\n?|\n)/.test(rest) && rest.trim() !== '') return { label, rest, runIn: true };
    if (restStartsWithColon) return { label, rest: rest.replace(/^\s*[:：\-–—]\s*/, '') };
    if (rest.trim() === '') return { label, rest: '' };
    // "**Online metrics** (A/B test, two weeks)" or "**Features** (per day):": the aside belongs to the label.
    // What follows the parenthesis is trimmed, not matched: two runs of spaces around an optional colon backtrack.
    const aside = /^\s*[(（]([^()（）]*)[)）]/.exec(rest);
    if (aside && /^[:：]?$/.test(rest.slice(aside[0].length).trim())) return { label, rest: aside[1]!, parenthetical: true };
    // "**Online**, what we actually care about:" introduces what follows as the aside above does:
    // a clause set off by a comma, ending in a colon, says what kind of the label's topic comes.
    const clause = commaClause(rest);
    if (clause && wordCount(clause) <= MAX_HEADING_ITEM_WORDS) return { label, rest: clause, parenthetical: true };
    return undefined;
  }
  const text = children.map((node) => toString(node)).join('');
  const time = TIME_LEAD.exec(text);
  if (time) return chapterTitle(text.slice(time[0].length));
  const post = POST_LEAD.exec(text);
  const postTitled = post ? postTitle(text.slice(post[0].length)) : undefined;
  if (postTitled) return postTitled;
  const styled = styledLine(text) ?? bracketTitle(text.split(/\r\n?|\n/)[0]!);
  if (styled) return styled;
  const colon = colonParts(text);
  return colon && markedSplit(colon);
}

/** A time or a span of times, as show notes, chapters and transcripts mark where a part starts: "00:10:05", "[12:30]", "09:00–09:40". */
const TIME = String.raw`[[(]?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[-–—]\s*\d{1,2}:\d{2}(?::\d{2})?)?[\])]?`;
const TIME_ONLY = new RegExp(String.raw`^${TIME}$`);
const TIME_LEAD = new RegExp(String.raw`^\s*${TIME}\s+(?:[-–—]\s+)?(?=\S)`);
/** A word and a number, as a slide, a page or a part is marked: "[SLIDE 6]", "Folie 3", "Slide 2/10", "スライド3". */
const NUMBER_ONLY = /^[[(]?\p{L}+\s*\d{1,3}(?:\s*\/\s*\d{1,3})?[\])]?$/u;
/** A post's number in a thread, as X, Mastodon and Bluesky threads number them: "4/", "4/12", "4/n". */
const POST_NUMBER = /^\d{1,3}\/(?:\d{1,3}|n)?$/;
const POST_LEAD = /^\s*\d{1,3}\/(?:\d{1,3}|n)?\s+(?=\S)/;

/**
 * The title of a part after its time or its number: a title in quotes, a few words before a colon ("Les contraintes : …") or a short first
 * sentence ("Les données. Tout part du flux…"). A time before prose ("**00:00** Hey everyone, Priya here") heads nothing.
 */
function chapterTitle(rest: string): Split | undefined {
  const text = rest.replace(/^\s*[-–—:：]\s*/, '');
  // A title in quotes, as a script gives a slide's: "[SLIDE 7] — "Did it work?" (bar chart: pilot vs other clinics)".
  const quoted = /^["“«„]([^"“”«»„\r\n]{1,80})["”»“]/u.exec(text);
  if (quoted && wordCount(quoted[1]!) <= MAX_HEADING_ITEM_WORDS) return { label: quoted[1]!.trim(), rest: text.slice(quoted[0].length), chapter: true };
  const colon = colonParts(text);
  if (colon) return markedSplit({ ...colon, chapter: true });
  const sentence = /^([^.!?。！？\r\n]{1,80})[.!?。！？]\s*(?=\S)/u.exec(text);
  if (!sentence || wordCount(sentence[1]!) > MAX_LABEL_WORDS) return undefined;
  return { label: sentence[1]!.trim(), rest: text.slice(sentence[0].length), chapter: true };
}

/**
 * A thread's post that is only a short title or a question after its number heads the posts after it, as a heading
 * would ("5/ Datos 📊", "13/ ¿Cómo llega el número a la cocina? 📲"). Any other post is read as a paragraph is.
 */
function postTitle(rest: string): Split | undefined {
  const line = withoutEmoji(rest);
  if (!line || /[\r\n]/.test(line)) return undefined;
  const question = /^([^.!?。！？]+)[?？]$/u.exec(line);
  if (question && wordCount(question[1]!) <= MAX_QUESTION_WORDS) return { label: question[1]!.trim(), rest: '', chapter: true };
  return !/[.!?。！？;:：]/.test(line) && wordCount(line) <= MAX_LABEL_WORDS ? { label: line, rest: '', chapter: true } : undefined;
}

/** A few words before a colon and what follows it ("Données : …"); a colon in a link or a time ("https://", "9:30") sets off nothing. */
function colonParts(text: string): Split | undefined {
  const colon = /^([^:：\r\n]{1,120})[:：](?!\/\/|\d)\s*/.exec(text);
  if (!colon || !isShortLabel(colon[1]!)) return undefined;
  // A label too long with its aside is named by what the aside speaks of: "Métricas (as mesmas que a meteorologia usa)"
  // names the metrics. A short one keeps it, which may name the step ("Référence (baseline)").
  const label = colon[1]!.trim();
  const named = fitsLabel(label) ? label : trailingAside(label)?.label ?? label;
  return { label: named, rest: text.slice(colon[0].length) };
}

/** A label is a few words; an aside in parentheses says more of it and does not lengthen it ("Métricas (as mesmas que a meteorologia usa)"). */
function isShortLabel(label: string): boolean {
  return fitsLabel(outsideParentheses(label));
}

function fitsLabel(label: string): boolean {
  const text = label.trim();
  return text.length > 0 && text.length <= 60 && wordCount(text) <= MAX_LABEL_WORDS;
}

/** Where a paragraph's bold or italic label starts: after an emoji that marks it as a bullet would ("👀 **Мониторинг**"). */
export function labelStart(children: readonly PhrasingContent[]): number {
  const [first, second] = children;
  return first?.type === 'text' && EMOJI_ONLY.test(first.value) && (second?.type === 'strong' || second?.type === 'emphasis') ? 1 : 0;
}

const EMOJI_ONLY = /^\s*(?:[\p{Extended_Pictographic}\uFE0F\u200D]\s*)+$/u;
const EMOJI = /[\p{Extended_Pictographic}\uFE0F\u200D]/gu;

function withoutEmoji(text: string): string {
  return text.replace(EMOJI, '').trim();
}

/** Letters of the Mathematical Alphanumeric Symbols block: "𝗥𝗲𝘀𝘂𝗹𝘁𝘀", the bold of platforms with no Markdown. */
const STYLED_LETTER = /[\u{1D400}-\u{1D7FF}]/gu;

/**
 * A first line written wholly in styled letters ("𝗟𝗲𝘀 𝗿𝗲́𝘀𝘂𝗹𝘁𝗮𝘁𝘀⏎Sur 6 mois …") is a post's bold line over
 * its text, as "**Les résultats**" would be. A formula pasted in math italics ("𝑅 = 𝑝 × 𝑞") or a stray letter is no label.
 */
function styledLine(text: string): Split | undefined {
  const [line = '', ...rest] = text.split(/\r\n?|\n/);
  const letters = line.match(STYLED_LETTER)?.length ?? 0;
  if (letters < 3 || /\p{L}/u.test(line.replace(STYLED_LETTER, '')) || /\p{Sm}/u.test(line)) return undefined;
  if (wordCount(line) > MAX_HEADING_ITEM_WORDS) return undefined;
  // Folded, the label is read and shown as the words it spells.
  const label = line.normalize('NFKC').trim().replace(/[:：]$/, '').trim();
  return rest.join('\n').trim() === '' ? { label, rest: '' } : { label, rest: `\n${rest.join('\n')}`, runIn: true };
}

/**
 * A line that is only a title in lenticular brackets, as Japanese and Chinese documents head their parts
 * ("【背景技術】", "【方案设计】"): the label of the lines under it. A paragraph's number ("【０００５】") or a
 * placeholder ("【TBD】") is none.
 */
export function bracketTitle(line: string): Split | undefined {
  const match = /^[ \t\u3000]*[【〖][ \t\u3000]*([^【】〖〗\r\n]{1,40}?)[ \t\u3000]*[】〗][ \t\u3000]*$/.exec(line);
  const label = match?.[1];
  if (!label || /^[\p{N}\s.．-]+$/u.test(label) || isPlaceholderText(label) || wordCount(label) > MAX_HEADING_ITEM_WORDS) return undefined;
  return { label, rest: '' };
}

/**
 * A label that is only a question or answer mark: the question it marks is the label ("Q: What
 * data is there?" heads its answer), and an answer ("A: …") is text, no label at all.
 */
function markedSplit(split: Split): Split | undefined {
  const marker = markerOf(split.label);
  if (!marker) return split;
  const question = split.rest.trim();
  const asks = marker === 'question' && /[?？]$/.test(question) && !question.includes('\n') && wordCount(question) <= MAX_QUESTION_WORDS;
  return asks ? { label: question, rest: '' } : undefined;
}

/** ", what we care about:" without its comma and colon; read by trimming, so a line of any length costs one pass. */
function commaClause(rest: string): string | undefined {
  const text = rest.trim();
  if (!/^[,，、]/.test(text) || !/[:：]$/.test(text) || /[\r\n]/.test(text)) return undefined;
  return text.slice(1, -1).trim() || undefined;
}

function stripColon(text: string): string {
  return text.replace(/\s*[:：]$/, '').trim();
}
