/** Counting words across scripts, and setting asides apart. */

/** A heading longer than this many words reads as a sentence. */
export const SENTENCE_WORDS = 7;

/** Words, counting two CJK characters as one, since those scripts do not space their words. */
export function wordCount(text: string): number {
  let words = 0;
  let cjk = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isUnspaced(code)) {
      cjk++;
      inWord = false;
    } else if (code === 32 || code === 9 || code === 10 || code === 13) {
      inWord = false;
    } else if (!inWord) {
      words++;
      inWord = true;
    }
  }
  return words + Math.ceil(cjk / 2);
}

/** Han, hiragana, katakana (and their compatibility forms): scripts written without spaces. */
function isUnspaced(code: number): boolean {
  return (code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff) || (code >= 0x31f0 && code <= 0x31ff) || (code >= 0xff66 && code <= 0xff9f);
}

/** The text without its asides in parentheses: "drift dashboard + alert (ran out of time here)" states the dashboard. */
export function outsideParentheses(text: string): string {
  return text.replace(/[(（][^()（）]*[)）]/g, ' ');
}

