/**
 * Labels: what real documents use instead of sub-headings ("**Offline metrics:** …",
 * "- ML objective: …", a bold line over the blocks it heads, a short item over its own
 * bullets), and the bare template bullets ("* Monitoring") that only name a topic.
 */
import type { List, ListItem, Paragraph, RootContent } from 'mdast';
import { bracketTitle, colonLabel, labelStart, shortBullet, splitLabel, type Split } from './label-split.js';
import { isPlaceholderText } from './placeholders.js';
import { tableLabels } from './table-labels.js';
import { isContent, lineOf, textUnits, toString, type TextUnit } from './text.js';

export interface Label {
  text: string;
  line: number;
  startOffset: number;
  endOffset: number;
  /** The label's text as a unit of its own, made once, so what is read in it is kept. */
  titleRun: readonly TextUnit[];
  /** The label's own content: the text after "Label:", the item's nested blocks, the blocks that follow a bold line. */
  units: TextUnit[];
  hasContent: boolean;
  /** A list item with nested blocks: a heading in all but syntax ("1. Data collection" over its own bullets). */
  headingLike: boolean;
  /**
   * A bold or "Label:" line heading what follows as a heading would: the run-in labels after it ("Urgency: recall 0.88")
   * are its items. Not an italic line: "*Posted Sep 10 · unrolled*" is a byline over the text, not its heading.
   */
  heads?: boolean;
  /** When everything under the label is bare bullets ("* Monitoring", "* Updates"): their texts. */
  prompts?: string[];
  /** Labels nested inside this one (list items under a label item). */
  children: Label[];
  /** A part's title after its slide, post or time ("**[SLIDE 6]** — "How it gets to the front desk""): a heading in all but syntax. */
  chapter?: boolean;
}

/** A label numbered as a sub-section is ("4.1", "2.3.1"). */
const NUMBERED = /^\d+(?:\.\d+)+\.?\s/;

export function blockPrompts(blocks: readonly RootContent[]): string[] | undefined {
  const prompts: string[] = [];
  for (const block of blocks) {
    if (!isContent(block)) continue;
    if (block.type !== 'list') return undefined;
    for (const item of block.children) {
      const bullets = itemPrompts(item);
      if (!bullets) return undefined;
      prompts.push(...bullets);
    }
  }
  return prompts;
}

/** "* Monitoring", "* Scaling (SW and ML systems)" and the bare bullets under them. */
function itemPrompts(item: ListItem): string[] | undefined {
  const [first, ...others] = item.children;
  if (first?.type !== 'paragraph') return undefined;
  const split = splitLabel(first.children) ?? shortBullet(first, others.length > 0);
  if (!split || (split.rest.trim() !== '' && !split.parenthetical)) return undefined;
  const nested = blockPrompts(others as RootContent[]);
  return nested ? [split.label, ...nested] : undefined;
}

/** What an open label in the text before would take from a run of blocks: those before the run's first label of its own. */
export interface Adoption {
  units: TextUnit[];
  children: Label[];
  hasContent: boolean;
  endOffset: number;
  /** How many of the run's labels (read with no label open) came from those blocks: adopted, they are the label's, not the section's. */
  labelCount: number;
  /** What a label that does not head items takes: the blocks before the run's first run-in label (when it differs). */
  plain?: Adoption;
}

/** What an open label takes of a later run's leading blocks: run-in labels only if it heads them. */
export function adoptionBy(label: Label, adoption: Adoption): Adoption {
  return !label.heads && adoption.plain ? adoption.plain : adoption;
}

export interface BlockLabels {
  labels: Label[];
  /** The last label still heads what follows: a bold line alone or a run-in heading at the end of the run. */
  openAtEnd: boolean;
  /** For a run that may continue a section parsed apart (a chunk starting mid-section): what an open label there adopts. */
  leading?: Adoption;
}

/**
 * The labels of a run of blocks. A label that heads what follows adopts blocks up to the
 * next label; where a document is parsed in chunks, the outline completes that adoption
 * across the chunk boundary from `openAtEnd` and `leading`, so chunks never change the reading.
 */
export function findLabels(blocks: readonly RootContent[], text: string, continuation = false): BlockLabels {
  const labels: Label[] = [];
  const leading: Adoption | undefined = continuation ? { units: [], children: [], hasContent: false, endOffset: -1, labelCount: 0 } : undefined;
  // A label standing alone ("**Offline metrics**", "Baseline:") owns the blocks that follow it.
  let open: Label | undefined;
  // A label whose paragraph ends in a colon ("Online: a two-week run. We'll compare:") owns the list after it.
  let introducing: Label | undefined;
  let adopting = continuation;
  for (const block of blocks) {
    const found = block.type === 'paragraph' ? paragraphLabels(block, text) : [];
    // Run-in labels ("Urgency: recall 0.88 …") under an open label are its items, as they would be under a
    // heading: they leave it open for the blocks after them.
    const items = found.length > 0 && found.every((label) => !label.headingLike);
    const before = labels.length;
    // What an open label in the text before would take, read beside what this run reads without one: up to a label of its own.
    if (leading && adopting && (found.length === 0 || items)) {
      if (items && !leading.plain) leading.plain = { ...leading, units: [...leading.units], children: [...leading.children] };
      leading.units.push(...(items ? [] : textUnits([block])));
      leading.children.push(...(items ? found : nestedLabels([block])));
      leading.hasContent ||= items || isContent(block);
      leading.endOffset = block.position!.end.offset!;
    } else adopting = false;
    const introduced = introducing;
    introducing = undefined;
    if (items && open?.heads) {
      const lead = block.type === 'paragraph' ? leadingLines(block, found[0]!, text) : undefined;
      if (lead) open.units.push(lead);
      open.children.push(...found);
      open.endOffset = Math.max(open.endOffset, block.position!.end.offset!);
      open.hasContent = true;
    } else if (found.length > 0) {
      labels.push(...found);
      const last = found[found.length - 1]!;
      // A run-in heading heads the paragraphs after its own, as a heading would.
      open = last.hasContent && !last.headingLike ? undefined : last;
      if (!open && endsWithColon(block, text)) introducing = last;
    } else {
      const owner = open ?? (block.type === 'list' ? introduced : undefined);
      if (owner) adopt(owner, block);
      else if (block.type === 'list' && !isTableOfContents(block)) labels.push(...block.children.flatMap(listItemLabel));
      else if (block.type === 'table') labels.push(...tableLabels(block));
    }
    // The labels this run reads where an open label before it would have adopted them.
    if (leading && adopting) leading.labelCount += labels.length - before;
  }
  return { labels, openAtEnd: open !== undefined, leading: leading && leading.endOffset >= 0 ? leading : undefined };
}

/** An open label with a later run's leading blocks adopted: a copy, since both may be cached pieces'. */
export function withAdoption(label: Label, adoption: Adoption): Label {
  return {
    ...label,
    // Read through both: a label kept across edits follows its chunk as the text above it moves (see anchor.ts).
    get line() {
      return label.line;
    },
    get startOffset() {
      return label.startOffset;
    },
    get endOffset() {
      return Math.max(label.endOffset, adoption.endOffset);
    },
    units: [...label.units, ...adoption.units],
    hasContent: label.hasContent || adoption.hasContent,
    children: [...label.children, ...adoption.children],
  };
}

/** A list whose items are each a link and nothing more ("- [Design](#design)") points at headings; it names none itself. */
function isTableOfContents(list: List): boolean {
  return list.children.every((item) => {
    const first = item.children[0];
    if (first?.type !== 'paragraph') return false;
    const parts = first.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
    return parts.length === 1 && parts[0]!.type === 'link' && item.children.slice(1).every((child) => child.type !== 'list' || isTableOfContents(child));
  });
}

function endsWithColon(block: RootContent, text: string): boolean {
  return /[:：]\s*$/.test(text.slice(block.position!.start.offset!, block.position!.end.offset!));
}

/**
 * The lines of a paragraph before its first label, which no label holds: "• WAPE: 14,1%" above
 * "• Con el cuantil 90: 1,9%" is text of the label the paragraph sits under.
 */
function leadingLines(paragraph: Paragraph, first: Label, text: string): TextUnit | undefined {
  const start = paragraph.position!.start;
  const lead = text.slice(start.offset!, first.startOffset).trim();
  return lead ? { text: lead, line: lineOf(start), offset: start.offset! } : undefined;
}

function adopt(label: Label, block: RootContent): void {
  const units = textUnits([block]);
  label.units.push(...units);
  label.endOffset = Math.max(label.endOffset, block.position!.end.offset!);
  if (isContent(block)) label.hasContent = true;
  label.children.push(...nestedLabels([block]));
}

/**
 * "**Label:** rest", "**Label**" alone, "Label: rest" — on the paragraph's first line,
 * and "Label: rest" on any later line, since authors stack them without blank lines.
 */
function paragraphLabels(paragraph: Paragraph, text: string): Label[] {
  const start = paragraph.position!.start;
  const end = paragraph.position!.end.offset!;
  const labels: Label[] = [];
  const first = splitLabel(paragraph.children);
  // Lines end as the parser ends them: at LF, CRLF or a lone CR.
  const ending = /\r\n?|\n/g;
  const body = text.slice(start.offset!, end);
  const lines: Array<{ raw: string; offset: number }> = [];
  let from = 0;
  for (let match = ending.exec(body); match; match = ending.exec(body)) {
    lines.push({ raw: body.slice(from, match.index), offset: start.offset! + from });
    from = match.index + match[0].length;
  }
  lines.push({ raw: body.slice(from), offset: start.offset! + from });
  // Each line's words, without the markup ("esta vez **no** vamos" is read "esta vez no vamos"), where the parser's
  // text keeps the source's lines; an inline code or HTML span across lines does not, and its lines are read as written.
  const plain = lines.length > 1 ? toString(paragraph).split(/\r\n?|\n/) : [];
  const words = (index: number, raw: string) => (plain.length === lines.length ? plain[index]! : raw);
  // A bold question standing alone heads its answer, which is text ("**Q: And online?**⏎We ran an A/B test: …").
  const asks = first !== undefined && /[?？]$/.test(first.label) && first.rest.split(/\r\n?|\n/)[0]!.trim() === '';
  // The lines of text since the last label: a paragraph wrapped by hand is one text ("TBD — to settle with IT. Not
  // discussed,\nno time." holds a place as a whole), read once when the next label or the paragraph ends.
  let wrapped: { label: Label; lines: string[]; line: number; offset: number } | undefined;
  const close = () => {
    if (!wrapped) return;
    const text = wrapped.lines.join('\n');
    // "**Monitoring** (TBD)", "Serving: ??": a place kept, not content.
    const note = isPlaceholderText(text);
    wrapped.label.units.push({ text, line: wrapped.line, offset: wrapped.offset, ...(note ? { note } : {}) });
    wrapped.label.hasContent ||= !note;
    wrapped = undefined;
  };
  lines.forEach(({ raw, offset }, index) => {
    const line = lineOf(start) + index;
    const split = index === 0 ? first : asks ? undefined : (colonLabel(raw) ?? bracketTitle(raw));
    if (split) {
      close();
      // A bold line standing alone ("**eval: offline/online**") heads what follows, as a heading
      // would; so does a numbered one ("4.1 Formulation: binary classification").
      // So does a bold label with only an aside after it ("**Features** (per door and day):"), or
      // only its colon ("**After launch**:", "**上线后观察**：").
      const alone = paragraph.children.slice(labelStart(paragraph.children) + 1).every((child) => child.type === 'text' && /^[ \t]*[:：]?[ \t]*$/.test(child.value));
      const standalone = index === 0 && ((split.rest.trim() === '' && alone) || (Boolean(split.parenthetical) && lines.length === 1));
      const headingLike = standalone || NUMBERED.test(split.label) || Boolean(split.runIn) || Boolean(split.chapter);
      const heads = headingLike && paragraph.children[labelStart(paragraph.children)]?.type !== 'emphasis';
      labels.push({ text: split.label, line, startOffset: offset, endOffset: end, titleRun: [{ text: split.label, line, offset }], units: [], hasContent: false, headingLike, heads, children: [], ...(split.chapter ? { chapter: true } : {}) });
    }
    const current = labels[labels.length - 1];
    // The first line's label holds the rest of that line only: the later lines are read as lines below.
    const rest = (split ? restOf(split, index === 0 ? undefined : words(index, raw)) : words(index, raw)).trim();
    if (!current || !rest) return;
    if (wrapped) wrapped.lines.push(rest);
    else wrapped = { label: current, lines: [rest], line, offset: offset + 1 };
  });
  close();
  // Each label ends where the next one starts.
  labels.forEach((label, i) => (label.endOffset = labels[i + 1]?.startOffset ?? end));
  return labels;
}

/** What follows a label on its line: read from the line's words when they name the same label, else as written. */
function restOf(split: Split, words: string | undefined): string {
  const plain = words === undefined ? undefined : colonLabel(words);
  return (plain?.label === split.label ? plain.rest : split.rest).split(/\r\n?|\n/)[0]!;
}

/**
 * A list item whose first line is a label: "- ML objective: …", "* **Baseline**", a short bullet with nested items;
 * or a heading, as an outliner's export (Logseq, Roam) writes every block as a bullet ("- ## Avaliação").
 */
function listItemLabel(item: ListItem): Label[] {
  const [first, ...others] = item.children;
  const nested = others as RootContent[];
  const heading = first?.type === 'heading' ? toString(first).trim() : '';
  const split = heading
    ? { label: heading, rest: '' }
    : first?.type === 'paragraph'
      ? (splitLabel(first.children) ?? shortBullet(first, nested.some(isContent)))
      : undefined;
  // A sentence-long item is no label, but the items nested under it may be.
  if (!split || !first) return nestedLabels(item.children as RootContent[]);
  const start = item.position!.start;
  const rest = split.rest.trim();
  const nestedPrompts = blockPrompts(nested);
  const units = textUnits(nested);
  // "- Monitoring (??)", "- Serving: TBD": a place kept, not content.
  const restIsNote = rest !== '' && isPlaceholderText(rest);
  // The rest still names the item: "- Online: second-visit rate" names a measure as "- CTR" does.
  if (rest) units.unshift({ text: rest, line: lineOf(first.position!.start), offset: first.position!.start.offset!, item: true, ...(restIsNote ? { note: true } : {}) });
  return [
    {
      text: split.label,
      line: lineOf(start),
      startOffset: start.offset!,
      endOffset: item.position!.end.offset!,
      titleRun: [{ text: split.label, line: lineOf(start), offset: start.offset! }],
      units,
      hasContent: (rest !== '' && !restIsNote) || nested.some(isContent),
      headingLike: heading !== '' || ((rest === '' || Boolean(split.parenthetical)) && nested.some(isContent)) || Boolean(split.runIn),
      prompts: nestedPrompts && nestedPrompts.length > 0 && (rest === '' || split.parenthetical) ? nestedPrompts : undefined,
      children: nestedLabels(nested),
    },
  ];
}

function nestedLabels(blocks: RootContent[]): Label[] {
  return blocks.filter((n): n is List => n.type === 'list').flatMap((list) => list.children.flatMap(listItemLabel));
}
