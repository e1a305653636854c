import { describe, expect, it } from 'vitest';
import { applyEdits, check, COMPLETE, describe as show, optIn, rules } from '../helpers.js';
import { createDocumentCache } from '../../src/core/document.js';
import { MAX_NESTING } from '../../src/core/parse.js';

describe('which documents are checked', () => {
  const steps = [
    '## Requirements\n\nCut churn for 2M subscribers; scores are needed for 10M accounts a week.\n',
    '## Data\n\nBilling events and support tickets from the warehouse, labelled by whether the account cancelled.\n',
    '## Model\n\nA GBDT classifier; the baseline is the current rule "no login for 30 days".\n',
    '## Evaluation\n\nPR-AUC on the last quarter, and retention of the treated accounts in an A/B test.\n',
  ].join('\n');

  it('checks documents that opt in with frontmatter', () => {
    const analysis = check(optIn('# Notes\n'));
    expect(analysis.checked).toBe(true);
    expect(analysis.reason).toBe('frontmatter');
  });

  it('checks paths matching the include globs, relative to the workspace', () => {
    expect(check('# Notes\n', { path: 'docs/design-docs/search.md' }).reason).toBe('include');
    expect(check('# Notes\n', { path: 'ranking.mlsd.md' }).reason).toBe('include');
    expect(check('# Notes\n', { path: 'docs/ranking.md' }).checked).toBe(false);
    expect(check('# Notes\n', { path: 'notes/x.md', include: ['notes/**'] }).reason).toBe('include');
  });

  it('checks a document whose headings name framework steps with something under them', () => {
    expect(check(steps, { path: 'notes/ranking.md' }).reason).toBe('headings');
    expect(check(steps).reason).toBe('headings');
    expect(check('## Requirements\n\nx\n\n## Data\n\ny\n', { path: 'notes/ranking.md' }).checked).toBe(false);
  });

  it('checks an outline whose headings name most steps, before anything is written', () => {
    const outline = ['Requirements', 'Problem framing', 'Data', 'Model', 'Evaluation'].map((title) => `## ${title}\n`).join('\n');
    expect(check(outline, { path: 'notes/x.md' }).reason).toBe('headings');
  });

  it('checks a work-style design doc that names no framework step, by what it covers', () => {
    const doc = [
      '# Smarter reorder reminders',
      '## Problem',
      'Shoppers forget to reorder; 40% of repeat purchases lapse. We have 3M active customers a month.',
      '## Approach',
      'We frame this as binary classification: the input is a customer and a product, the output is the probability of a repurchase within 7 days.',
      'Training data comes from 18 months of order logs; labels are natural (did they reorder).',
      'We start simple with logistic regression as the baseline, then a GBDT.',
      '## How we will know',
      'Offline we track PR-AUC and recall@10; online, the reorder rate in an A/B test.',
      '## Launch',
      'Scores are precomputed nightly in a batch job and cached for the app.',
      '## Risks',
      'Seasonality may shift the data: we alert on drift in the input distributions and retrain weekly.',
    ].join('\n\n');
    expect(check(doc, { path: 'docs/reorder.md' }).reason).toBe('content');
  });

  it('leaves meeting notes, model cards and tutorials alone even when they name the steps', () => {
    const notes = '# ML sync 2024-05-02\n\n## Data\n\nThe new click logs landed; labels look noisy.\n\n## Model\n\nThe GBDT beats the baseline by 2 points of AUC.\n\n## Evaluation\n\nPrecision is flat, recall up.\n\n## Action items\n\n- Ana: rerun the eval.\n';
    const card = '# Model card: spam-v3\n\n## Model details\n\nA BERT classifier.\n\n## Intended use\n\nSpam filtering.\n\n## Training data\n\n2M labelled emails.\n\n## Metrics\n\nPrecision 0.97, recall 0.91.\n\n## Ethical considerations\n\nFalse positives hide mail.\n';
    for (const text of [notes, card]) expect(check(text, { path: 'notes/x.md' }).checked).toBe(false);
  });

  it("checks a design kept in a repository, whose README sections say where it lives, not what it is", () => {
    const design = [
      '# Sorting bot',
      'A camera over the bins tells recyclable waste from the rest for 40 canteens, within 200 ms a photo.',
      '## The problem as ML',
      'Image classification: the input is a photo, the output one of four classes.',
      '## Data',
      '12,000 labelled photos from two canteens.',
      '## Model',
      'A MobileNet fine-tuned, against a colour-histogram baseline.',
      '## Results',
      'Accuracy 0.91 on held-out canteens.',
      '## Demo and deployment',
      'Runs on a Raspberry Pi beside each bin.',
      '## Getting started',
      'pip install -r requirements.txt',
      '## License',
      'MIT',
    ].join('\n\n');
    expect(check(design, { path: 'projects/sorting-bot.md' }).checked).toBe(true);
    // A library's README names fewer steps: its README sections still leave it alone.
    const library = '# ranklib\n\nSearch teams need a ranker they can train on 10M queries a day.\n\n## Installation\n\npip install ranklib\n\n## Data\n\nLoads click logs as learning-to-rank labels.\n\n## Model\n\nA LambdaMART ranker against a BM25 baseline.\n\n## Evaluation\n\nnDCG@10 on held-out queries.\n\n## License\n\nMIT\n';
    expect(check(library.replace(/## (Installation|License)\n\n.*\n/g, ''), { path: 'docs/ranklib.md' }).checked).toBe(true);
    expect(check(library, { path: 'docs/ranklib.md' }).checked).toBe(false);
  });

  it('knows the headings of other kinds of documents in the other languages', () => {
    const steps = '## Ziel\n\nDie Disponenten sollen 2.000 Aufträge am Tag schneller zuordnen.\n\n## Daten\n\nKlickdaten und Labels.\n\n## Modell\n\nEin GBDT gegen die Baseline.\n\n## Evaluation\n\nnDCG@10.\n\n## Deployment\n\nNächtlicher Batch-Job.\n';
    const texts = [
      `# ML-Engineer (m/w/d) Lastprognose\n\n## Ihre Aufgaben\n\nModelle bauen.\n\n${steps}\n## Ihr Profil\n\nPython.\n\n## Wir bieten\n\nHomeoffice.\n`,
      `# 模型上线评审\n\n## 参会人员\n\n张三、李四\n\n${steps}\n## 待办事项\n\n- 补充监控\n`,
      `# Ошибка в фичах\n\n## Что произошло\n\nДубли событий.\n\n${steps}\n## Корневая причина\n\nПовтор в стриме.\n`,
      // An API reference: how to call a model's endpoint, not how it was designed.
      `# Churn API\n\n## Authentication\n\nBearer tokens.\n\n${steps}\n## Rate limits\n\n100 requests a second.\n`,
      // A team's wiki home page: who they are, how they work, where to start.
      `# Команда ML\n\n## 👋 Кто мы\n\nПоиск и рекомендации.\n\n${steps}\n## 🆕 Онбординг\n\nДоступы и первые задачи.\n`,
      `# Search ML\n\n## Who we are\n\nSix engineers.\n\n${steps}\n## Useful links\n\n- Dashboards\n`,
    ];
    expect(check(`# Lastprognose\n\n${steps}`, { path: 'docs/x.md' }).checked).toBe(true);
    for (const text of texts) expect(check(text, { path: 'docs/x.md' }).checked, text.split('\n')[0]).toBe(false);
  });

  it('leaves a job posting alone even when its headings name every step, but not a walkthrough titled "How I…"', () => {
    const steps5 = '## Data\n\nClick logs.\n\n## Model\n\nA GBDT.\n\n## Evaluation\n\nnDCG@10.\n\n## Serving\n\nOnline.\n\n## Monitoring\n\nDrift alerts.\n';
    const posting = `# Senior ML engineer\n\n## About the team\n\nSearch.\n\n## What you'll do\n\nShip models.\n\n${steps5}`;
    expect(check(posting, { path: 'jobs/mle.md' }).checked).toBe(false);
    // The same, in the words of postings in other languages: what you will do, what counts in your favour, how hiring goes.
    for (const [first, second] of [['Чем предстоит заниматься', 'Будет плюсом'], ['Über uns', 'Bewerbungsprozess'], ['加分项', '招聘流程'], ['About us', 'Hiring process']]) {
      expect(check(`# Senior ML engineer\n\n## ${first}\n\nSearch.\n\n## ${second}\n\nTwo interviews.\n\n${steps5}`, { path: 'jobs/mle.md' }).checked, first).toBe(false);
    }
    expect(check(`# How I'd design search ranking\n\n${steps5}`, { path: 'blog/search.md' }).checked).toBe(true);
    // A title of a kind that never is a design outweighs even an outline of every step.
    for (const title of ['Search team Q3 OKRs and roadmap', 'ML system design: question bank', 'Weekly report, week 14', 'Interviewer rubric: ML system design (L4–L6)', 'Aprendizaje automático en producción — Programa de la asignatura', 'CS 329: course syllabus', '智能工单分派项目 · 第 37 周周报',
      'Stellenanzeige: ML Engineer Lastprognose', 'Вакансия: ML-инженер', '채용 공고 — ML 엔지니어', 'Лекция 6. Проектирование ML-систем', 'Lecture notes, week 6: ML system design', '講義ノート：MLシステム設計',
      // An interviewer's feedback on a candidate, and a product's datasheet.
      'Interview Feedback — ML System Design (Onsite, Round 3)', '面试反馈：推荐系统设计', 'VECTIS ML Platform 4.2 — Fiche produit', 'Produktdatenblatt: ML-Observability']) {
      expect(check(`# ${title}\n\n${steps5}`, { path: 'notes/x.md' }).checked, title).toBe(false);
    }
    // Without an outline of most steps, the title alone tells another kind of document.
    for (const title of ['Lecture notes: ranking', 'RecSys reading group, week 7: SASRec', 'Ata — Squad de Dados · 14/05', 'Ретроспектива: запуск модели', 'Bienvenue dans l\'équipe Data', 'Data team — Q3 planning',
      'ML compute capacity plan — H2 FY25', 'Grupo de estudos de ML — encontro #9', '推荐系统勉強会メモ', 'Minutes of the ranking review, 3 May',
      'Build your first churn model with scikit-learn in 30 minutes', 'Build a churn model in 10 minutes']) {
      expect(check(`# ${title}\n\n## Data\n\nClick logs and labels.\n\n## Model\n\nA GBDT baseline.\n\n## Evaluation\n\nnDCG@10.\n`, { path: 'notes/l9.md' }).checked, title).toBe(false);
    }
  });

  it('does not take minutes of time or a French "lecture" (reading) in a design\'s title for minutes of a meeting or a lecture', () => {
    const body = 'Skiers should see a wait they can trust for the 14 lifts, updated every minute for 30,000 app users a day.\n\n## Data\n\nGate scans and labels.\n\n## Model\n\nA GBDT against the last-hour average as baseline.\n\n## Evaluation\n\nMAE 1.8 minutes on held-out days.\n\n## Serving\n\nScores are precomputed every minute in batch.\n';
    for (const title of ['How the app knows your lift line is 12 minutes', 'FlockCount: worm egg counts on the farm in minutes, not days', "RFC-0042 : Lecture d'étiquettes par vision sur les lignes de tri"]) {
      expect(check(`# ${title}\n\n${body}`, { path: 'notes/x.md' }).checked, title).toBe(true);
    }
  });

  it("leaves alone a course's syllabus, told by its headings, whatever its title", () => {
    const steps5 = '## Data\n\nClick logs.\n\n## Model\n\nA GBDT.\n\n## Evaluation\n\nnDCG@10.\n\n## Serving\n\nOnline.\n\n## Monitoring\n\nDrift alerts.\n';
    for (const [first, second] of [['Learning objectives', 'Grading'], ['Lernziele', 'Sprechstunde'], ['Objetivos de aprendizaje', 'Criterios de calificación'], ['到達目標', '成績評価']]) {
      expect(check(`# CS 4782 — ML Systems in Production\n\n## ${first}\n\nShip a model.\n\n${steps5}\n## ${second}\n\nProject 40 %.\n`, { path: 'notes/x.md' }).checked, first).toBe(false);
    }
  });

  it("leaves alone a sprint's plan and a product's sales page, told by their headings", () => {
    const steps5 = '## Data\n\nClick logs.\n\n## Model\n\nA GBDT.\n\n## Evaluation\n\nnDCG@10.\n\n## Serving\n\nOnline.\n\n## Monitoring\n\nDrift alerts.\n';
    expect(check(`# Sprint 14 — Turbine squad\n\n## Sprint goal\n\nShip v2.\n\n${steps5}\n## Action items\n\n- Ana: labels\n`, { path: 'notes/x.md' }).checked).toBe(false);
    expect(check(`# VECTIS\n\n${steps5}\n## Ils nous font confiance\n\nTrois banques.\n\n## Tarifs\n\nSur devis.\n`, { path: 'notes/x.md' }).checked).toBe(false);
    expect(check(`# Turbine health\n\n${steps5}\n## Action items\n\n- Ana: labels\n`, { path: 'notes/x.md' }).checked).toBe(true);
  });

  it('counts each kind of heading of another document once: a design told by its versions asks "What went wrong" of each', () => {
    const version = (n: number) => `## v${n}\n\n### What went wrong\n\nThe grid lookup was coarse.\n\n`;
    const steps5 = '## Data\n\nClick logs.\n\n## Model\n\nA GBDT.\n\n## Evaluation\n\nnDCG@10.\n\n## Serving\n\nOnline.\n\n## Monitoring\n\nDrift alerts.\n';
    expect(check(`# Pick time\n\n${steps5}\n${version(1)}${version(2)}`, { path: 'notes/x.md' }).checked).toBe(true);
    expect(check(`# Pick time\n\n${steps5}\n## What went wrong\n\nThe lookup.\n\n## Root cause\n\nA stale grid.\n`, { path: 'notes/x.md' }).checked).toBe(false);
  });

  it('leaves alone a vendor comparison, a progress report and a book review that a design doc\'s body would not tell apart', () => {
    const body = 'Shoppers should find what they want within two searches: the goal for our 3M users a day.\n\n## Data\n\nClick logs and labels.\n\n## Model\n\nA GBDT baseline.\n\n## Evaluation\n\nnDCG@10.\n\n## Serving\n\nScores are precomputed nightly.\n';
    expect(check(`# Feed, Q3\n\n${body}`, { path: 'notes/x.md' }).checked).toBe(true);
    for (const title of ['Vendor comparison, Q3', 'Build vs buy, Q3', 'Status update, week 23', '進捗報告 第23週', 'Book notes, spring 2024', 'Chapter by chapter, spring 2024', '障害報告書：おすすめ枠', 'Störungsbericht, KW 12', 'Handwritten OCR — model comparison, June',
      'Propuesta de presupuesto 2025 — GPU', 'Budget request: training cluster', 'Datenschutz-Folgenabschätzung gemäß Art. 35 DSGVO', 'DPIA — churn score', 'Privacy impact assessment: feed ranking',
      'Search ML team wiki', '推荐算法组 · 团队主页',
      // An analysis of data already gathered: findings and advice, no system to build.
      '2024년 상반기 구독 고객 이탈 요인 분석 보고서', 'Churn drivers — analysis report, H1 2024', '会员复购数据分析报告',
      // A vendor's whitepaper or a guide to a practice teaches the steps and designs nothing.
      "Models Don't Fail Loudly: A Practical Guide to Production ML Observability", 'Whitepaper: drift monitoring at scale', 'Livre blanc — observabilité des modèles']) {
      expect(check(`# ${title}\n\n${body}`, { path: 'notes/x.md' }).checked, title).toBe(false);
    }
  });

  it('checks the minutes of a design meeting, whose title says they record the design, as it leaves other minutes alone', () => {
    const body = 'Shoppers should find what they want within two searches: the goal for our 3M users a day.\n\n## Data\n\nClick logs and labels.\n\n## Model\n\nA GBDT baseline.\n\n## Evaluation\n\nnDCG@10.\n\n## Serving\n\nScores are precomputed nightly.\n';
    for (const title of ['Acta de reunión de diseño técnico — estimador de esfuerzo', 'Compte rendu de conception — pré-saisie des factures', 'Design review minutes: search ranking', '设计评审会议纪要：搜索排序']) {
      expect(check(`# ${title}\n\n${body}`, { path: 'notes/x.md' }).checked, title).toBe(true);
    }
    for (const title of ['Acta de reunión — equipo de datos', 'Compte rendu — réunion du 14/05', 'Meeting minutes: search ranking', '会议纪要：搜索排序']) {
      expect(check(`# ${title}\n\n${body}`, { path: 'notes/x.md' }).checked, title).toBe(false);
    }
    // Minutes that walk the steps under headings of their own keep their "Attendees" and "Action items" aside;
    // other minutes with the same headings stay alone.
    const meeting = '## Attendees\n\nAna, Bo.\n\n## Agenda\n\n1. Walk the design.\n\n';
    const steps = `## Requirements\n\nShoppers should find what they want within two searches.\n\n## Framing\n\nRank results by click probability.\n\n${body.slice(body.indexOf('## Data'))}\n## Action items\n\n- Bo: rerun the eval.\n`;
    expect(check(`# Design review minutes: search ranking\n\n${meeting}${steps}`, { path: 'notes/x.md' }).checked).toBe(true);
    expect(check(`# Meeting minutes: search ranking\n\n${meeting}${steps}`, { path: 'notes/x.md' }).checked).toBe(false);
    // Or whose header says what meeting they record, as the title would.
    for (const field of ['**Tipo de reunión:** Revisión de diseño técnico', 'Meeting type: design review', '**Objet :** revue de conception']) {
      expect(check(`# Minutes 07/2024\n\n${field}\n\n${meeting}${steps}`, { path: 'notes/x.md' }).checked, field).toBe(true);
    }
    expect(check(`# Minutes 07/2024\n\n**Meeting type:** weekly sync\n\n${meeting}${steps}`, { path: 'notes/x.md' }).checked).toBe(false);
    // A post-mortem that ends in the next version's proposal walks its steps too, its "Root cause" aside.
    const incident = '## Root cause\n\nA feature went stale.\n\n## Contributing factors\n\nNo alert on freshness.\n\n## What went well\n\nThe rollback.\n\n';
    for (const title of ['Post-mortem: ranking rollback and proposal for v2', 'Postmortem y propuesta v2: ranking', 'Разбор инцидента и предложение по v2']) {
      expect(check(`# ${title}\n\n${incident}${steps}`, { path: 'notes/x.md' }).checked, title).toBe(true);
    }
    expect(check(`# Post-mortem: ranking rollback\n\n${incident}${steps}`, { path: 'notes/x.md' }).checked).toBe(false);
    // So does one whose closing section proposes it over the steps' own headings; a proposal beside them is no design.
    const nested = steps.replace(/^## (?!Action)/gm, '### ');
    for (const heading of ['Proposal: ranking v2 redesign', 'Propuesta para la v2', 'Предложение: ранжирование v2']) {
      expect(check(`# Post-mortem: ranking rollback\n\n${incident}## ${heading}\n\n${nested}`, { path: 'notes/x.md' }).checked, heading).toBe(true);
    }
    expect(check(`# Post-mortem: ranking rollback\n\n${incident}${steps}## Proposal for next quarter\n\nMore GPUs.\n`, { path: 'notes/x.md' }).checked).toBe(false);
    // The proposal may be set as a part of its own at the first level, below the title.
    expect(check(`# Post-mortem: ranking rollback\n\n${incident}# Part 2 — Proposal: ranking v2\n\n${steps}`, { path: 'notes/x.md' }).checked).toBe(true);
    expect(check(`# Post-mortem: ranking rollback\n\n${incident}# Part 2 — Timeline\n\n${steps}`, { path: 'notes/x.md' }).checked).toBe(false);
  });

  it('leaves alone a document that builds a model but states no problem to solve, unless its headings outline most steps', () => {
    // A competition write-up or a tutorial has data, a model, validation and inference, and no one it is for.
    const writeUp = '# Solar output, 1st place\n\n## Data\n\nHourly readings from 120 sites and a weather feed.\n\n## Model\n\nA LightGBM baseline, then a 1D-CNN; we ensemble both.\n\n## Validation\n\nGrouped CV by site; MAE 0.071 on the private leaderboard.\n\n## Inference\n\nPredictions for the test set are made in one batch job.\n';
    expect(check(writeUp, { path: 'notes/x.md' }).checked).toBe(false);
    const goals = '## Goals\n\nGrid operators need tomorrow\'s output per site by 6 a.m. to plan reserves.\n\n';
    expect(check(writeUp.replace('## Data', `${goals}## Data`), { path: 'notes/x.md' }).checked).toBe(true);
  });

  it('reads the title of a page from its frontmatter when no heading gives one', () => {
    const body = 'Shoppers should find what they want within two searches: the goal for our 3M users a day.\n\n## Data\n\nClick logs and labels.\n\n## Model\n\nA GBDT baseline.\n\n## Evaluation\n\nnDCG@10.\n\n## Serving\n\nScores are precomputed nightly.\n';
    const page = (title: string) => `---\ntitle: "${title}"\ndate: 2024-04-21\n---\n\n${body}`;
    expect(check(page('A chapter-by-chapter review of Designing ML Systems'), { path: 'blog/review.md' }).checked).toBe(false);
    expect(check(page('Ranking the home feed'), { path: 'blog/feed.md' }).checked).toBe(true);
    // A heading of the first level is the title, whatever the frontmatter says.
    expect(check(`---\ntitle: Book review\n---\n\n# Ranking the home feed\n\n${body}`, { path: 'blog/feed.md' }).checked).toBe(true);
  });

  it('never takes a README or a changelog for a design doc by its headings alone', () => {
    for (const path of ['README.md', 'docs/readme.markdown', 'CHANGELOG.md', 'pkg/HISTORY.md', 'CONTRIBUTING.md']) {
      expect(check(steps, { path }).checked, path).toBe(false);
    }
    expect(check(optIn(steps), { path: 'README.md' }).reason).toBe('frontmatter');
  });

  it('leaves everything else alone', () => {
    const readme = '# Tool\n\n## Installation\n\nnpm i\n\n## Usage\n\nRun it.\n\n## License\n\nMIT\n';
    expect(check(readme, { path: 'README.md' })).toMatchObject({ checked: false, findings: [] });
    expect(check('---\ntitle: [broken\n---\n# x\n', { path: 'CHANGELOG.md' })).toMatchObject({ checked: false, findings: [] });
  });

  it('applies a forced schema to documents that do not opt in', () => {
    expect(check('# Notes\n', { forceSchema: 'ml-system-design' }).reason).toBe('forced');
  });
});

describe('a complete document', () => {
  const analysis = check(COMPLETE);

  it('has no finding', () => {
    expect(show(analysis.findings)).toBe('');
  });

  it('reports every step present, in schema order, with 0-based lines', () => {
    expect(analysis.sections.map((s) => `${s.id}:${s.status}:${s.line}`)).toEqual([
      'requirements:present:6',
      'framing:present:10',
      'data:present:15',
      'model:present:19',
      'evaluation:present:23',
      'serving:present:28',
      'monitoring:present:32',
    ]);
    expect(analysis.sections[4]!.heading).toBe('5. Evaluation');
  });

  it('reports the facts it read, with their values and lines', () => {
    expect(analysis.facts['offline-metrics']).toEqual({ found: true, values: ['normalized cross-entropy', 'ROC-AUC'], line: 25 });
    expect(analysis.facts['online-metrics']!.values).toEqual(['CTR', 'revenue lift', 'A/B test']);
    expect(analysis.facts['serving-mode']!.values).toEqual(['online']);
    expect(analysis.facts['ml-category']!.values).toEqual(['binary classification']);
  });
});

describe('statuses', () => {
  it('marks a section empty when it has only empty sub-headings or comments', () => {
    const text = COMPLETE.replace(/## 7\. Monitoring[\s\S]*$/, '## 7. Monitoring\n\n<!-- TODO -->\n\n### Drift\n\n### Alerts\n');
    const analysis = check(text);
    expect(analysis.sections[6]!.status).toBe('empty');
    expect(show(analysis.findings)).toContain('empty-section [monitoring] Monitoring section is empty');
  });

  it('marks a step incomplete when a required fact is missing, and names the fact', () => {
    const analysis = check(COMPLETE.replace('Online prediction behind the ad server, 20 ms budget.', 'A model server behind the ad server.'));
    expect(analysis.sections[5]!.status).toBe('incomplete');
    expect(analysis.facts['serving-mode']).toEqual({ found: false, values: [] });
    expect(rules(analysis)).toEqual(['missing-serving-mode']);
  });

  it('counts a labelled list item as a present sub-section', () => {
    const text = COMPLETE.replace('Offline metrics: normalized cross-entropy and ROC-AUC.\nOnline metrics: CTR and revenue lift in an A/B test.', '- Offline metrics: log loss\n- Online metrics: CTR');
    const evaluation = check(text).sections[4]!;
    expect(evaluation.children.map((c) => `${c.id}:${c.status}:${c.line}`)).toEqual(['offline-metrics:present:25', 'online-metrics:present:26']);
  });
});

describe('fixes', () => {
  it('inserts a missing step after the previous step the document has, at its heading level', () => {
    const text = COMPLETE.replace(/## 6\. Serving\n\nOnline prediction behind the ad server, 20 ms budget\.\n\n/, '');
    const [finding] = check(text).findings;
    expect(finding).toMatchObject({ rule: 'missing-section', section: 'serving', message: 'Missing step 6 of 7: "Deployment and serving"' });
    // The diagnostic sits on the heading the new section goes above.
    expect(text.split('\n')[finding!.range.start.line]).toBe('## 7. Monitoring');
    const fixed = applyEdits(text, finding!.fix!.edits);
    expect(fixed).toContain('## 5. Evaluation');
    expect(fixed).toMatch(/A\/B test\.\n\n## Deployment and serving\n\n<!-- Whether predictions are made online[^\n]*-->\n\n## 7\. Monitoring/);
    expect(rules(check(fixed))).toEqual(['empty-section']);
  });

  it('appends a missing last step at the end of the document', () => {
    const text = COMPLETE.replace(/## 7\. Monitoring[\s\S]*$/, '').trimEnd();
    const [finding] = check(text).findings;
    expect(finding!.rule).toBe('missing-section');
    expect(text.split('\n')[finding!.range.start.line]).toBe('Online prediction behind the ad server, 20 ms budget.');
    const fixed = applyEdits(text, finding!.fix!.edits);
    expect(fixed.endsWith('20 ms budget.\n\n## Monitoring\n\n' + fixed.split('## Monitoring\n\n')[1])).toBe(true);
    expect(fixed.startsWith(text)).toBe(true);
  });

  it('inserts a missing sub-section at the end of its step, one level deeper', () => {
    const text = COMPLETE.replace('Baseline: logistic regression on hashed features. Then a deep & cross network.', 'A deep & cross network.');
    const [finding] = check(text).findings;
    expect(finding).toMatchObject({ rule: 'missing-baseline', section: 'model' });
    expect(text.split('\n')[finding!.range.start.line]).toBe('## 4. Model development');
    const fixed = applyEdits(text, finding!.fix!.edits);
    expect(fixed).toContain('A deep & cross network.\n\n### Baseline\n\n<!--');
  });

  it('keeps CRLF line endings in inserted text', () => {
    const text = COMPLETE.replace(/## 7\. Monitoring[\s\S]*$/, '').replace(/\n/g, '\r\n');
    const [finding] = check(text).findings;
    expect(finding!.fix!.edits[0]!.newText).not.toMatch(/[^\r]\n/);
  });
});

describe('positions', () => {
  it('are identical for LF and CRLF documents', () => {
    const text = COMPLETE.replace('## 6. Serving', '## 6. Serving\n\n### Notes').replace('Online prediction', 'A server');
    const lf = check(text).findings;
    const crlf = check(text.replace(/\n/g, '\r\n')).findings;
    expect(crlf.map((f) => [f.rule, f.range])).toEqual(lf.map((f) => [f.rule, f.range]));
  });

  it('point frontmatter YAML errors at their place in the document', () => {
    const analysis = check('---\nframework: ml-system-design\ntitle: a: b\n---\n\n## Requirements\n');
    const finding = analysis.findings.find((f) => f.rule === 'frontmatter-error')!;
    expect(finding.range.start).toEqual({ line: 2, character: 7 });
  });

  it('reads the frontmatter anew whenever it changes, and the same whenever only the body does', () => {
    const body = '\n## Requirements\n\nx\n';
    const broken = '---\nframework: ml-system-design\ntitle: a: b\n---\n';
    const fine = '---\nframework: ml-system-design\ntitle: ok\n---\n';
    const errors = (text: string) => check(text).findings.filter((f) => f.rule === 'frontmatter-error').length;
    expect([broken, fine, broken, fine].map((frontmatter) => errors(frontmatter + body))).toEqual([1, 0, 1, 0]);
    expect(errors(broken + body + 'more\n---\n')).toBe(1);
    // A closing fence found after the opening one, however far the body runs.
    expect(check(`---\nframework: ml-system-design\n${'x: 1\n'.repeat(200)}---\n${body}`).reason).toBe('frontmatter');
  });
});

describe('bad input', () => {
  it('reports an unknown framework and checks nothing against a schema the document did not ask for', () => {
    const analysis = check('---\nframework: not-a-framework\n---\n\n## Requirements\n\nx\n');
    expect(analysis.findings).toHaveLength(1);
    expect(analysis.findings[0]).toMatchObject({ rule: 'frontmatter-error', range: { start: { line: 1, character: 11 } } });
    expect(analysis.findings[0]!.message).toMatch(/^Unknown framework "not-a-framework"/);
  });

  it('reports a missing schema file', () => {
    const analysis = check('---\nframework: ./nowhere.yaml\n---\n\n# x\n');
    expect(analysis.findings.map((f) => f.message)).toEqual([expect.stringMatching(/^Schema file "\.\/nowhere\.yaml" not found/)]);
  });

  it('reports an invalid schema file, with the line and column inside it', () => {
    const analysis = check('---\nframework: ./bad-schema.yaml\n---\n\n# x\n', {
      resolveSchema: () => ({ error: 'Schema "bad-schema.yaml" is invalid', problems: [{ message: 'sections: must be array', range: { start: { line: 2, character: 10 }, end: { line: 2, character: 12 } } }] }),
    });
    expect(show(analysis.findings)).toBe('2:12-2:29 error schema-error Schema "bad-schema.yaml" is invalid (3:11): sections: must be array');
  });

  it('survives odd Markdown', () => {
    const odd = [
      '---\n---\n',
      '---\nframework: ml-system-design\n',
      '>'.repeat(2000) + ' deep',
      '- '.repeat(500) + 'nested',
      '\u0000\u0001 binary \uFFFD',
      '#'.repeat(7) + ' not a heading',
      '| a |\n|---|\n' + '| x |\n'.repeat(1000),
      '```\nunclosed fence\n## Serving',
      '',
    ];
    for (const text of odd) expect(() => check(text, { forceSchema: 'ml-system-design' })).not.toThrow();
  });

  it('reads around lists and quotes nested thousands deep, and says where it stopped', () => {
    // The last two hold what GFM reads (a URL, an email): its autolink pass walks the tree recursively.
    const deepLists = [`${'- '.repeat(1000)}level`, `${'1. '.repeat(1000)}level`, `${'>'.repeat(6000)} deep quote`, `${'> '.repeat(3000)}see https://example.com/${'x'.repeat(50)}`, `${'>'.repeat(9000)} mail a@b.co or www.example.com`];
    for (const deep of deepLists) {
      const text = COMPLETE.replace('## 7. Monitoring', `${deep}\n\n## 7. Monitoring`);
      const whole = check(text);
      expect(rules(whole)).toEqual(['document-too-complex']);
      const at = text.split('\n').findIndex((line) => line.startsWith(deep.slice(0, 2)));
      expect(whole.findings[0]!.range.start.line).toBeGreaterThanOrEqual(at);
      // Read in chunks, as the editor reads it, the same.
      expect(check(text, { cache: createDocumentCache(1) })).toEqual(whole);
    }
    // Down to the limit, everything is read.
    const shallow = COMPLETE.replace('## 7. Monitoring', `${'>'.repeat(MAX_NESTING - 2)} note\n\n## 7. Monitoring`);
    expect(rules(check(shallow))).toEqual([]);
  });

  it('reads a document with a byte-order mark as the text after it, positions on the first line moved past the mark', () => {
    const gaps = '# Churn\n\n## Requirements\n\n2M subscribers a week.\n';
    for (const text of [gaps, optIn(gaps), '# Requirements', '']) {
      const plain = check(text, { forceSchema: 'ml-system-design' });
      const marked = check(`\uFEFF${text}`, { forceSchema: 'ml-system-design' });
      expect(check(`\uFEFF${text}`, { forceSchema: 'ml-system-design', cache: createDocumentCache(1) })).toEqual(marked);
      expect(marked.findings.map((f) => f.range.start)).toEqual(plain.findings.map((f) => (f.range.start.line === 0 ? { line: 0, character: f.range.start.character + 1 } : f.range.start)));
      expect(marked.sections.map((s) => s.status)).toEqual(plain.sections.map((s) => s.status));
    }
  });

  it('does not analyse huge documents but says so', () => {
    const text = optIn('## Requirements\n\n' + 'x'.repeat(5_000_000));
    const analysis = check(text);
    expect(rules(analysis)).toEqual(['document-too-large']);
    expect(check('x'.repeat(3_000_000), { path: 'README.md' }).findings).toEqual([]);
  });

  it('turns rules off and changes severities from options', () => {
    const text = COMPLETE.replace('Online prediction behind the ad server, 20 ms budget.', 'A model server.');
    expect(check(text, { rules: { 'missing-serving-mode': 'off' } }).findings).toEqual([]);
    expect(check(text, { rules: { 'missing-serving-mode': 'hint' } }).findings[0]!.severity).toBe('hint');
  });
});

describe('matching real-world structure', () => {
  it('treats a title heading above several steps as a container, not a step', () => {
    const text = COMPLETE.replace('# Ad click prediction', '# Machine learning system design for ads');
    expect(check(text).sections.map((s) => s.heading)).toEqual([
      '1. Clarifying requirements',
      '2. Frame the problem as an ML task',
      '3. Data preparation',
      '4. Model development',
      '5. Evaluation',
      '6. Serving',
      '7. Monitoring',
    ]);
  });

  it('reads a numbered list used as headings', () => {
    const text = optIn(
      [
        '1. Requirements',
        '    * 10M users, 100 ms',
        '2. Data collection and preparation',
        '    * click logs',
        '3. Model development and offline evaluation',
        '    * logistic regression baseline, then GBDT; log loss',
        '',
      ].join('\n'),
    );
    const statuses = Object.fromEntries(check(text).sections.map((s) => [s.id, s.status]));
    expect(statuses).toMatchObject({ requirements: 'present', data: 'present', model: 'present', framing: 'missing' });
  });

  it('does not take a sub-heading that mentions another step for that step', () => {
    const text = COMPLETE.replace('Alerts on feature drift', '### Data distribution shift\n\nAlerts on feature drift');
    expect(check(text).sections[2]!.line).toBe(15);
  });
});
