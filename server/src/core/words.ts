/** Counting words across scripts, setting asides apart, and reading full-width forms as ASCII. */

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

/**
 * Full-width Latin letters, digits and signs as their ASCII twins, and the ideographic space as a
 * space: formal Japanese and Chinese documents write "毎日１６時３０分", "ＡＰＩ", which the
 * vocabulary's patterns ("\d+時", "API") read only in ASCII. One character for one, so the text keeps its length.
 */
export function foldWidth(text: string): string {
  return /[\u3000\uFF01-\uFF5E]/.test(text) ? text.replace(/[\u3000\uFF01-\uFF5E]/g, (char) => (char === '\u3000' ? ' ' : String.fromCharCode(char.charCodeAt(0) - 0xfee0))) : text;
}
