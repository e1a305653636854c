/**
 * The labels of a table: each row below the header, named as a reader names it, so a row can stand
 * for a step as a "Label: …" line does.
 */
import type { RootContent, Table, TableCell } from 'mdast';
import { colonLabel, MAX_LABEL_WORDS } from './label-split.js';
import type { Label } from './labels.js';
import { isPlaceholderText } from './placeholders.js';
import { lineOf, textUnits, toString } from './text.js';
import { wordCount } from './words.js';

/**
 * A table's rows below the header, each named by its first cell (see `rowName`): "| Model | Two-tower
 * retrieval, then a DCN ranker |" is a label as "Model: ..." would be; a name several rows share is not.
 */
export function tableLabels(table: Table): Label[] {
  const rows = table.children.slice(1);
  const names = rows.map((row) => (row.children.length > 0 ? rowName(row.children) : ''));
  const rowsNamed = new Map<string, number>();
  for (const name of names) rowsNamed.set(name, (rowsNamed.get(name) ?? 0) + 1);
  return rows.flatMap((row, index) => {
    const [, ...rest] = row.children;
    const name = names[index]!;
    // A name that several rows share is a category that groups them ("| 服务 | P99 延迟 | … |", "| Service | 5xx rate | … |"
    // under monitoring), not the name of one row.
    if (!name || wordCount(name) > MAX_LABEL_WORDS || rest.length === 0 || rowsNamed.get(name)! > 1) return [];
    const start = row.position!.start;
    const units = textUnits(rest as unknown as RootContent[]);
    return [
      {
        text: name,
        line: lineOf(start),
        startOffset: start.offset!,
        endOffset: row.position!.end.offset!,
        titleRun: [{ text: name, line: lineOf(start), offset: start.offset! }],
        units,
        hasContent: units.some((unit) => !isPlaceholderText(unit.text)),
        headingLike: false,
        children: [],
      },
    ];
  });
}

/** A cell that only numbers or dates its row: "D-13", "R2", "EXP-416", "1.2", "12.03.2024". */
const ROW_ID = /^#?\p{Lu}{0,8}[-_]?\d{1,4}(?:[./-]\d{1,4})*[a-z]?\.?$/u;

/**
 * What names a row: its first cell, or past the cells that only number or date it (a decision log's
 * "| D-13 | 20.08.2024 | Modellüberwachung: täglicher PSI … |"), the first cell's label or, short, the cell itself.
 */
function rowName(cells: readonly TableCell[]): string {
  const texts = cells.map((cell) => toString(cell).trim());
  const named = texts.findIndex((text, index) => index > 0 && text !== '' && !ROW_ID.test(text));
  // A row whose one text is its last cell is that text's row: "| 3 | The system shall … |" names nothing.
  if (!ROW_ID.test(texts[0]!) || named < 0 || named === texts.length - 1) return texts[0]!;
  const text = texts[named]!;
  return colonLabel(text)?.label ?? (wordCount(text) <= MAX_LABEL_WORDS ? text : texts[0]!);
}
