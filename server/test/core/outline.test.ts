import { describe, expect, it } from 'vitest';
import type { Label } from '../../src/core/labels.js';
import { buildOutline } from '../../src/core/outline.js';
import { parseMarkdown } from '../../src/core/parse.js';

const outline = (text: string) => buildOutline(parseMarkdown(text).tree, text);
const labelTexts = (labels: Label[]): string[] => labels.flatMap((l) => [l.text, ...labelTexts(l.children).map((t) => `  ${t}`)]);

describe('buildOutline', () => {
  it('nests sections by heading depth and ends each at the next heading of its rank', () => {
    const text = '# Title\n\n## A\n\ntext\n\n### A.1\n\nmore\n\n## B\n';
    const { root, sections } = outline(text);
    expect(root.children.map((s) => s.title)).toEqual(['Title']);
    expect(sections.map((s) => `${s.depth}:${s.title}`)).toEqual(['1:Title', '2:A', '3:A.1', '2:B']);
    const a = sections[1]!;
    expect(a.children.map((s) => s.title)).toEqual(['A.1']);
    expect(text.slice(a.startOffset, a.endOffset)).toBe('## A\n\ntext\n\n### A.1\n\nmore\n\n');
  });

  it('ignores headings inside code fences, blockquotes and HTML comments', () => {
    const text = '## Real\n\n```\n## Fenced\n```\n\n> ## Quoted\n\n<!--\n## Commented\n-->\n';
    expect(outline(text).sections.map((s) => s.title)).toEqual(['Real']);
  });

  it('reads setext headings and does not count comments or rules as content', () => {
    const text = 'Title\n=====\n\n## Empty\n\n<!-- prompt -->\n\n---\n\n## Full\n\nSome text.\n';
    const [title, empty, full] = outline(text).sections;
    expect(title!.depth).toBe(1);
    expect(empty!.hasOwnContent).toBe(false);
    expect(full!.hasOwnContent).toBe(true);
  });

  it('reads a label with an aside in parentheses before its colon, named by the words outside it', () => {
    const text = [
      '## Roadmap',
      '',
      '- ⬜ Métricas (as mesmas que o pessoal de meteorologia usa, pra COMPDEC entender): POD, FAR, CSI.',
      '- Validation (time-based, never mixing one storm between train and test): train 2011–2019, test 2022–2024.',
      '- This item (with an aside) is a sentence that runs on for far too many words to be a label: it is text.',
      '',
    ].join('\n');
    expect(labelTexts(outline(text).sections[0]!.labels)).toEqual(['⬜ Métricas', 'Validation']);
  });

  it('finds labels in bold paragraphs, "Label:" lines and list items', () => {
    const text = [
      '## Evaluation',
      '',
      '**Offline metrics:** nDCG and MRR.',
      '',
      'Online metrics: CTR.',
      '',
      '- ML objective: maximise clicks',
      '- Serving',
      '  - online prediction',
      '- This bullet is a sentence, not a label.',
      '',
    ].join('\n');
    const [section] = outline(text).sections;
    expect(labelTexts(section!.labels)).toEqual(['Offline metrics', 'Online metrics', 'ML objective', 'Serving', '  online prediction']);
    const serving = section!.labels[3]!;
    expect(serving.hasContent).toBe(true);
    expect(serving.units.map((u) => u.text)).toEqual(['online prediction']);
  });

  it('reads "Label:" lines the same whatever ends the lines: LF, CRLF or a lone CR', () => {
    const lf = '## Evaluation\n\nWe measure two things.\nOffline metrics: nDCG\nOnline metrics: CTR\n';
    const read = (text: string) => outline(text).sections[0]!.labels.map((l) => [l.text, l.line, l.startOffset, l.units.map((u) => u.text)]);
    expect(read(lf)).toEqual([
      ['Offline metrics', 3, 38, ['nDCG']],
      ['Online metrics', 4, 60, ['CTR']],
    ]);
    expect(read(lf.replace(/\n/g, '\r\n'))).toEqual([
      ['Offline metrics', 3, 41, ['nDCG']],
      ['Online metrics', 4, 64, ['CTR']],
    ]);
    expect(read(lf.replace(/\n/g, '\r'))).toEqual(read(lf));
  });

  it('reads the words of a later line\'s label, not its markup', () => {
    const text = '## Evaluation\n\nOffline metrics: AUC.\nA/B test: esta vez **no** vamos a correr un A/B.\n**Online:** see [the plan](https://x.y/ab-test) and `ab_v2`.\nthen _more_ words\n';
    const labels = outline(text).sections[0]!.labels;
    expect(labels.map((label) => [label.text, label.units.map((unit) => unit.text)])).toEqual([
      ['Offline metrics', ['AUC.']],
      ['A/B test', ['esta vez no vamos a correr un A/B.']],
      ['Online', ['see the plan and ab_v2.\nthen more words']],
    ]);
  });

  it('gives a bold label standing alone the blocks that follow it', () => {
    const text = '## Model\n\n**Baseline**\n\nMost popular items in the user\'s region.\n\n**Template bullet**\n';
    const [section] = outline(text).sections;
    const [baseline, template] = section!.labels;
    expect(baseline!.hasContent).toBe(true);
    expect(baseline!.units.map((u) => u.text)).toEqual(["Most popular items in the user's region."]);
    expect(template!.hasContent).toBe(false);
  });

  it('reads a bold label after an emoji as the label standing alone it is, and a remark after one as a remark', () => {
    const text = '# Ice on the crossings\n\n📏 **How we measured**\n\nMAE 4.1 cm on the last winter.\n\n👀 **Monitoring**\n\nEach new drilling is checked against the forecast.\n';
    const labels = outline(text).sections[0]!.labels;
    expect(labels.map((label) => [label.text, label.headingLike, label.units.map((unit) => unit.text)])).toEqual([
      ['How we measured', true, ['MAE 4.1 cm on the last winter.']],
      ['Monitoring', true, ['Each new drilling is checked against the forecast.']],
    ]);
    // A verdict marked with a thumb is what it says, not a heading over what follows.
    expect(labelTexts(outline('- 👎 **No monitoring at all.** Ran out of time.\n- 👍 **Baseline** named early.\n').root.labels)).toEqual([]);
  });
});

describe('labels in real-world lists', () => {
  it('reads a field that only lists tags as no label: a question site, a tracker or a pull request files its page so', () => {
    const labels = (text: string) => outline(text).root.labels.map((l) => l.text);
    expect(labels('Etiquetas: `machine-learning` `time-series` `python`\n')).toEqual([]);
    expect(labels('**Labels:** `fds`, `ml`, `needs-infra-review`\n')).toEqual([]);
    expect(labels('Tags: #mlops #python\n')).toEqual([]);
    // A field whose value is text, or holds code among its words, is a label as before.
    expect(labels('Labels: chargebacks within 90 days\n')).toEqual(['Labels']);
    expect(labels('Labels: built by `build_labels.py` from chargebacks\n')).toEqual(['Labels']);
    // Wherever the field stands: on a later line of a paragraph, or as a list item.
    expect(labels('**Status:** open\nLabels: `fds` `ml`\nTags: #mlops\n')).toEqual(['Status']);
    expect(labels('- Owner: Mina\n- Labels: `fds`, `ml`\n')).toEqual(['Owner']);
    // One code span, or code that is no slug, is the field's value: a model, a list of metrics.
    expect(labels('- **Basismodell:** `deepset/gbert-base`\n- Metrics: `ndcg@k`, `map@k`, `mrr`\n')).toEqual(['Basismodell', 'Metrics']);
    expect(labels('Status: open\nModel: `lightgbm`\n')).toEqual(['Status', 'Model']);
  });

  it('finds labels nested under a sentence-long item', () => {
    const text = '## Problem\n\n- First we translate the fuzzy business problem into a well-posed ML problem\n  - ML objective: clicks\n  - ML category: ranking\n';
    const [section] = outline(text).sections;
    expect(labelTexts(section!.labels)).toEqual(['ML objective', 'ML category']);
  });

  it('reads a bold line with text under it as a label that holds that text once, as one text however it is wrapped', () => {
    const [label] = outline('**Model**\nTwo rules to beat.\nThen LightGBM.\n').root.labels;
    expect(label).toMatchObject({ text: 'Model', headingLike: true });
    expect(label!.units.map((unit) => [unit.line, unit.text])).toEqual([[1, 'Two rules to beat.\nThen LightGBM.']]);
    const [runIn] = outline('**Problem.** Too many returns.\nAnd empty shelves by four.\n').root.labels;
    expect(runIn!.units.map((unit) => unit.text)).toEqual(['Too many returns.\nAnd empty shelves by four.']);
    // A label on a later line starts a text of its own.
    const stacked = outline('**Status:** open\nOwner: Priya\nstill to agree with IT.\n').root.labels;
    expect(stacked.map((l) => [l.text, l.units.map((unit) => unit.text)])).toEqual([['Status', ['open']], ['Owner', ['Priya\nstill to agree with IT.']]]);
  });

  it('reads the title after a time, as show notes and transcripts mark their parts, as the label', () => {
    const read = (text: string) => outline(text).root.labels.map((l) => [l.text, l.units.map((u) => u.text)]);
    expect(read('**00:10:05** — Les contraintes : le prix doit être calculé en moins de 100 ms.\n')).toEqual([
      ['Les contraintes', ['le prix doit être calculé en moins de 100 ms.']],
    ]);
    expect(read('**00:18:50** — Les données. Tout part du flux d\'événements.\n')).toEqual([['Les données', ['Tout part du flux d\'événements.']]]);
    expect(read('[12:30] Monitoring: alerts on drift, weekly retraining.\n')).toEqual([['Monitoring', ['alerts on drift, weekly retraining.']]]);
    // Each part's title is a peer of the next one's; a field in its text is its own.
    const parts = outline('**00:10:05** — Les contraintes : moins de 100 ms.\n\nBudget : 2 k€ par mois.\n\n**00:18:50** — Les données. Tout part du flux.\n').root.labels;
    expect(parts.map((l) => [l.text, l.children.map((c) => c.text)])).toEqual([['Les contraintes', ['Budget']], ['Les données', []]]);
    // A time before prose heads nothing, nor is the time itself a topic.
    expect(read('**00:00** Hey everyone, Priya here, this is the walkthrough I promised in standup.\n')).toEqual([]);
    expect(read('**00:14** — So, context first, we service about forty-eight hundred elevators.\n')).toEqual([]);
  });

  it('reads the title after a slide\'s or a part\'s number, as a talk\'s script marks its slides, as the label', () => {
    const read = (text: string) => outline(text).root.labels.map((l) => [l.text, l.units.map((u) => u.text), Boolean(l.headingLike)]);
    expect(read('**[SLIDE 6]** — "How it gets to the front desk" (screenshot of the morning list)\n')).toEqual([
      ['How it gets to the front desk', ['(screenshot of the morning list)'], true],
    ]);
    expect(read('**Folie 3** – Die Daten: sechs Monate Buchungen.\n')).toEqual([['Die Daten', ['sechs Monate Buchungen.'], true]]);
    // A number with no title after it stays the label.
    expect(read('**Phase 1**: shadow mode for two weeks, then a 10% rollout.\n')).toEqual([['Phase 1', ['shadow mode for two weeks, then a 10% rollout.'], false]]);
  });

  it('reads a thread\'s post that is only a title or a question as a heading over the posts after it, and any other post as a paragraph', () => {
    const read = (text: string) => outline(text).root.labels.map((l) => [l.text, Boolean(l.headingLike)]);
    expect(read('5/ Datos 📊\n\nComensales reales, calendario escolar y menú del día.\n')).toEqual([['Datos', true]]);
    expect(read('13/ ¿Cómo llega el número a la cocina? 📲\n\nCada noche a las 5:30 un job calcula la previsión.\n')).toEqual([
      ['¿Cómo llega el número a la cocina', true],
    ]);
    expect(read('**4/** Offline results\n\nWAPE 6.8% against 14.1% for the kitchens\' average.\n')).toEqual([['Offline results', true]]);
    // A post's first sentence is its prose, and a label after the number is read as any paragraph's.
    expect(read('25/ Las predicciones NO se usan para pagar al socio.\n')).toEqual([]);
    expect(read('2/ Contexto: trabajamos con una empresa de catering.\n')).toEqual([['2/ Contexto', false]]);
  });

  it('reads a figure after a colon as a value stated, not a label, and keeps the lines before a later label as text', () => {
    const text = '**Offline results**\n\n• WAPE baseline: 14,1%\n• WAPE LightGBM: 6,8%\n• With the 90th quantile: short days 1,9%\n';
    const [results] = outline(text).root.labels;
    expect(labelTexts([results!])).toEqual(['Offline results', '  • With the 90th quantile']);
    expect(results!.units.map((u) => u.text)).toEqual(['• WAPE baseline: 14,1%\n• WAPE LightGBM: 6,8%']);
  });

  it('reads a label\'s text wrapped over many lines in one pass', () => {
    // Reading the growing text again at each line took seconds for a few thousand lines.
    const lines = Array.from({ length: 10_000 }, (_, i) => `more about the click logs, line ${i}`);
    const [label] = outline(`**Sources:** click logs\n${lines.join('\n')}\n`).root.labels;
    expect(label!.units).toHaveLength(1);
    expect(label!.units[0]!.text.split('\n')).toHaveLength(10_001);
    expect(label!.hasContent).toBe(true);
  });

  it('reads a bold lead with a clause and a colon after it as a label over the blocks that follow, as an aside in parentheses is', () => {
    const read = (text: string) => outline(text).root.labels.map((l) => [l.text, l.headingLike, l.units.map((u) => u.text)]);
    const list = '\n\n- Carrier cut-off misses per week\n- Picker idle time\n';
    expect(read(`**Online**, what we actually care about:${list}`)).toEqual([
      ['Online', true, ['what we actually care about', 'Carrier cut-off misses per week', 'Picker idle time']],
    ]);
    expect(read(`**Online** (what we actually care about):${list}`)).toEqual(read(`**Online**, what we actually care about:${list}`));
    expect(read(`**Признаки**, которые мы считаем:${list}`)[0]!.slice(0, 2)).toEqual(['Признаки', true]);
    // Bold words inside a sentence, or a clause that does not end in a colon, are no label.
    expect(read('**Online**, the model runs in the API.\n')).toEqual([]);
    expect(read(`**Not** part of this proposal:${list}`).map(([text]) => text)).not.toContain('Not');
    // A clause of any length is read in one pass: a line of spaces after the comma is no label, and no hang.
    expect(read(`**Online**, ${' '.repeat(100_000)}x\n`)).toEqual([]);
    expect(read(`**Online**, a${' '.repeat(100_000)}b:\n`).map(([text]) => text)).toEqual(['Online']);
    // So is what follows an aside in parentheses: spaces after it and then a word, or a colon.
    expect(read(`**Online** (a)${' '.repeat(300_000)}x\n`)).toEqual([]);
    expect(read(`**Online** (what we care about)${' '.repeat(300_000)}:${list}`)[0]!.slice(0, 2)).toEqual(['Online', true]);
  });

  it('reads a first line in styled letters as a bold line over its text, in the letters it spells, and a pasted formula as text', () => {
    const [label] = outline('𝗪𝗵𝗮𝘁 𝘄𝗲 𝗯𝘂𝗶𝗹𝘁\nA weekly forecast per store.\n').root.labels;
    expect(label).toMatchObject({ text: 'What we built', headingLike: true });
    expect(label!.units.map((unit) => unit.text)).toEqual(['A weekly forecast per store.']);
    expect(outline('𝗥𝗲𝘀𝘂𝗹𝘁𝘀\n\nMAPE fell to 11%.\n').root.labels.map((l) => [l.text, l.units.map((u) => u.text)])).toEqual([['Results', ['MAPE fell to 11%.']]]);
    expect(outline('𝑅𝑒𝑣 = 𝑝 × 𝑞\nwhere p is the price.\n').root.labels).toEqual([]);
    expect(outline('𝑅\n𝑒\n𝑣\n').root.labels).toEqual([]);
  });

  it('reads an item that opens with a bold lead ending as a sentence as a heading-like label', () => {
    const labels = outline('1. **Learn from past leaks.** 1,240 credits and 2,000 field orders are the examples.\n2. **Offline:** PR-AUC on 2023.\n').root.labels;
    expect(labels.map((label) => [label.text, label.headingLike])).toEqual([['Learn from past leaks', true], ['Offline', false]]);
  });

  it('reads a longer item with items under it as a heading-like label', () => {
    const text = '- Translate the business problem into an ML problem\n  - ML objective: clicks\n';
    const [label] = outline(text).root.labels;
    expect(label).toMatchObject({ text: 'Translate the business problem into an ML problem', headingLike: true });
    expect(labelTexts(label!.children)).toEqual(['ML objective']);
  });

  it('splits "Topic (aside)" bullets and collects bare bullets as prompts', () => {
    const text = '## Scaling and monitoring\n\n- Scaling (SW and ML systems)\n- Monitoring\n  - Drift\n\n## Notes\n\nA sentence long enough to count as prose here.\n';
    const { sections, hasProse } = outline(text);
    expect(sections[0]!.prompts).toEqual(['Scaling', 'Monitoring', 'Drift']);
    expect(sections[1]!.prompts).toBeUndefined();
    expect(hasProse).toBe(true);
    expect(sections[0]!.labels[0]).toMatchObject({ text: 'Scaling', units: [{ text: 'SW and ML systems' }] });
    // Only a last aside with no parentheses inside it splits; long runs of spaces read as any text.
    const bullets = (item: string) => outline(`- ${item}\n`).root.labels.map((label) => [label.text, label.units.map((unit) => unit.text)]);
    expect(bullets('Serving （在线）')).toEqual([['Serving', ['在线']]]);
    expect(bullets('Data (logs (raw))')).toEqual([['Data (logs (raw))', []]]);
    expect(bullets(`a${' '.repeat(5000)}(b)`)).toEqual([['a', ['b']]]);
  });

  it('tells an outline from a written document', () => {
    expect(outline('1. Problem\n    * Business goal\n    * Scale\n2. Data\n    * Sources\n').hasProse).toBe(false);
    expect(outline('## 数据\n\n我们从广告服务器日志中收集曝光和点击数据，按天合并并生成自然标签。\n').hasProse).toBe(true);
  });

  it('reads terse notes that answer their labels as written, and a template with one such prompt as an outline', () => {
    const terse = '## Model\n- Baseline: popularity ranking\n- Main: two-tower retrieval\n\n## Evaluation\n- Offline: AUC, nDCG\n';
    expect(outline(terse).hasProse).toBe(true);
    // Two answers are not yet notes; a form's choices, examples, questions and placeholders answer nothing.
    expect(outline('## Model\n- Baseline: popularity ranking\n- Main: two-tower retrieval\n').hasProse).toBe(false);
    const template = [
      '1. Problem', '    * Data: sources and availability', '    * Status: draft / in review / approved',
      '    * Metrics: e.g. AUC, recall', '    * Baseline: what do we compare against?', '    * Owner: TBD', '',
    ].join('\n');
    expect(outline(template).hasProse).toBe(false);
    // A template whose header alone is filled in is still a template.
    const header = '# Design doc\n\n- Author: Jane Doe\n- Team: Search Ranking\n- Reviewers: Bob Li, Ann Wu\n\n## Model\n- Baseline\n- Training\n';
    expect(outline(header).hasProse).toBe(false);
  });

  it('marks a short item with nested items as heading-like', () => {
    const text = '1. Data collection and preparation\n    * Data sources\n    * Labelling\n2. Prediction service\n';
    const labels = outline(text).root.labels;
    expect(labels.map((l) => [l.text, l.headingLike, l.hasContent])).toEqual([
      ['Data collection and preparation', true, true],
      ['Prediction service', false, false],
    ]);
  });

  it('keeps a bold label open over the run-in labels after it, as its items, and not an italic byline', () => {
    const text = [
      '**Results**',
      '',
      'On the test months macro-F1 is 0.83.',
      '',
      'Urgency: recall 0.88 at precision 0.61.',
      '',
      'Then a two-week A/B test: half of the tickets went through the model.',
      '',
      '*Posted Sep 10 · unrolled*',
      '',
      'So: object detection.',
      '',
      'Boxes around lesions.',
      '',
    ].join('\n');
    const labels = outline(text).root.labels;
    expect(labelTexts(labels)).toEqual(['Results', '  Urgency', '  Then a two-week A/B test', 'Posted Sep 10 · unrolled', 'So']);
    expect(labels[0]!.units.map((u) => u.text)).toEqual(['On the test months macro-F1 is 0.83.']);
    expect(labels[2]!.units.map((u) => u.text)).toEqual(['object detection.']);
  });

  it('leaves inline HTML out of heading titles', () => {
    const text = '## <a name="serving"></a> Serving\n\nOnline.\n';
    expect(outline(text).sections[0]!.title).toBe('Serving');
  });
});
