/**
 * Placeholders: text that holds a place without saying anything ("TBD", "[your text here]",
 * "TODO — ask Priya", a template's own note, "we ran out of time"), in the languages we read.
 */
import { remember } from './memo.js';
import { outsideParentheses, wordCount } from './words.js';
import {
  PLACEHOLDER, FILL_IN, TEMPLATE_NOTE, LATER, ENDS_OPEN, PLACEHOLDER_WORDS, TODO_NOTE, AS_EXISTING, AS_EXISTING_WORDS, SKIPPED,
  DEFERRED, DEFERRED_WORDS, TOPIC_OPEN, TOPIC_OPEN_LEAD_WORDS, SELF_REVIEW, SELF_REVIEW_WORDS, LEADING_SIGNS, ALERT_MARKER,
  ADMONITION_OPEN, ADMONITION_CLOSE, SELF_LABEL, ENCLOSED, OPENS_OPEN, DELETE_THIS, REVIEW_COMMENT, RECORD_FIELD_NAME,
  RECORD_FIELD_WORDS, LINE_LABEL, ASIDE_CHARACTERS, ASIDE_WORDS, FIELD_LABEL, FIELD_LABEL_WORDS, ITEM_ID, TASK_KEYWORD,
} from './placeholder-phrases.js';
import {
  WRITTEN_LATER, WRITTEN_LATER_WORDS, IN_ANOTHER_PART, IN_ANOTHER_PART_LEAD_WORDS, UNDER_DISCUSSION, DECIDED_LATER, DECIDED_LATER_WORDS, OUT_OF_SCOPE, ATTACHED_ELSEWHERE,
} from './deferral-phrases.js';

/** Whether a paragraph, item or cell holds a place without saying anything. */
export function isPlaceholderText(text: string): boolean {
  // Asked of every paragraph, item and cell of a chunk each time it is parsed: an edit changes one of them.
  return remember(placeholderTexts, text, () => holdsPlaceInFull(text));
}

const placeholderTexts = new Map<string, boolean>();

/** Whether a field of a record, by its name and its value, is the record's state or bookkeeping: a few words under a known name. */
export function isRecordField(name: string, value: string): boolean {
  return RECORD_FIELD_NAME.test(name) && wordCount(outsideParentheses(value)) <= RECORD_FIELD_WORDS;
}

function holdsPlaceInFull(text: string): boolean {
  const unmarked = text.replace(ALERT_MARKER, '').replace(ADMONITION_OPEN, '').replace(ADMONITION_CLOSE, '');
  // A last sentence that only calls the note a placeholder is no content: the rest is read as the note, the word alone holds a place.
  const labelled = unmarked.replace(SELF_LABEL, '');
  if (labelled !== unmarked && labelled.trim() === '') return true;
  const trimmed = labelled.replace(LEADING_SIGNS, '').trim();
  // A template's note asking to be deleted marks the whole text as the template's; a reviewer's comment is the thread's.
  if (DELETE_THIS.test(trimmed) || REVIEW_COMMENT.test(trimmed)) return true;
  const label = FIELD_LABEL.exec(trimmed)?.[0] ?? LINE_LABEL.exec(trimmed)?.[0];
  if (label) {
    const answer = trimmed.slice(label.length);
    // The record's own bookkeeping ("Status: open", "Owner: Dana K.") says nothing of the design.
    if (isRecordField(label, answer)) return true;
    // A field whose answer is a placeholder is left open, as the answer alone would be.
    if (wordCount(label) <= FIELD_LABEL_WORDS && holdsPlace(answer)) return true;
  }
  // So is a specification's item whose text is one: "REQ-12. TBD.".
  const id = ITEM_ID.exec(trimmed)?.[0];
  if (id && holdsPlace(trimmed.slice(id.length))) return true;
  // A note set in parentheses is the note: "（待补充 — 需与平台组确认后再写）", "(TODO: after the pilot)".
  const enclosed = ENCLOSED.exec(trimmed)?.[1];
  if (enclosed !== undefined && holdsPlace(enclosed.trim())) return true;
  return holdsPlace(trimmed);
}

function holdsPlace(trimmed: string): boolean {
  // A note wrapped by hand reads as one line: "… wird im Rahmen dieser Arbeit nicht\nbehandelt." says it is left out.
  // Split, not a pattern around each break: a long run of spaces would be scanned once per space.
  const flat = trimmed.includes('\n') ? trimmed.split(/\r?\n/).map((line) => line.trim()).join(' ') : trimmed;
  return holdsPlaceAlone(flat) || everySentenceOpen(flat) || opensOpen(flat);
}

/**
 * A short note that opens by holding a place and goes on to say why or until when ("TBD. We want to see
 * the pilot first and agree it with the ops team."): what follows explains the gap, it states no figure.
 */
function opensOpen(text: string): boolean {
  if (wordCount(text) > EXPLAINED_WORDS) return false;
  const [first, ...rest] = text.split(SENTENCE_BREAK);
  // A mark alone ("... then we alert on drift") opens no sentence: it holds no place before one.
  return rest.length > 0 && /\p{L}/u.test(first!) && !/\d/u.test(rest.join(' ')) && holdsPlaceAlone(first!.trim());
}

/** Where one sentence of a note ends and the next begins: Chinese and Japanese go on with no space ("…記載する。担当：本間"). */
const SENTENCE_BREAK = /(?<=[.!])\s+|(?<=[。！])\s*/u;

/** How long a note that opens by holding a place may go on explaining it. */
const EXPLAINED_WORDS = 40;

/**
 * A note of a few sentences, each of which holds a place or says its topic is still being settled ("This
 * section will be detailed in the next version. The questions of … are under discussion with IT."): nothing in it is decided.
 */
function everySentenceOpen(text: string): boolean {
  if (wordCount(text) > 2 * WRITTEN_LATER_WORDS) return false;
  const sentences = text.split(SENTENCE_BREAK).filter((sentence) => sentence.trim() !== '');
  if (sentences.length < 2) return false;
  return sentences.every((sentence) => holdsPlaceAlone(sentence) || (wordCount(sentence) <= WRITTEN_LATER_WORDS && UNDER_DISCUSSION.test(sentence)));
}

function holdsPlaceAlone(trimmed: string): boolean {
  const words = wordCount(trimmed);
  return (
    trimmed === '' ||
    (PLACEHOLDER.test(trimmed) && words <= 6) ||
    TODO_NOTE.test(trimmed) ||
    TASK_KEYWORD.test(trimmed) ||
    (words <= WRITTEN_LATER_WORDS && (WRITTEN_LATER.test(trimmed) || inAnotherPart(trimmed))) ||
    (words <= AS_EXISTING_WORDS && AS_EXISTING.test(trimmed)) ||
    SKIPPED.test(trimmed) ||
    OUT_OF_SCOPE.test(trimmed) ||
    ATTACHED_ELSEWHERE.test(trimmed) ||
    (words <= SELF_REVIEW_WORDS && SELF_REVIEW.test(outsideParentheses(trimmed))) ||
    (DEFERRED.test(trimmed) && words <= DEFERRED_WORDS) ||
    (words <= DEFERRED_WORDS && topicOpen(trimmed)) ||
    (words <= DECIDED_LATER_WORDS && DECIDED_LATER.test(trimmed)) ||
    FILL_IN.test(trimmed) ||
    TEMPLATE_NOTE.test(trimmed) ||
    (words <= ASIDE_WORDS && (ENCLOSED.exec(trimmed)?.[1]!.length ?? Infinity) <= ASIDE_CHARACTERS) ||
    PLACEHOLDER_WORDS.test(trimmed) ||
    LATER.test(trimmed) ||
    (words <= DEFERRED_WORDS && (ENDS_OPEN.test(trimmed) || OPENS_OPEN.test(trimmed)))
  );
}

/** A pointer to another part of the series that opens its sentence: a few words may come before it ("This was covered in part 2"). */
function inAnotherPart(text: string): boolean {
  const found = IN_ANOTHER_PART.exec(text);
  if (!found) return false;
  const lead = text.slice(0, found.index);
  const sentence = lead.slice(Math.max(...['.', '!', '?', '。', '！', '？'].map((stop) => lead.lastIndexOf(stop))) + 1);
  return wordCount(sentence) <= IN_ANOTHER_PART_LEAD_WORDS;
}

/** A topic of a few words, then the mark that it is open (itself up to three words: "to be decided"). */
function topicOpen(text: string): boolean {
  const found = TOPIC_OPEN.exec(text);
  return found !== null && wordCount(found[0]) <= TOPIC_OPEN_LEAD_WORDS + 3;
}
