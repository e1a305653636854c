/** Finding each step by what the document says and where, not by what its headings are called. */
import { describe, expect, it } from 'vitest';
import { check, describe as show, optIn, rules } from '../helpers.js';

const sections = (text: string) => Object.fromEntries(check(optIn(text)).sections.map((s) => [s.id, s]));
const statuses = (text: string) => check(optIn(text)).sections.map((s) => `${s.id}=${s.status}`).join(' ');

/** The one-page design doc engineers write at work: none of the framework's headings. */
const WORK_STYLE = [
  '# Learned re-ranking for help-center search',
  '## Problem',
  'Help-center search gets 1.3M queries a week; 38% of sessions end in a support ticket that costs us $4. Results come from BM25 today and miss symptom-style queries.',
  '## Approach',
  'The goal is to put the article that resolves the issue first. We frame this as learning to rank: the input is a query and the top 50 BM25 candidates, the output is a re-ordered list.',
  'Training data: 90 days of search logs, with clicks followed by no ticket as positive labels.',
  'A cross-encoder (MiniLM) scores each pair. We compare against plain BM25, which is what runs in production now.',
  'Re-ranking runs online in the search API, on every request, within a 120 ms p95 budget.',
  '## Metrics',
  'Offline: nDCG@10 and MRR on 2,000 judged queries. Online: the contact-support rate per session in an A/B test.',
  '## Launch plan',
  'One week of shadow scoring, then an A/B test on 10% of traffic, then all locales.',
  '## Risks',
  'Articles get rewritten and products launch, so we alert on drift in the query embeddings and retrain weekly.',
].join('\n\n');

describe('a work-style design doc', () => {
  it('has every step and every fact, and gets no finding', () => {
    const analysis = check(optIn(WORK_STYLE));
    expect(statuses(WORK_STYLE)).toBe('requirements=present framing=present data=present model=present evaluation=present serving=present monitoring=present');
    expect(show(analysis.findings)).toBe('');
  });

  it('says where a step written inside another part was found', () => {
    const { framing, monitoring } = sections(WORK_STYLE);
    const lineOf = (text: string) => optIn(WORK_STYLE).split('\n').findIndex((line) => line.startsWith(text));
    expect(framing).toMatchObject({ kind: 'content', within: { text: 'Approach' } });
    expect(framing!.range!.start.line).toBe(lineOf('The goal is'));
    expect(monitoring).toMatchObject({ heading: 'Risks', kind: 'heading' });
  });

  it('is recognised as a design doc with no frontmatter and no framework heading', () => {
    expect(check(WORK_STYLE, { path: 'docs/reranking.md' }).reason).toBe('headings');
    const renamed = WORK_STYLE.replace('## Metrics', '## How we will know').replace('## Launch plan', '## Shipping').replace('## Problem', '## Why');
    expect(check(renamed, { path: 'docs/reranking.md' }).checked).toBe(true);
  });
});

describe('order and content place parts no alias names', () => {
  it('reads "Clarification" before framing as the requirements, and "Service" after evaluation as serving', () => {
    const text = [
      '# Feed ranking',
      '## 0. Clarification',
      'Users: 300M DAU. Latency: 200 ms for the whole feed. Goal: more meaningful interactions.',
      '## 1. Frame as ML task',
      'Pointwise ranking: input a user and a post, output the probability of engagement.',
      '## 2. Data',
      'Impressions and interactions from the logs; labels are natural.',
      '## 3. Model',
      'Baseline: reverse-chronological order. Model: a multi-task neural network.',
      '## 4. Evaluation',
      'Offline: ROC-AUC per task. Online: time spent and DAU in an A/B test.',
      '## 5. Service',
      'Candidate generation, then ranking, then re-ranking, online per request.',
      '## 6. Monitoring',
      'Alert on drift in the engagement rate; retrain daily.',
    ].join('\n\n');
    const found = sections(text);
    expect(found.requirements).toMatchObject({ status: 'present', heading: '0. Clarification' });
    expect(found.serving).toMatchObject({ status: 'present', heading: '5. Service' });
  });

  it('reads requirements told in the past tense, with the product words for active users, where they are written', () => {
    const text = [
      '# How we built the feed ranker',
      '## Framing',
      'Binary classification of a story for a user: input the pair, output the probability of a read.',
      'The budget was tight: the feed had to load fast, and editors had to be able to pin breaking news for our 1.8 million daily actives.',
      '## Model',
      'A GBDT over 40 features, trained weekly.',
    ].join('\n\n');
    expect(sections(text).requirements).toMatchObject({ status: 'present', kind: 'content' });
  });

  it('reads the unheaded opening under the title as the requirements', () => {
    const text = [
      '# Spam filter for comments',
      'We need to hold spam before it is published: 1.2M comments a day, answered within 200 ms, for 3M users.',
      '## Framing',
      'Binary classification of a comment: input its text, output a spam probability.',
    ].join('\n\n');
    const line = optIn(text).split('\n').findIndex((l) => l.startsWith('We need'));
    expect(sections(text).requirements).toMatchObject({ status: 'present', kind: 'content', line });
  });

  it('reads a part that sits where a missing step belongs, and speaks of it, as that step', () => {
    const text = [
      '# Late invoices',
      '## The idea',
      'Six collectors start each morning with the same ageing report of open invoices, and call whoever is closest to overdue. Credit limits are out of scope.',
      '## Turning it into a score',
      'Binary classification: input an open invoice, output the probability it is paid more than 15 days late.',
      '## What the tool would use',
      'Ten years of payment history from the ERP, labelled by how late each invoice was paid.',
      '## Model',
      'Gradient-boosted trees; the collectors\' current rule is the baseline.',
    ].join('\n\n');
    const found = sections(text);
    expect(found.requirements).toMatchObject({ status: 'present', heading: 'The idea' });
    expect(found.data).toMatchObject({ status: 'present', heading: 'What the tool would use' });
  });

  it('takes the one step missing between two others for a part there, by its place alone', () => {
    const text = [
      '# Bakery orders',
      '## Requirements',
      'Four shops, 60 products, an order list by 17:00 every day.',
      '## Framing',
      'Regression: tomorrow\'s sales of each product in each shop.',
      '## Data',
      'Two years of till receipts, the weather and the holidays.',
      '## Model',
      'LightGBM, against the average of the last four same weekdays as the baseline.',
      '## Checking it',
      'Offline: WAPE on the last 8 weeks. Online: a pilot in two shops against the other two, on unsold bread.',
      '## The box in the back office',
      'A small PC next to the till; Léa opens the list on it at five.',
      '## Watching it',
      'If WAPE drifts above 25% for a week, an alert goes to Léa and we retrain.',
    ].join('\n\n');
    expect(sections(text).serving).toMatchObject({ heading: 'The box in the back office' });
    expect(sections(text).serving!.status).not.toBe('missing');
  });

  it('reads a part after the last step placed as a step whose fact it states as that step would, and nothing else says more', () => {
    const ferry = (tail: string) => [
      '# Vehicle no-shows on the Ardmore route',
      '## The problem at the ramp',
      'Booked cars that never turn up leave 12% of the deck empty in summer; the supervisor needs a number per sailing.',
      '## What we ask for',
      'Regression: for each sailing, the expected number of booked cars that do not show.',
      '## What we learn from',
      'Three years of bookings and check-in scans, with the weather at the port.',
      '## How it works',
      'Gradient-boosted trees against the old rule of 8% of bookings, which is the baseline.',
      '## How we tested it',
      'On the 2024 season the MAE per sailing fell from 4.1 cars to 2.6.',
      tail,
    ].join('\n\n');
    const sees = '## What the supervisor sees the night before\n\nEvery evening at 20:00 the numbers are worked out for all of the next day\'s sailings and a sheet is printed in the ramp office.';
    expect(sections(ferry(sees)).serving).toMatchObject({ status: 'present', heading: 'What the supervisor sees the night before' });
    expect(sections(ferry(`${sees}\n\n## Still to decide\n\nWho signs off the safety margin.`)).serving).toMatchObject({ heading: 'What the supervisor sees the night before' });
    // A heading that names another step, or a part that says more of other things, keeps its own subject.
    const future = '## Future requirements\n\nA second route, more ports, a budget for a new ramp and a deadline; alerts when a sailing fills up.';
    expect(sections(ferry(future)).monitoring!.status).toBe('missing');
    // Parts under one part end with it, not with the document.
    const nested = '## Loose ends\n\n### The sheet\n\nEvery evening at 20:00 the numbers are worked out for all of the next day\'s sailings.\n\n## Owners\n\nPriya.';
    expect(sections(ferry(nested)).serving!.status).not.toBe('present');
  });

  it('reads a backtest as the evaluation, in the languages that name it so', () => {
    for (const heading of ['Backtest', 'Rückrechnung 2023', 'Бэктест', '回测结果', 'バックテスト']) {
      const text = `# X\n\n## Kontext\n\n38 Depots planen Personal nach einer Excel-Schätzung, 14 % daneben.\n\n## Modell\n\nEin globales LightGBM über alle Depots.\n\n## ${heading}\n\nDrei Verfahren rollierend über 2023: Prophet je Depot, ein globales LightGBM mit Voravisen und Feiertagen als Features, ein neuronales Netz. LightGBM trainiert in Minuten und liegt bei 8,9 % MAPE.\n\n## Betrieb\n\nTäglich um 14:00 als Batch in Snowflake.\n`;
      expect(sections(text).evaluation, heading).toMatchObject({ heading });
    }
  });

  it('reads data told in other languages\' own words: variables, annotation, jeu de données', () => {
    for (const [heading, body] of [
      ["Ce qu'on avait sous la main", 'On a exporté deux ans de tickets de caisse. Les variables finales : jour de la semaine, météo, jours fériés.'],
      ['As fotos e as notas', 'Os técnicos fotografam cada amostra antes de classificar; a nota que já dão serve de anotação, sem trabalho extra.'],
    ]) {
      const text = `# X\n\n## Objectif\n\nRéduire les invendus de 30 % pour 4 boutiques, par jour.\n\n## Formulation\n\nRégression : prévoir les ventes de chaque produit pour le lendemain.\n\n## ${heading}\n\n${body}\n\n## Modèle\n\nUn LightGBM, comparé à la moyenne des 4 derniers mêmes jours.\n`;
      expect(sections(text).data, heading).toMatchObject({ status: 'present', heading });
    }
  });

  it('fills a gap again once a later part has filled its own: the step left alone missing there is the place', () => {
    // "How we will work out the scores" takes the model by its words; only then is "What records we will use" the data alone.
    const plain = [
      '# Which shops should we visit first?',
      '## Why we are doing this',
      'The city has 9,000 food shops and 14 inspectors who can make about 2,000 visits a year. Today they go street by street, and half the visits find nothing serious.',
      '## What exactly we are trying to guess',
      'For each shop we predict the probability that a visit finds a serious hygiene problem: a binary classification, the label coming from past visits. Shops are then sorted by that probability.',
      '## What records we will use',
      'All of these are records the city already keeps:',
      '| Record | Where it comes from | Years |\n|---|---|---|\n| Past visits and what was found | Visit case system | 2016–2024, about 15,000 visits |\n| Complaints from customers | Complaints line | 2016–2024 |\n| Licence changes and owners | Licensing office | current |',
      '## How we will work out the scores',
      'First a simple points system written by the senior inspectors, the thing to beat. Then weights learned from 2016–2023 visits, many small yes/no rules combined.',
      '## How we will know if it works',
      'We look back at held-out 2024 visits: precision in the top 200 shops on the list, against the street-by-street order. Then a three-month pilot in two districts.',
      '## How the list gets to the inspectors',
      'A scheduled job every Sunday night writes the week\'s list into the case system.',
      '## Keeping an eye on it after it starts',
      'Every month we check how many visits from the list found a serious problem; below 25 in 100 two months running, we rebuild the weights.',
    ].join('\n\n');
    expect(sections(plain).data).toMatchObject({ status: 'present', heading: 'What records we will use' });
  });

  it('reads a heading that names a step no part took as that step, though it comes after a later one', () => {
    // A blog post tells its results after the scheduled run: the order keeps "結果" from the evaluation, the heading and its MAE do not.
    const post = [
      '# 駐輪場の空き台数を1時間先まで予測してみた',
      '## はじめに',
      '駅前の駐輪場 8 か所の空き状況を、市のアプリで 1 時間先まで表示したい。',
      '## データ',
      '入出庫ログ 2 年分を 15 分単位に集計し、天気と祝日を結合した。直近 3 か月をテスト期間にした。',
      '## 問題設定',
      '入力は過去の占有率とカレンダー、出力は 1 時間後の占有率。回帰として解く。',
      '## 学習',
      'LightGBM をホライズンごとに 1 本ずつ学習した。',
      '## 定期実行',
      '推論は 15 分ごとのバッチ推論。Cloud Scheduler から Cloud Run Jobs を起動し、全駐輪場の予測を計算して latest.json に書き出し、アプリの API がそれを配信する。',
      '## 結果',
      'テスト期間の MAE は LightGBM が 0.031、ベースラインの「現在値を維持」が 0.044 でした。',
    ].join('\n\n');
    expect(sections(post).evaluation).toMatchObject({ heading: '結果' });
    expect(sections(post).evaluation!.status).not.toBe('missing');
  });

  it('does not give by place alone a step that a part left without one plainly speaks of', () => {
    // Dated entries follow the work, not the framework: the cron job comes before the pilot. "Four weeks done"
    // sits where the serving would be, but the entry about the cron job is the serving.
    const scrap = [
      "# Scrap: forecasting tomorrow's soup prep",
      '### 2024/04/08',
      'The chain has 12 shops; each afternoon the manager decides how much soup to prepare for the next day. Too much is thrown away, too little and we close early. Goal: halve the waste without more sell-outs.',
      '### 2024/04/11',
      'Framing: a regression that predicts the bowls sold per shop for the next day, made at 15:00 the day before.',
      '### 2024/04/15',
      'Data: two years of till records per shop and day, the weather forecast and the holidays; the last three months held out.',
      '### 2024/04/22',
      "Model: LightGBM with quantile loss; the baselines are last week's same weekday and the managers' own numbers.",
      '### 2024/05/09',
      "Backtest: WAPE 11 % against 19 % for last week's same weekday.",
      '### 2024/05/14',
      "A cron job at 15:00 computes the next day's predictions in batch and writes them into each shop's sheet.",
      '### 2024/05/20',
      'Pilot in three shops for four weeks; the nine others carry on as before. Waste and sell-outs, pilot shops against the others.',
      '### 2024/06/17',
      'Four weeks done. The managers liked it; one asked for a bigger font.',
      '### 2024/06/24',
      'Every week we check the WAPE per shop; above 15 % two weeks running, Slack warns us and the model is retrained.',
    ].join('\n\n');
    expect(sections(scrap).serving).toMatchObject({ status: 'present', heading: '2024/05/14' });
  });

  it('does not fill a gap its place says little about: many steps missing there, or nothing after it', () => {
    const wide = [
      '# Batch pattern',
      '## Usecase',
      'Use it when the predictions are not needed at once, as for a daily report.',
      '## Architecture',
      'A nightly job scores all users in a batch and writes the scores to the database.',
    ].join('\n\n');
    expect(statuses(wide)).toMatch(/requirements=missing framing=missing data=missing model=missing evaluation=missing serving=present/);
    const trailing = [
      '# Ranking',
      '## Requirements',
      'Ten million users a day.',
      '## Deployment',
      'The model scores candidates online per request.',
      '## Loose ends',
      'Someone should look at the alert volume.',
    ].join('\n\n');
    expect(sections(trailing).monitoring!.status).toBe('missing');
  });

  it('reads a heading by its longer phrase: "after going live" dates the monitoring, it is not the serving', () => {
    for (const heading of ['上线后盯什么?', '배포 후 지켜볼 것']) {
      const text = `# X\n\n## Serving\n\nThe model scores each request online in 40 ms.\n\n## ${heading}\n\nThe share of flagged items per day, per city.\n`;
      expect(sections(text).monitoring, heading).toMatchObject({ heading });
      expect(sections(text).monitoring!.status, heading).not.toBe('missing');
    }
    // A step's alias that holds the other's word is still that step: "課題設定" is the framing, though "課題" is a requirements word.
    expect(sections('# X\n\n## 課題設定\n\n二値分類。入力は投稿、出力は不正確率。\n').framing).toMatchObject({ heading: '課題設定' });
  });

  it('leaves a step to the heading that names it: "Risks" after the rollout is not the monitoring an empty "Monitoring" holds', () => {
    const doc = (risks: string) =>
      [
        '# X', '## Problem', '10M users a day; support costs $4 a ticket.', '## Approach',
        'We frame this as binary classification. Training data: 90 days of tickets. A LightGBM model, against the current rules as the baseline.',
        '## Metrics', 'Offline: PR-AUC. Online: tickets per session in an A/B test.',
        '## Rollout', 'The model scores each request online in the API within 50 ms.',
        '## Risks', risks, '## Appendix: ML details', '### Monitoring & retraining', '_TBD — Priya to draft once ownership is settled._',
      ].join('\n\n');
    expect(sections(doc('Adjusters may not trust the badge; photo quality varies by garage.')).monitoring).toMatchObject({ status: 'empty' });
    // Risks that speak of watching the model are monitoring all the same.
    expect(sections(doc('Claims change with the seasons, so we alert on drift in the score distribution and retrain weekly.')).monitoring!.status).toBe('present');
  });

  it('reads a heading without the aside in its trailing parenthesis: who was asked does not make requirements the monitoring', () => {
    const doc = (heading: string) => `# X\n\n## ${heading}\n\nAlerts go to the NOC desk first; at most 400 a shift. Cell level, within 5 minutes of the data.\n\n## Data\n\nPM counters every 15 minutes from 12,000 cells.\n`;
    for (const heading of ['Requirements (from interviews with the maintenance crews)', '需求澄清（与 NOC、地市维护座谈纪要整理）']) {
      expect(sections(doc(heading)).requirements, heading).toMatchObject({ heading });
      expect(sections(doc(heading)).requirements!.status, heading).toBe('present');
    }
  });

  it('reads integration into the plant or the app as serving, in the languages that name it so', () => {
    for (const heading of ['Integration into the line', 'Einbindung in die Anlage', 'Intégration au SI', 'Integración con el ERP', 'Интеграция с АСУ']) {
      const text = `# X\n\n## Problem\n\n70 objects a second pass the camera; 12% of the trays end up in the bottle bale.\n\n## ${heading}\n\nAn edge computer next to the belt; the PLC gets each decision in time.\n\n## Betrieb\n\nNew versions once or twice a year.\n`;
      expect(sections(text).serving, heading).toMatchObject({ heading });
    }
  });

  it('reads "Maintien en conditions opérationnelles", as French specifications title it, as the monitoring', () => {
    const text = '# X\n\n## Article 1 – Contexte\n\n40 000 plis par an.\n\n## Article 6 – Recette\n\nExactitude top-1 ≥ 90 %.\n\n## Article 8 – Maintien en conditions opérationnelles\n\nUne alerte est transmise lorsque le taux d\'acceptation des propositions du modèle passe sous 80 %.\n';
    expect(sections(text).monitoring).toMatchObject({ heading: 'Article 8 – Maintien en conditions opérationnelles', status: 'present' });
  });

  it('reads a specification\'s acceptance criteria as the evaluation, wherever the spec puts them', () => {
    for (const heading of ['8 Abnahmekriterien', 'Acceptance criteria', '8. Критерии приёмки']) {
      const text = `# X\n\n## 1 Ausgangslage\n\n2.000 m Stoff je Schicht, 14 Prüfer.\n\n## 5 Daten\n\n3.000 annotierte Fehlerbilder je Klasse.\n\n## 7 Betrieb und Überwachung\n\nWöchentlicher Bericht über Falschalarme; Alarm, wenn die Verteilung der Fehlerklassen abweicht.\n\n## ${heading}\n\n| Kriterium | Zielwert |\n|---|---|\n| Recall A-Fehler | ≥ 92 % |\n| Falschalarme | ≤ 3 je 1.000 m |\n`;
      expect(sections(text).evaluation, heading).toMatchObject({ heading });
    }
  });

  it('places a part with no heading words by what it holds', () => {
    const text = '# X\n\n## Requirements\n\n10M users a day.\n\n## Keeping it honest\n\nWe watch the prediction distribution, alert on drift above 0.2 PSI and retrain when accuracy degrades.\n';
    expect(sections(text).monitoring).toMatchObject({ status: 'present', heading: 'Keeping it honest' });
    expect(sections(text).monitoring!.named).toBeUndefined();
  });

  it('keeps a step whose heading comes out of order', () => {
    const text = '# X\n\n## 1. Problem\n\n5M users a day.\n\n## 2. Metrics\n\nOffline: nDCG@10. Online: CTR.\n\n## 3. Data\n\nClick logs with natural labels.\n';
    expect(sections(text).evaluation).toMatchObject({ status: 'present', heading: '2. Metrics' });
  });

  it('places a part plainly about a step no other part took, though it comes before steps it follows in the framework', () => {
    // A memo that puts what is settled first: how scoring runs is written before the model, still open.
    const text = [
      '# Weekly design memo',
      '## 1. Background',
      'Handlers tag 9,500 transfer bags a day by hand; 700 a month miss their flight, at $110 each.',
      '## 2. Settled',
      '### 2-0. Output',
      'The probability that a bag misses its connecting flight: binary classification.',
      '### 2-1. Labels',
      'A bag is positive when it is not loaded at departure; 3.1M labelled bags from last year.',
      '### 2-2. Timing',
      '- Every 30 minutes would be too late.\n- Each scan message on Kafka triggers a new score for that bag.\n- Latency: on the desk within 5 seconds of the scan.\n- The scoring service runs on the ops-centre server.',
      '## 3. Still open',
      '### Model',
      'LightGBM, details next week.',
      '### Evaluation',
      'Precision@50 on last winter; method undecided.',
    ].join('\n\n');
    expect(sections(text).serving).toMatchObject({ heading: '2-2. Timing', status: 'present' });
    // The opening under the title opens the framework, nothing later: a follow-up it lists is not the monitoring.
    const adr = [
      '# ADR-14: Door fault forecast',
      '- Status: accepted\n- Follow-up: ADR-15 (monitoring dashboards and retraining, in progress)',
      '## Context', 'Door faults strand 40 trams a month; depots want a daily list.',
      '## Decision', 'A LightGBM classifier on daily aggregates, scored in a nightly batch job; offline PR-AUC against the current threshold rule.',
    ].join('\n\n');
    expect(sections(adr).monitoring!.status).toBe('missing');
    // Pruning a street tree is not pruning a model to serve it: a report's conclusions do not become its serving.
    const report = [
      '# Street tree failures',
      '## 1. Introduction', 'The city has 180,000 street trees; crews can inspect 5% before a storm.',
      '## 2. Problem statement', 'Binary classification: will a tree fail in the next wind event?',
      '## 3. Data', 'Inventory, 311 reports and gust records for 27 storms.',
      '## 4. Models', 'Gradient boosting, against ranking by condition rating as the baseline.',
      '## 5. Results', 'PR-AUC 0.31 against 0.17; recall at 5% of inventory doubles.',
      '## 6. Conclusions', 'Years since last pruning mattered most. Next, try survival modelling of time to failure instead of a per-event label.',
      '## 7. Team', 'Devon built the CV framework and tuned XGBoost; Hui fitted the baseline and the logistic model.',
    ].join('\n\n');
    expect(sections(report).serving!.status).toBe('missing');
  });

  it('reads the stages under "Methodology" as the steps they are, not Methodology as one step', () => {
    const text = [
      '# Churn',
      '## Goals',
      'Cut churn for 2M subscribers.',
      '## Methodology',
      '### Stage 1. Data preparation',
      'Billing and support events from the warehouse; labels come from cancellations.',
      '### Stage 2. Model',
      'A GBDT classifier, with the current rule as the baseline.',
    ].join('\n\n');
    const found = sections(text);
    expect(found.data).toMatchObject({ status: 'present', heading: 'Stage 1. Data preparation' });
    expect(found.model).toMatchObject({ heading: 'Stage 2. Model' });
  });

  it('reads a subtitle that words three steps as the whole it names, not as one of them', () => {
    const text = [
      '# Regulation',
      '## On the procedure for sampling the data, training the model and evaluating its results',
      '### 1. Purpose',
      'Audit 9,000 of 1.1M hospital cases a month where defects are most likely; the decision stays with the expert.',
      '### 2. Source data',
      'Claims registers 2019-2023; labels are the defects found by past audits.',
      '### 3. Model',
      'CatBoost, compared with a logistic regression and with random selection as the baseline.',
      '### 4. Quality of the model',
      'Every quarter the defect rate in the model-selected part is set against a random control part (target ratio 1.8).',
    ].join('\n\n');
    const found = sections(text);
    expect(found.data).toMatchObject({ heading: '2. Source data' });
    expect(found.model).toMatchObject({ heading: '3. Model' });
    expect(found.evaluation).toMatchObject({ heading: '4. Quality of the model' });
  });
});

describe('sub-parts stay in their step unless they point elsewhere more strongly', () => {
  it('keeps "Data distribution shift" under Monitoring as monitoring', () => {
    const text = '# X\n\n## Monitoring\n\n### Data distribution shift\n\nWe compare input feature distributions with training and alert when PSI exceeds 0.2.\n';
    expect(statuses(text)).toContain('data=missing');
    expect(sections(text).monitoring!.status).toBe('present');
  });

  it('reads "Training data" under Model as the data step', () => {
    const text = '# X\n\n## Model\n\nA GBDT.\n\n### Training data\n\nClick logs from 90 days, labelled by clicks.\n';
    expect(sections(text).data).toMatchObject({ status: 'present', heading: 'Training data' });
    // In each language the training data has its own name.
    for (const [model, data] of [['ML 모델', '학습 데이터'], ['Modell', 'Trainingsdaten'], ['Modelo', 'Datos de entrenamiento'], ['Модель', 'Обучающая выборка']]) {
      const local = `# X\n\n## ${model}\n\nLightGBM.\n\n**${data}**\n\n- 410만 건; labels: the final price of each sold item\n`;
      expect(sections(local).data, data).toMatchObject({ heading: data });
    }
  });
});

describe('headings that name two steps', () => {
  it('stand for both steps when the title is short', () => {
    const text = '# X\n\n## Model development and offline evaluation\n\nA GBDT ranker trained on 30 days of logs.\n\n### Offline evaluation\n\nnDCG@10 on the last week.\n';
    const found = sections(text);
    expect(found.model).toMatchObject({ heading: 'Model development and offline evaluation' });
    expect(found.evaluation).toMatchObject({ heading: 'Model development and offline evaluation' });
  });

  it('do not name monitoring when they say the system is put into operation', () => {
    const text = '# X\n\n## Requirements\n\n500 stores need an order every morning.\n\n## 6. Introduction into exploitation\n\nThe model is put into exploitation as a nightly batch process; the prognosis is uploaded to the ERP at 04:00.\n';
    expect(sections(text).serving).toMatchObject({ heading: '6. Introduction into exploitation' });
    expect(sections(text).monitoring).toMatchObject({ status: 'missing' });
  });

  it('are not made of a question that mentions a step', () => {
    const text = '# X\n\n## What exactly will the model do?\n\nGiven a user and a product, it returns the probability of a purchase; binary classification.\n\n## Model\n\nA GBDT over 40 features.\n';
    expect(sections(text).model).toMatchObject({ heading: 'Model' });
    expect(sections(text).framing).toMatchObject({ heading: 'What exactly will the model do?' });
  });
});

describe('parts that hold two steps', () => {
  it('keep the step their heading names when what they hold places them in another', () => {
    const text = [
      '# Late invoices',
      '## The idea',
      'Our six collectors call 4,000 open invoices by due date; we want the ones likely to be paid late first.',
      '## What we would need',
      'Two years of invoices and payments from the ERP, with the customer and the payment terms.',
      '## How we would build it',
      'A gradient-boosted model on invoice and customer history.',
      '## Going live',
      'A job scores every open invoice at 05:30 and writes a table the dashboard reads.',
      'We watch the share of invoices scored above 0.5; if it drifts outside 8–18% for three days, someone gets an alert.',
      'We also watch the score distribution and how many customers have no payment history, and retrain when they drift.',
    ].join('\n\n');
    const found = sections(text);
    expect(found.monitoring!.status).not.toBe('missing');
    expect(found.serving).toMatchObject({ heading: 'Going live' });
  });
});

describe('tables', () => {
  it('read a row as one statement: a results table inside the model part covers the evaluation', () => {
    const text = [
      '# Entregas fallidas',
      '## Contexto',
      'Unos 9.000 paquetes al día vuelven sin entregar; cada uno cuesta 4 €.',
      '## Modelo',
      'Un LightGBM con las variables de la dirección y del historial de entregas.',
      '| Método | PR-AUC | Recall | Precisión |',
      '|---|---|---|---|',
      '| Regla actual | — | 4 % | 61 % |',
      '| LightGBM | 0,41 | 47 % | 38 % |',
    ].join('\n\n').replace(/\n\n\|/g, '\n|');
    expect(sections(text).evaluation).toMatchObject({ status: 'incomplete', kind: 'content', within: { text: 'Modelo' } });
    expect(check(optIn(text)).facts['offline-metrics']!.values).toEqual(expect.arrayContaining(['PR-AUC', 'recall', 'precision']));
  });
});

describe('where it runs, and the predictions handed over', () => {
  it('name the serving as a label or a table row does, in the languages MLSD reads', () => {
    const summary = [
      '# Spam-Plugin',
      '## Zusammenfassung',
      '- **Problem:** 70–80 % der Moderations-Queue sind Spam; die Moderatoren kommen nicht hinterher.',
      '- **Modell:** fastText gegen TF-IDF + LogReg, beide im Prototyp verglichen.',
      '- **Wo es läuft:** synchron im `beforePostPublish`-Hook, Budget ~50 ms, bei Timeout fail open.',
    ].join('\n\n').replace(/\n\n- /g, '\n- ');
    expect(sections(summary).serving).toMatchObject({ heading: 'Wo es läuft', kind: 'label' });
    const table = [
      '# Previsão de ocupação',
      '| Aspecto | Decisão |',
      '|---|---|',
      '| Problema de negócio | Leitos faltam às segundas; o NIR decide às 8h com uma planilha. |',
      '| Modelo escolhido | LightGBM global, regressão quantílica |',
      '| Entrega das previsões | Job em lote diário às 05h00; grava em tabela no SQL Server analítico |',
    ].join('\n\n').replace(/\n\n\|/g, '\n|');
    expect(sections(table).serving).toMatchObject({ heading: 'Entrega das previsões', kind: 'label' });
    expect(check(optIn(table)).facts['serving-mode']!.values).toEqual(['batch']);
  });
});

describe('the rollout, named as other languages name it', () => {
  it('reads "Implantación" and a German report\'s "Einführungsphase" as the serving, and the system\'s scheduler there as batch', () => {
    const poster = '# Póster\n\n## Introducción\n\nEl 13 % de las altas vuelve en 30 días.\n\n## Métodos\n\nXGBoost con validación cruzada.\n\n**Implantación:** el modelo se ejecuta cada noche a las 02:00 sobre los pacientes con alta prevista; el resultado aparece como semáforo.\n';
    expect(sections(poster).serving).toMatchObject({ heading: 'Implantación', kind: 'label' });
    const report = '# Projektarbeit\n\n## 3 Ist-Analyse\n\nJede Filiale bestellt heute von Hand.\n\n## 4 Modellauswahl\n\nLightGBM gegen eine lineare Regression.\n\n## 7 Einführungsphase\n\nDas Skript wurde auf dem Applikationsserver installiert und die geplante Aufgabe eingerichtet.\n';
    expect(sections(report).serving).toMatchObject({ heading: '7 Einführungsphase' });
    expect(check(optIn(report)).facts['serving-mode']!.values).toEqual(['batch']);
  });
});

describe('show notes that mark each part with its time', () => {
  it('read each chapter by its title, and "archi" as the architecture', () => {
    const notes = [
      '# Épisode 12 : le prix en temps réel chez Velo',
      '## Chapitres',
      "**00:03:10** — Le besoin : répondre en moins de 100 ms à chaque demande de devis, sans donnée personnelle du passager.",
      "**00:08:40** — Les données. Six mois d'événements de l'appli, 40 millions par jour, découpés par semaine pour l'entraînement.",
      '**00:15:20** — Les modèles : un LightGBM par ville ; la règle historique reste la référence à battre.',
      "**00:22:05** — L'archi temps réel : Kafka, un job Flink qui calcule les features, le service de devis lit le cache.",
      "**00:27:30** — Comment savoir si ça marche. MAPE sur des semaines tenues à l'écart, puis des switchbacks par ville.",
      '**00:31:00** — Ce qui est surveillé : la dérive des features, une alerte si la demande prévue s\'écarte du réel ; réentraînement chaque nuit.',
    ].join('\n\n');
    const found = sections(notes);
    expect(found.data).toMatchObject({ heading: 'Les données', kind: 'label' });
    expect(found.model).toMatchObject({ heading: 'Les modèles', kind: 'label' });
    expect(found.serving).toMatchObject({ heading: "L'archi temps réel", kind: 'label' });
  });
});

describe('a talk\'s script that marks each slide with its number', () => {
  it('reads each slide by its title', () => {
    const script = [
      '# Lightning talk: the empty chair',
      '**[SLIDE 3]** — "What we actually predict"',
      'For every appointment booked, two days before it, we give a probability that the patient will not show up. It is a plain yes/no classification.',
      '**[SLIDE 5]** — "The model" (feature-importance chart)',
      'LightGBM, nothing fancy. On the held-out six months it gets an AUC of 0.79.',
      '**[SLIDE 6]** — "How it gets to the front desk" (screenshot of the morning list)',
      'Every night at 2 a.m. the model scores every appointment that is two days out. At 7 a.m. each receptionist sees a short list in the booking system.',
    ].join('\n\n');
    const found = sections(script);
    expect(found.serving).toMatchObject({ heading: 'How it gets to the front desk', kind: 'label' });
    expect(found.model).toMatchObject({ heading: 'The model', kind: 'label' });
  });
});

describe('headings of a specification', () => {
  it('read "Requirements for X" as X, in any language, and "Requirements and X" as both', () => {
    const text = [
      '# ТЗ: распознавание показаний счётчиков',
      '## 1. Назначение',
      'Жители присылают 40 тысяч фото в месяц; операторы вводят показания вручную.',
      '## 2. Функциональные требования',
      'Подсистема должна возвращать показание и уверенность по каждому полю.',
      '## 3. Требования к данным',
      'Заказчик передаёт архив за два года.',
      '## 4. Anforderungen an das Modell',
      'Die Wahl der Architektur liegt beim Auftragnehmer.',
      '## 5. Exigences de validation',
      'Au moins 97 % sur 2 000 photos tirées au hasard.',
      '## 6. Требования к сопровождению и контролю работы',
      'Ежемесячный отчёт исполнителя.',
    ].join('\n\n');
    const found = sections(text);
    expect(found.data!.heading).toBe('3. Требования к данным');
    expect(found.model!.heading).toBe('4. Anforderungen an das Modell');
    expect(found.evaluation!.heading).toBe('5. Exigences de validation');
    expect(found.monitoring!.heading).toBe('6. Требования к сопровождению и контролю работы');
    // A heading that joins the requirements to another step still names the requirements.
    const joined = text.replace('## 1. Назначение', '## 1. Требования и данные');
    expect(sections(joined).requirements!.heading).toBe('1. Требования и данные');
  });
});

describe('headings of a patent description', () => {
  it('read the technical problem and the prior art as the requirements, in the languages MLSD reads', () => {
    const body = (problem: string) => [
      '# Description',
      `## ${problem}`,
      'Between 5 and 9 % of parcels cannot be handed over at the first attempt; each failure costs the carrier up to 3 euros.',
      '## Modèle',
      'Un classifieur à gradient boosting estime la probabilité d\'échec de chaque colis à partir de son historique.',
    ].join('\n\n');
    for (const problem of ['Problème technique', 'Aufgabe der Erfindung', 'Stand der Technik', 'Technical problem', 'Problema técnico', '発明が解決しようとする課題', '해결하려는 과제']) {
      expect(sections(body(problem)).requirements, problem).toMatchObject({ heading: problem, kind: 'heading' });
    }
  });
});

describe('headings that could be one step', () => {
  it('are not a duplicate when they sit side by side', () => {
    const text = '# X\n\n## Background\n\nWe serve 10M users a day.\n\n## Requirements\n\nAnswers within 100 ms.\n\n## Data\n\nLogs.\n';
    expect(rules(check(optIn(text)))).not.toContain('duplicate-section');
  });

  it('are a duplicate when another step lies between them', () => {
    const text = '# X\n\n## Evaluation\n\nOffline: nDCG.\n\n## Serving\n\nOnline prediction.\n\n## Evaluation\n\nOnline: CTR.\n';
    expect(rules(check(optIn(text)))).toContain('duplicate-section');
  });
});

describe('structure a reviewer reads as headings', () => {
  it("reads an outliner's headings, each a bullet over its own bullets, as headings", () => {
    const text = [
      'tipo:: [[Projeto]]',
      '',
      '- # Previsão de comboio de ônibus',
      '\t- ## Requisitos',
      '\t\t- despachantes do CCO, 12 por turno; reduzir os comboios em 20% em 6 meses',
      '\t- ## Modelo',
      '\t\t- baseline: headway programado',
      '\t\t- treino',
      '\t\t\t- [[XGBoost]] com validação temporal',
      '\t- ## Avaliação',
      '\t\t- TODO definir métricas com [[Equipe CCO]] — ver [[2024-03-12 Reunião CCO]]',
      '\t- ## Serving',
      '\t\t- todo dia às 04:00 um job no [[Airflow]] calcula o risco de cada viagem',
    ].join('\n');
    const found = sections(text);
    expect(found.requirements).toMatchObject({ heading: 'Requisitos' });
    expect(found.evaluation).toMatchObject({ heading: 'Avaliação', status: 'empty' });
    expect(found.serving).toMatchObject({ heading: 'Serving' });
  });

  it('reads the rows of a decisions table as labels, by their first cell', () => {
    const text = [
      '# Podcast shelf',
      '| Area | Decision |',
      '|---|---|',
      '| Problem | Rank episodes for 2.3M daily Home visitors. |',
      '| Model | A two-tower retrieval model, then a DCN ranker; the baseline is the trending list. |',
      '| Metrics | Offline: recall@500 and nDCG@10. Online: listens per visit in an A/B test. |',
      '| Monitoring | TBD |',
    ].join('\n');
    const found = sections(text);
    expect(found.model).toMatchObject({ status: 'present', heading: 'Model', kind: 'label' });
    expect(found.evaluation).toMatchObject({ status: 'present', heading: 'Metrics' });
    expect(found.monitoring).toMatchObject({ status: 'empty', heading: 'Monitoring' });
  });

  it('lets a slide\'s title name a step no part took, after a later step, as a heading would', () => {
    const slide = (n: number, title: string, text: string) => `**[SLIDE ${n}]** — "${title}"\n\n${text}`;
    const text = [
      '# Lightning talk: the empty chair',
      slide(1, 'Why it matters', 'We run 46 clinics and one appointment in seven is a no-show; the front desk wants to know on Monday who will not come on Wednesday.'),
      slide(2, 'What we predict', 'For each booked appointment, the probability that the patient does not turn up: a binary classification.'),
      slide(3, 'Where the data came from', 'Three years of bookings from the practice system, with reminders sent, past no-shows and travel distance.'),
      slide(4, 'The model', 'Gradient boosted trees in LightGBM, trained on two years and tested on the last one.'),
      slide(5, 'How it gets to the front desk', 'The receptionists open the morning list in the booking screen: the ten patients most likely to miss are at the top, with the reason next to each name, and they call them first.'),
      slide(6, 'Did it work?', 'On the held-out year the AUC was 0.78 against 0.64 for the last-no-show rule; in the pilot clinics no-shows fell from 14% to 11%.'),
    ].join('\n\n');
    expect(sections(text).serving).toMatchObject({ heading: 'How it gets to the front desk', kind: 'label' });
    expect(sections(text).evaluation).toMatchObject({ heading: 'Did it work?' });
  });

  it('reads a first column that several rows share as a category, not as labels', () => {
    const text = [
      '# Grading service',
      '## Alerts',
      'What pages whom once the season starts.',
      '',
      '| Category | Signal | Threshold | Channel |',
      '|---|---|---|---|',
      '| Service | p99 latency | > 1.0 s for 3 min | phone |',
      '| Service | 5xx rate | > 0.1% | phone |',
      '| Model | share of low-confidence reads | +30% day over day | chat |',
      '| Model | parents\' "wrong grade" reports | > 0.35% | chat |',
    ].join('\n');
    // "Model" shared by two rows groups the alerts on the model: it is no part about the model.
    expect(sections(text).model).toMatchObject({ status: 'missing' });
    expect(sections(text).monitoring).toMatchObject({ heading: 'Alerts' });
    // Naming one row, it is that row's label.
    const named = text.replace('| Model | parents', '| Quality | parents');
    expect(sections(named).model).toMatchObject({ heading: 'Model', kind: 'label' });
  });

  it('reads bold leads run into their paragraphs as headings over what follows', () => {
    const text = [
      '**Question:** design the arrival-time estimate for a food-delivery app.',
      '**Before drawing anything, I would ask a few things.** 40 cities, 1.5M orders a day, an 80 ms budget at checkout.',
      '**Where the examples come from.** Every finished order is a labelled example: placed, ready, picked up, delivered.',
      'We keep 18 months of order logs and their features.',
      '**How would I know it is better?** Hold out the last four weeks; MAE and the share of orders more than 10 minutes late.',
      '**Keeping it healthy once it is live.** An hourly view per city of the gap between promised and actual times, and someone gets paged when the late share passes its limit.',
    ].join('\n\n');
    const found = sections(text);
    expect(found.data).toMatchObject({ status: 'present', heading: 'Where the examples come from', kind: 'label' });
    expect(found.evaluation).toMatchObject({ heading: 'How would I know it is better?' });
    expect(found.monitoring).toMatchObject({ status: 'present', heading: 'Keeping it healthy once it is live' });
    // The paragraph after a run-in heading is still its content.
    expect(check(optIn(text)).sections.find((s) => s.id === 'data')!.range!.end.line).toBeGreaterThan(optIn(text).split('\n').findIndex((l) => l.startsWith('**Where')));
  });

  it('reads a bold line with its colon outside the bold as it reads one with the colon inside', () => {
    const doc = (label: string) => ['# X', '## Requirements', '10M users a day need results.', '## Model', 'A GBDT model trained on the logs, against the current rules as baseline.',
      '## Launch plan', 'Shadow for a week, then 10% of traffic.', label, '- A dashboard of the override rate; an alert fires when the score distribution drifts, and we retrain monthly.'].join('\n\n');
    for (const label of ['**After launch:**', '**After launch**:', '**上线后观察**：']) {
      expect(sections(doc(label)).monitoring, label).toMatchObject({ kind: 'label', heading: label.replace(/[*:：]/g, '') });
    }
  });

  it('reads a bold line over the text on the next line as a heading, blank line or not', () => {
    // An e-mail or chat pasted as a doc: each bold line heads the lines typed right under it.
    const text = [
      'Hi all, here is how I would go about the branch forecast.',
      '**What we predict**\nFor each branch and product, tomorrow\'s sales as a quantile forecast (a regression), computed each morning.',
      '**Data**\nTill receipts since 2021, returns, holidays and the weather forecast.',
      '**Model**\nTwo simple rules we have to beat (last four same weekdays, and what managers ordered), then one LightGBM model over all series.',
      '**How we test it**\nA day-by-day backtest over six months: WAPE and pinball loss per product group.',
    ].join('\n\n');
    const found = sections(text);
    expect(found.framing).toMatchObject({ heading: 'What we predict', kind: 'label' });
    expect(found.model).toMatchObject({ status: 'present', heading: 'Model' });
    expect(found.evaluation).toMatchObject({ heading: 'How we test it', kind: 'label' });
  });

  it('reads the bold leads of a numbered plan as the sub-sections they are', () => {
    const text = [
      '# Early leak alerts',
      '## Why',
      'In 2023 we issued 1,240 leak credits averaging $187, and the median leak ran 38 days before anyone fixed it.',
      '## How',
      '1. **Nightly data pull.** IT exports the previous day\'s hourly reads into a small database.',
      '2. **Learn from past leaks.** The 1,240 credits and 2,000 field service orders where a crew confirmed a leak are the labelled examples; the program learns which hourly patterns came before them.',
      '3. **Testing on last year.** We replay 2023: of the accounts it would have flagged, how many were real leaks? We want at least 1 in 3, a precision of 0.33, before any customer is contacted.',
    ].join('\n\n');
    const found = sections(text);
    expect(found.data).toMatchObject({ status: 'present', kind: 'label' });
    expect(found.evaluation).toMatchObject({ heading: 'Testing on last year', kind: 'label' });
  });

  it('reads putting the model into operation as its serving, in the languages of formal proposals', () => {
    for (const heading of ['5.4 Operacionalização', 'Operationalization', 'Opérationnalisation']) {
      const text = `# X\n\n## Modelo\n\nUma regressão logística.\n\n## ${heading}\n\nNo primeiro dia útil de cada mês, o modelo é executado e gera a lista priorizada.\n`;
      expect(sections(text).serving, heading).toMatchObject({ heading, status: 'present' });
    }
  });

  it('reads a numbered label as a sub-section heading', () => {
    const text = '# X\n\n## 4. Methodology\n\n4.1 Formulation: binary classification of each student, at week 6.\n\n4.2 Baseline: a logistic regression on five variables.\n';
    expect(sections(text).framing).toMatchObject({ status: 'incomplete', heading: '4.1 Formulation' });
  });
});

describe('a pilot is the online test', () => {
  it('reads a part named for a pilot phase as the online metrics, in the nine languages', () => {
    for (const heading of ['Live pilot, March–May', '4.2 Pilotbetrieb', '三、试点方案']) {
      const text = `# X\n\n## Evaluation\n\nMAE per ward on the last 12 weeks.\n\n### ${heading}\n\nLeeds schedules from the forecast, Cardiff stays on the spreadsheet; we compare calls answered within 60 s.\n`;
      expect(check(optIn(text)).sections.find((s) => s.id === 'evaluation')!.children.find((c) => c.id === 'online-metrics'), heading).toMatchObject({ heading });
    }
  });
});

describe('steps stated outright elsewhere', () => {
  const doc = (goals: string) =>
    ['# Bed occupancy', '## Goals', `Forecast occupied beds per ward for the next 3 days; 846 beds. ${goals}`, '## Data', 'Admissions and discharges since 2019.',
      '## Model', 'A Poisson arrivals model.', '## Evaluation', 'MAE per ward on the last 12 weeks.'].join('\n\n');
  const modeOf = (line: string) => check(optIn(doc(line))).facts['serving-mode']!.values;

  it('takes a serving mode named outright anywhere as the serving step', () => {
    expect(sections(doc('Ward managers get batch predictions each morning.')).serving!.status).not.toBe('missing');
  });

  it('takes a schedule and a prediction in one clause for the serving mode, in the languages it is written in', () => {
    for (const line of ['Every night it produces a fresh forecast that flows into the scheduling tool.',
      'Cada noche, a las 2:00, un proceso automático calculará el riesgo para todas las citas.',
      'Die Prognose wird dreimal täglich für alle Stationen neu berechnet.', 'Расчёт раз в сутки (ночью), список агрегатов с наибольшим риском выгружается мастерам.',
      'Ежедневно оценивается вероятность отказа каждого насоса.', "On souhaite estimer chaque jour le risque d'avarie de chaque porte.",
      '每天凌晨计算所有门店的补货预测。', '毎晩すべての店舗の需要予測を計算する。', '매일 밤 모든 매장의 수요 예측을 계산한다.',
      'Todos os dias às 6h o sistema recalcula o risco de cada cliente.', 'Nächtlicher Lauf (02:00 Uhr) über alle Fälle des Vortags.',
      // Weekly runs and runs that write the result somewhere, as the English reads them.
      'O script roda semanalmente, toda sexta-feira, e grava a previsão numa tabela.', 'Todos los lunes el proceso escribe la previsión en el almacén.',
      'Chaque vendredi, le job écrit les prévisions dans la base.', 'Jeden Freitag schreibt der Job die Prognose in die Tabelle.',
      // The computing named before when it runs, as "predictions are computed nightly".
      'おすすめの計算は毎晩の閉館後にまとめて行う。', '所有门店的补货预测每天凌晨跑一次。', '수요 예측은 매일 밤 한 번 돌린다.',
      // The probability put out each morning, as the computing is: "毎朝スプレッドシートに…キャンセル確率を出す".
      '毎朝スプレッドシートに「7日後の宿泊予約とキャンセル確率」を出す。', '每天早上把明天每个订单的取消概率写进共享表格。', '매일 아침 내일 예약별 취소 확률을 시트에 올린다.']) {
      expect(sections(doc(line)).serving!.status, line).not.toBe('missing');
      expect(modeOf(line), line).toEqual(['batch']);
    }
    for (const line of ['The model is retrained every night on the latest data.', 'We predict the demand for each day of the next week.',
      'Each day we compute features from the click logs.', "Replay the archive and sort each day's queue by urgency score.",
      'O modelo é treinado semanalmente e grava a previsão de teste.', '予測モデルは毎週学習し直す。']) {
      expect(sections(doc(line)).serving!.status, line).toBe('missing');
    }
  });

  it('takes scoring at the moment of the event for the online mode, in the languages it is written in', () => {
    for (const line of ['Train a text classifier that, at ticket creation, predicts the queue.', 'A model that, at the moment of purchase, scores the probability of fraud.',
      'Al registrar una donación, la aplicación muestra tres entidades sugeridas.', 'Beim Eingang einer Rechnung schlägt der Dienst das Sachkonto vor.',
      'При создании заявки модель предсказывает категорию.', '下单时实时预测配送时长。', '注文時に到着時刻を予測して表示する。', '주문 시 배송 시간을 예측해 보여 준다.']) {
      expect(modeOf(line), line).toEqual(['online']);
      expect(sections(doc(line)).serving!.status, line).not.toBe('missing');
    }
    for (const line of ['At registration, users pick their interests.', 'The model is retrained on each payment batch at checkout close.']) {
      expect(sections(doc(line)).serving!.status, line).toBe('missing');
    }
  });

  it('takes sorting or scoring each item as it arrives for the online mode, in the languages it is written in', () => {
    for (const line of ['The suggestion is on the ticket a few seconds after it comes in.', 'On arrival, each referral is scored for urgency.',
      'Die Einordnung passiert direkt beim Eingang der Nachricht.', "Classer chaque courriel à l'arrivée vers un des 12 services.",
      'La clasificación se hace a la llegada de cada correo.', 'A classificação é feita na chegada de cada e-mail.',
      'Классификация обращения выполняется при поступлении.', '邮件分类在收到时完成。', '受信時にメールを分類する。', '접수 즉시 문의를 분류한다.']) {
      expect(modeOf(line), line).toEqual(['online']);
    }
    // People sorting what arrives, or a model trained on what arrives, state no serving mode.
    for (const line of ['Today nurses triage each patient on arrival.', 'The classifier is retrained on arrival of each new labelled batch.']) {
      expect(modeOf(line), line).toEqual([]);
    }
  });

  it('takes an answer due seconds after what the user or the machine does for the online mode, in the languages it is written in', () => {
    for (const line of ["The cards have to be on screen within 500 ms of tapping Can't find.", 'Der Vorschlag erscheint innerhalb von 2 Sekunden nach dem Scan.',
      "La suggestion s'affiche en moins de 2 secondes après la saisie.", 'La sugerencia aparece en menos de 2 segundos después de la consulta.',
      'A sugestão aparece em até 2 segundos após o envio.', 'Подсказка появляется в течение 2 секунд после сканирования.',
      '扫码后2秒内显示建议。', '型開き後3秒以内に判定結果をPLCへ送る。', '이벤트 수신 후 5초 이내 화면 반영.']) {
      expect(modeOf(line), line).toEqual(['online']);
      expect(sections(doc(line)).serving!.status, line).not.toBe('missing');
    }
    // Days after an event are a schedule or a label's delay, not an answer.
    expect(modeOf('Labels arrive within 3 days of the discharge.')).toEqual([]);
  });

  it('takes a list ready by a time of day, or night processing, for the batch mode, in the languages it is written in', () => {
    for (const line of ['By 7:30 the ranked list is waiting in the ward inbox.', 'The suggestions are ready by 7:00 for the morning shift.',
      'Für jede Station liegt spätestens um 07:00 Uhr des Folgetages ein Belegungsvorschlag vor.', 'In der Nachtverarbeitung werden alle Fälle des Tages bewertet.',
      'A las 8:00, cuando abre la recepción, ya está la lista en el panel.', 'À 7 h, la liste des patients à rappeler est prête.',
      'Às 7h a lista de pacientes já está pronta no painel.', 'К 07:00 список пациентов для обзвона готов.', '每天7点前生成名单并推送给护士长。',
      '7時までにリストを作成して病棟に届ける。', '7시까지 목록을 생성해 병동에 전달한다.']) {
      expect(modeOf(line), line).toEqual(['batch']);
    }
    // A meeting at a time of day is not a prediction.
    expect(modeOf('The steering group is ready by 9:00 on Mondays.')).toEqual([]);
  });

  it('takes each event setting off a new score for the streaming mode, in the languages it is written in', () => {
    for (const line of ['Every GPS ping on the Kafka topic triggers a new score for that ward.', 'Scoring is triggered by every new admission event.',
      'Jede Statusmeldung aus dem Leitsystem löst eine Neuberechnung aus.', "Chaque message de l'admission déclenche un nouveau calcul du risque.",
      'Cada evento de ingreso dispara un nuevo cálculo del riesgo.', 'Cada mensagem de admissão dispara um novo cálculo do risco.',
      'Каждое сообщение о поступлении запускает пересчёт прогноза.', '每条入院消息都会触发重新打分。', '入院メッセージごとにスコアを再計算する。', '입원 메시지가 들어올 때마다 점수를 다시 계산한다.']) {
      expect(modeOf(line), line).toEqual(['streaming']);
    }
    // A time of day is a schedule, and a new model is training.
    for (const line of ['Every night a cron job triggers a new forecast.', 'Each new label triggers a retraining of the model.']) {
      expect(modeOf(line), line).not.toEqual(['streaming']);
    }
  });

  it('takes scoring what a stream or topic delivers, or scoring driven by events, for the streaming mode', () => {
    for (const line of ["It scores each listing as it's created by consuming the `listing-created` event stream.", 'The service subscribes to the orders topic and flags risky ones.',
      'Der Inferenzdienst konsumiert die Topics der Messstellen und bewertet jede Zone sofort.', 'Die Bewertung ist damit ereignisgesteuert.', 'Scoring is event-driven.']) {
      expect(modeOf(line), line).toEqual(['streaming']);
    }
    // Features read from a topic are no prediction.
    expect(modeOf('The feature job consumes the clicks topic and writes counts to Redis.')).toEqual([]);
  });

  /** A doc whose only framing is one line in its background: the line frames the task as the category, or the doc has none. */
  const framesFromBackground = (title: string, background: string, data: string, category: string, lines: string[], notFraming: string) => {
    const noFraming = (line: string) => [`# ${title}`, '## Background', `${background} ${line}`, '## Data', data, '## Model', 'A logistic regression.', '## Evaluation', 'Precision on the last month.'].join('\n\n');
    for (const line of lines) {
      const analysis = check(optIn(noFraming(line)));
      expect(analysis.sections.find((s) => s.id === 'framing')!.status, line).not.toBe('missing');
      expect(analysis.facts['ml-category']!.values, line).toContain(category);
    }
    expect(check(optIn(noFraming(notFraming))).sections.find((s) => s.id === 'framing')!.status).toBe('missing');
  };

  it('takes putting items in order by how likely something is as the framing: a ranking task', () => {
    framesFromBackground('Missed appointments', 'The clinic books 900 appointments a day and 17% are missed.', 'Two years of bookings with who showed up.', 'ranking', [
      "Reception sees tomorrow's appointments ordered by how likely the patient is not to show.", 'Each morning the list comes sorted from most to least likely to miss.',
      'Die Termine werden nach Ausfallwahrscheinlichkeit sortiert.', 'La liste est triée par probabilité de non-présentation.',
      'La lista de citas de mañana, ordenada de más a menos probable de que el paciente no aparezca.', 'A lista vem ordenada pela probabilidade de falta.',
      'Список отсортирован по вероятности неявки.', '按爽约概率从高到低排序。', '無断キャンセルの可能性が高い順に並べる。', '노쇼 확률이 높은 순으로 정렬한다.',
    ], 'The list is sorted by appointment time.');
  });

  it('takes sorting each item into one of a counted set of classes as the framing: a multi-class task', () => {
    framesFromBackground('Inbox sorting', 'The service team reads 4,000 e-mails a day.', 'Two years of e-mails with the queue they ended in.', 'multi-class classification', [
      'Each one gets triaged into one of 23 queues by hand.', 'Il faut classer chaque courriel parmi 12 catégories.',
      'Jede Nachricht wird von Hand einem von 23 Themen-Postkörben zugeordnet.', 'Cada correo se clasifica en 9 categorías.',
      'Каждое письмо направляется в одну из 14 очередей.', '每封邮件要分到 12 个队列。', 'メールを 8 カテゴリに振り分ける。', '메일을 6개 카테고리로 분류한다.',
    ], 'Our catalogue has 500 products in 40 categories.');
  });

  it('does not take a latency budget or a weak word for it', () => {
    for (const goals of ['The dashboard must load in < 200 ms.', 'Each event is scored by the model.']) {
      expect(sections(doc(goals)).serving!.status, goals).toBe('missing');
    }
  });
});

describe('steps treated throughout rather than in one place', () => {
  // The data is never a paragraph of its own here: the till logs, a calendar table, the sales history, each in passing.
  const THIN_DATA = [
    '# Reorder suggestions for the pharmacy chain',
    '## Why',
    'Pharmacists reorder by feel, and 4% of items sit at zero stock on a given day across our 85 stores.',
    '## What we predict',
    'Units sold next week per store and item, from the till logs: a forecasting problem, one number per pair.',
    '## Model',
    'A LightGBM regressor per product family, retrained each month. Promotions come in from the marketing calendar table.',
    '## Checking it',
    "MAPE on the last eight weeks held out, against last year's same week as the baseline to beat.",
    'Weeks with a stock-out are left out of the sales history, since they undercount demand.',
    '## Rollout',
    'A batch job each Sunday night writes the suggestions into the ordering screen.',
  ].join('\n\n');

  it('covers a step whose terms come up in several places and add up to what one paragraph about it would hold', () => {
    const { data } = sections(THIN_DATA);
    expect(data).toMatchObject({ status: 'present', kind: 'content', within: { text: 'What we predict' } });
    expect(show(check(optIn(THIN_DATA)).findings)).not.toMatch(/Data preparation/);
  });

  it('does not cover it from one word said in many places, or from fewer places', () => {
    const oneWord = THIN_DATA.replace('the till logs', 'the data').replace('calendar table', 'calendar data').replace('sales history', 'sales data');
    expect(sections(oneWord).data!.status).toBe('missing');
    const twoPlaces = THIN_DATA.replace(' Promotions come in from the marketing calendar table.', '');
    expect(sections(twoPlaces).data!.status).toBe('missing');
  });

  it('does so only for the steps the schema spreads: the later steps need a place or a paragraph of their own', () => {
    // A deployment, a latency, an endpoint: one serving term in each of three places.
    const thinServing = THIN_DATA.replace(/## Rollout[^]*$/, '').replace('retrained each month', 'retrained each month and deployed by hand')
      .replace('same week', 'same week, with latency logged').replace('Pharmacists', 'Pharmacists, who have no endpoint,');
    expect(sections(thinServing).serving!.status).toBe('missing');
  });

  it('keeps a step\'s own facts out of its mentions: "most popular items" in the goals is no baseline', () => {
    const doc = ['# Home page shelf', '## Goals', 'Today the shelf shows the most popular items, the same for every visitor; we want clicks per visit up 5%.',
      '## Framing', 'Rank 2,000 candidate products per visitor: a ranking task.',
      '## Data', 'Clicks and orders of the last 90 days, with the product catalogue.',
      '## Evaluation', 'The two-tower model is checked on nDCG@10 offline, then in an A/B test on clicks per visit.',
      '## Serving', 'Scores are computed nightly in a batch job; the trained embeddings are refreshed weekly.'].join('\n\n');
    expect(sections(doc).model).toMatchObject({ status: 'incomplete', kind: 'content' });
    expect(check(optIn(doc)).facts.baseline!.found).toBe(false);
  });

  it('does not make a design doc of a text that only mentions the steps', () => {
    const notes = ['# Ranking model handover', '## Model', 'A LightGBM ranker trained on clicks, 300 trees.',
      '## Evaluation', "nDCG@10 is 0.41 on last week's holdout.", '## Serving', 'It runs in the search API behind a 50 ms budget.',
      '## Monitoring', 'Alerts fire when the score distribution drifts.'].join('\n\n');
    // Users, a goal, cost and revenue, one in each part: the requirements read from mentions alone.
    const withMentions = notes.replace('on clicks', 'on clicks, as our users asked').replace('holdout.', 'holdout, our goal.')
      .replace('50 ms budget', '50 ms budget to keep cost down').replace('when the score', 'when revenue drops or the score');
    expect(sections(withMentions).requirements).toMatchObject({ status: 'present', kind: 'content' });
    for (const text of [notes, withMentions]) expect(check(text, { path: 'handover.md' }).checked, text).toBe(false);
  });
});

describe('labels that name a step by chance', () => {
  const features = (item: string) =>
    ['# Street trees', '## Problem', 'The city loses 300 trees a storm; crews need a ranked list of 5,000 trees to inspect.', '## Data', '311 reports and the tree inventory, joined per tree. Feature groups:',
      `- **Tree:** species, trunk diameter, condition rating.\n- ${item}\n- **Site:** strip width, overhead lines, slope.\n- **Event:** peak gust, rainfall over 7 days.`,
      '## Model', 'A gradient-boosted classifier over the features above.'].join('\n\n');

  it('does not take one item of a list of other things for a step', () => {
    expect(statuses(features('**Maintenance:** years since the last pruning, pruning work orders in 5 years.'))).toContain('monitoring=missing');
  });

  it('still takes such an item when its text speaks of the step', () => {
    expect(statuses(features('**Monitoring:** a weekly drift report on the feature distributions, and an alert when recall drops.'))).not.toContain('monitoring=missing');
  });
});

describe('parts that are no step', () => {
  it('leaves action items out of every step: a task says what is not done yet', () => {
    const text = '# X\n\n## Requirements\n\n10M users.\n\n## Action items\n\n- [ ] Draft the evaluation metrics and the A/B test design — Junho (by 8/28)\n- [ ] Alerting on drift of the score distribution — Minji\n';
    expect(statuses(text)).toContain('evaluation=missing');
    expect(statuses(text)).toContain('monitoring=missing');
  });

  it("leaves a workshop's parking lot out of every step: topics set aside are not discussed", () => {
    for (const heading of ['PARKING LOT', 'Parking lot items', 'Themenspeicher']) {
      const text = `# X\n\n## Requirements\n\n10M users.\n\n## ${heading}\n\n- drift stuff / dashboards?? -> platform team next session\n- who gets paged at 3am\n- retrain cadence, monthly?\n`;
      expect(statuses(text), heading).toContain('monitoring=missing');
    }
  });

  it("knows an aside on a tool's page or slide: \"📄 Page: Open questions\"", () => {
    const text = '# X\n\n## Requirements\n\n10M users.\n\n## 📄 Page: Monitoring\n\n_TBD — Tom to fill in later._\n\n## 📄 Page: Open questions\n\n| Decision | Owner |\n|---|---|\n| Weekly vs daily retrain on drift | Priya |\n';
    expect(statuses(text)).toContain('monitoring=empty');
  });

  it('leaves what the author would do with more time out of every step', () => {
    const text = '# X\n\n## Requirements\n\n10M users.\n\n## What I\'d do with more time\n\n- Drift alerts on the score distribution, and retraining when precision degrades.\n';
    expect(statuses(text)).toContain('monitoring=missing');
  });

  it('leaves a ticket\'s linked issues, and two asides under one heading, out of every step', () => {
    const linked = '# X\n\n## Requirements\n\n10M users.\n\n## Linked issues (child sub-tasks)\n\n| Key | Summary | Status |\n|---|---|---|\n| ML-221 | Model monitoring & drift alerting | To Do |\n';
    expect(statuses(linked)).toContain('monitoring=missing');
    const feedback = '# X\n\n## Requirements\n\n10M users.\n\n## 면접관 피드백 / 느낀 점\n\n- 모니터링: 드리프트 알림과 재학습 얘기가 없었음.\n';
    expect(statuses(feedback)).toContain('monitoring=missing');
    // Whose feedback it is leaves it feedback; a step's name beside it does not.
    for (const heading of ['Фидбек Андрея', "Sabine's feedback", '老周的反馈', '田中さんの講評']) {
      expect(statuses(`# X\n\n## Requirements\n\n10M users.\n\n## ${heading}\n\n- Monitoring: drift alerts and retraining were not discussed.\n`), heading).toContain('monitoring=missing');
    }
    expect(statuses('# X\n\n## Requirements\n\n10M users.\n\n## Monitoring feedback\n\nDrift alerts on the score distribution; weekly retraining.\n')).toContain('monitoring=present');
    // One aside joined with a step is no aside.
    expect(statuses('# X\n\n## Requirements\n\n10M users.\n\n## Monitoring / references\n\nDrift alerts on the score distribution; weekly retraining.\n')).toContain('monitoring=present');
  });

  it('leaves references out of every step', () => {
    const text = '# X\n\n## Requirements\n\n10M users.\n\n## References\n\n- Building a real-time serving system with monitoring and drift alerts (blog)\n';
    expect(statuses(text)).toContain('monitoring=missing');
  });

  it('does not take a to-do note, a fill-in or italic guidance for content', () => {
    for (const body of ['TODO — ask Priya which logs we may use, and check the contract.', '[fill in]', '_Which data, which labels, and how they are collected._', '（时间到了，没来得及写）', 'Pendiente de completar',
      '> 待补充。监控指标和告警阈值需要和风控运营、策略组一起确定，计划在陪跑阶段结束前补齐本章。', '※ 評価方法・合格基準は品質保証部と協議中（6/14 打合せ予定）。決定後に追記する。',
      'Acceptance criteria are still being agreed with the quality team. This section will be written after the 14 June meeting.', 
      'Accuracy dashboards and alerting will be covered in a separate follow-up spec (Marcus).', 'Labels and sources will be decided at the next meeting (Junho, after the data sync).', 'How you then collect labels properly deserves its own post, so I am leaving it out here.', '데이터 소스는 다음 주 회의에서 확정 (준호님이 협의 후 공유)', '| Field | Response |\n|---|---|\n| Data sources (*) | TBD |\n| Labels | N/A for v1 |', 'Die Kennzahlen werden in einem separaten Dokument beschrieben.', '- (TBD — Sam to fill in before the review)', '- TBD\n- TODO: ask Priya',
      '> ⚠️ 待补充（@王磊 @陈思远），评审会上提出，下次周会前补齐。', '🚧 TODO: ask Priya which logs we may use.',
      '> TODO @Camilo @Valentina — definir qué datos usamos y quién los etiqueta antes del go-live', 'TBD 👀 — @priya to draft before Thu',
      // A divider drawn in symbols under a note, as blog posts separate their parts.
      '(정리 중이에요… 곧 채워 넣을게요 🙏)\n\n━━━━━━━━━━━━━━━━━━', '・・・・・・', '🌿🌿🌿',
      // Left to the next post of a series.
      '（这部分还在和业务方对齐口径，下一篇单独展开，敬请期待。）', 'Data gets the next post: this one is long enough already.', '次回の記事で詳しく書きます。',
      'Dazu mehr im nächsten Beitrag.', 'On en parle dans le prochain article.', 'Lo cuento en el próximo artículo.', 'Об этом — в следующей статье.', '다음 글에서 자세히 다룰게요.',
      // Worked out at a later stage, or after the pilot in another document.
      'This section will be worked out in the next phase of the project.', 'Раздел будет подготовлен на следующем этапе.', 'Se detallará en la siguiente fase.',
      'Wird nach der Pilotphase in einer gesonderten Vorlage beschrieben.',
      // Planned for a numbered stage, or as what exists already says.
      'Разработка регламента сбора данных предусмотрена на этапе 3 НИР (2025 г.) в соответствии с техническим заданием.', 'Data collection is planned for phase 2.',
      'Die Datenbeschaffung ist für Phase 2 vorgesehen.', 'La collecte est prévue en phase 2.',
      // Made concrete in a numbered stage or work package of the plan.
      'Wird in AP5 konkretisiert.', 'To be detailed in WP5.', 'À préciser en phase 2 (cf. lot 4).', 'Se concretará en la fase 2.', 'Será detalhado na etapa 3.', 'Wird später konkretisiert.',
      '同现有规范。', 'Same as the existing standard.', 'Wie gehabt.', '既存の規定に準ずる。', '기존과 동일.',
      '*Where does the training data come from, and how are labels obtained: logged outcomes, human labelling, heuristics? Any known biases, gaps or leakage risks worth a sentence?*',
      // Its writer named, an admonition's fences, a last word that calls it a placeholder, a work-in-progress sign.
      'Data plan to be written by Ana before the A/B test starts.', ':::caution 🚧 Work in progress\nData plan to be written by Ana before the A/B test starts. Placeholder.\n:::',
      '> [!WARNING] 🚧 Work in progress', 'Placeholder.', '🚧 Under construction',
      // Every sentence open: written in a later version, the rest still being settled with someone.
      '*This section will be detailed in the next version of the document after the pilot. The questions of labelling and the responsible persons are under discussion with the IT directorate.*']) {
      expect(statuses(`# X\n\n## Data\n\n${body}\n\n## Model\n\nA GBDT over 40 features, trained weekly.\n`)).toContain('data=empty');
    }
    // "Not filled in", before what will settle it: "未記入", "not filled in".
    for (const body of ['（未記入。2025年度に相談して決める予定）', 'Not filled in. To be agreed with the operations team next year.']) {
      expect(statuses(`# X\n\n## Requirements\n\n10M users.\n\n## 運用中の監視\n\n${body}\n`), body).toContain('monitoring=empty');
    }
    // Real content in an admonition, or before a word on what is still a placeholder, is content.
    for (const body of [':::note\n90 days of click logs with purchases as labels.\n:::', '90 days of click logs with purchases as labels. The schema below is a placeholder.',
      '90 days of click logs with purchases as labels. Retention of the raw logs is under discussion with Legal.']) {
      expect(statuses(`# X\n\n## Data\n\n${body}\n\n## Model\n\nA GBDT over 40 features, trained weekly.\n`)).toContain('data=present');
    }
    // What exists, and more of its own, is content.
    const more = 'Same as the existing standard, plus 90 days of click logs with purchases as labels.';
    expect(statuses(`# X\n\n## Data\n\n${more}\n\n## Model\n\nA GBDT over 40 features, trained weekly.\n`)).toContain('data=present');
  });

  it("reads a template's labelled note to whoever fills it in as no content, in the languages templates use", () => {
    const doc = (monitoring: string) => `# X\n\n## Model\n\nA GBDT over 40 features, trained weekly.\n\n## Monitoring\n\n${monitoring}\n`;
    for (const note of ['> **Template prompt:** What will be monitored (inputs, predictions, outcomes)? What thresholds trigger an alert?',
      '> 【模板说明】请描述上线后的指标监控、模型效果监控、数据异常告警及回滚方案。', '填写说明：请写明监控指标、告警阈值和重训练策略。',
      '記入方法：ドリフト検知の方法とアラートの条件を書く。', '작성 가이드: 모델 드리프트 감지 방법과 알림 조건을 적어 주세요.',
      'Ausfüllhinweis: Beschreiben Sie, wie Drift erkannt wird und wann neu trainiert wird.', 'Consignes de remplissage : décrire la détection de dérive et les alertes.',
      'Instrucciones de la plantilla: describa cómo se detecta la deriva del modelo.', 'Instruções de preenchimento: descreva o monitoramento do modelo.',
      'Инструкция по заполнению: опишите, как отслеживается дрейф модели.', '> 待算法团队评估后补充（监控指标、告警阈值、重训练方式）。']) {
      const analysis = check(optIn(doc(note)));
      expect(analysis.sections.find((s) => s.id === 'monitoring')!.status, note).toBe('empty');
      expect(analysis.facts.monitoring!.found, note).toBe(false);
    }
    // A label that only starts like one, and a note that answers, are content.
    for (const text of ['Template guidance from the platform team says to alert on drift; we alert when the PSI of any input exceeds 0.2.',
      'Template prompt answered: we alert on drift in the score distribution and retrain weekly.']) {
      expect(check(optIn(doc(text))).sections.find((s) => s.id === 'monitoring')!.status, text).toBe('present');
    }
  });

  it('reads a note on the write-up itself, what was missed or is for next time, as no content', () => {
    const doc = (monitoring: string) => `# X\n\n## Requirements\n\n10M users.\n\n## Model\n\nA GBDT over 40 features, trained weekly.\n\n## Monitoring\n\n${monitoring}\n`;
    for (const body of ['- Never got to drift monitoring and alerts on the model. Next time bring it up during serving.', '- didn\'t talk about drift or retraining at all. need a monitoring story.',
      '- 模型监控和漂移几乎没讲，这是最大失分。下次前 30 分钟要控制好。', '- 다음엔 꼭: 작품 분포 드리프트, 임베딩 신선도, 피처 결측 알림 얘기하기', '- Drift-Überwachung komplett vergessen (Zeit!) – nächstes Mal früher hin',
      '- 👎 **모니터링/재학습 얘기는 아예 못 함.** 시간 배분 실패 (랭킹 모델에서 15분 넘게 씀)']) {
      expect(statuses(doc(body)), body).toContain('monitoring=empty');
      expect(check(optIn(doc(body))).facts.monitoring!.found, body).toBe(false);
    }
    // An aside in parentheses about the write-up does not take the content around it.
    const kept = doc('- skip rate / feature drift dashboard + alert on a sudden change, daily retrain (ran out of time after this)');
    expect(check(optIn(kept)).facts.monitoring!.found).toBe(true);
  });

  it('reads each collapsible section under its summary, and its closing tag as no content', () => {
    const fold = (title: string, body: string) => `<details>\n<summary><b>${title}</b></summary>\n\n${body}\n\n</details>`;
    const text = ['# RFC: GL account suggestion', fold('1. Why / scope', 'AP clerks code 40k invoice lines a month by hand; we want to cut that by half.'),
      fold('4. Models', 'A GBDT ranks candidate accounts, compared against the supplier\'s last-used account.'), fold('6. Monitoring & retraining', 'TBD'),
      fold('7. Risks', 'Internal audit wants the model version stored on every coded line.')].join('\n\n');
    expect(sections(text).monitoring).toMatchObject({ status: 'empty', heading: '6. Monitoring & retraining' });
    expect(sections(text).model).toMatchObject({ heading: '4. Models' });
  });

  it('reads a label whose only text is a placeholder as an empty place', () => {
    for (const item of ['- Monitoring (??)', '- Monitoring: TBD']) {
      const text = `# X\n\n## Requirements\n\n10M users.\n\n## Later\n\n${item}\n- discount targeting for annual plans\n`;
      expect(statuses(text), item).toContain('monitoring=empty');
    }
    for (const line of ['**Monitoring:** ?', '**Monitoring** (TBD)']) {
      expect(statuses(`# X\n\n## Requirements\n\n10M users.\n\n${line}\n\n## Costs\n\nTwo engineers for a quarter.\n`), line).toContain('monitoring=empty');
    }
    // An ellipsis opening a sentence is no placeholder.
    expect(statuses('# X\n\n## Requirements\n\n10M users.\n\n## Monitoring\n\n... then we alert on drift and retrain weekly.\n')).toContain('monitoring=present');
  });

  it('reads a part that says it was skipped as empty, whatever the reason given', () => {
    for (const body of [
      '*Skipped.* By the time I finished the metrics we had six minutes left, and the interviewer moved on to what breaks after launch.',
      '面试官说时间差不多了，这部分跳过，直接进入反问环节。我自己也没主动补。',
      'Übersprungen – die Zeit war um, der Interviewer wollte lieber über das Monitoring sprechen.',
    ]) {
      expect(statuses(`# X\n\n## Data\n\n${body}\n\n## Model\n\nA GBDT over 40 features, trained weekly.\n`), body).toContain('data=empty');
    }
    // Skip connections are a model's, not a part left out.
    expect(statuses('# X\n\n## Model\n\nSkip connections every two layers; a ResNet-18 trained on our photos.\n')).toContain('model=incomplete');
  });

  it('keeps a step whose own heading was left empty empty, whatever another part mentions in passing', () => {
    const text = (serving: string) =>
      `# X\n\n## Evaluation\n\nAn A/B test on 20% of sessions. Guardrails: p95 latency of the search API (+15 ms max) and the served GPU cost.\n\n## Serving\n\n${serving}## Timeline\n\nTwo sprints.\n`;
    expect(statuses(text(''))).toContain('serving=empty');
    expect(statuses(text('To be decided with the platform team.\n\n'))).toContain('serving=empty');
    // Without a place of its own, the same text still covers the step.
    expect(statuses(text('').replace('## Serving\n\n', ''))).toContain('serving=incomplete');
  });

  it('does not read open questions as the step they ask about', () => {
    const text = '# X\n\n## Requirements\n\n10M users.\n\n## Monitoring\n\nTBD.\n\n## Open questions\n\n- Should we retrain daily, and which drift alerts page the on-call?\n';
    expect(statuses(text)).toContain('monitoring=empty');
  });

  it('does not read an interviewer\'s feedback as the step it comments on, whoever gave it', () => {
    const text = '# X\n\n## Requirements\n\n10M users.\n\n## Serving\n\n## Feedback (Dana)\n\n- Decide early whether predictions are precomputed in batch or served online per request.\n';
    expect(statuses(text)).toContain('serving=empty');
    // A look back on the interview, in Japanese: its reflections on monitoring are not monitoring.
    const lookBack = '# X\n\n## 要件\n\n1日100万件の予約。\n\n## ７．モニタリング\n\n（時間切れ。ここは話せなかった）\n\n## ８．振り返り（Sさんからのフィードバック）\n\n- モニタリングと再学習に触れられなかった。drift の検知とアラートは話すべきだった。\n';
    expect(statuses(lookBack)).toContain('monitoring=empty');
    // A trailing aside in parentheses is set apart; a longer heading that contains an aside's word is not one.
    const references = '# X\n\n## Requirements\n\n10M users.\n\n## Reference architecture\n\nPredictions are served online per request behind the gateway.\n';
    expect(statuses(references)).toContain('serving=present');
  });

  it('reads a document without headings paragraph by paragraph, each step where its paragraph is', () => {
    const letter = [
      'Hi Sam,',
      'Here is the plan for sending support emails to the right team, as promised.',
      'For data, we have two years of emails with the team that finally closed each one, so labels come from the ticket history.',
      'For the model, we start simple with a logistic regression on TF-IDF features as the baseline, then try a fine-tuned BERT classifier.',
      'To know it works, we hold out the last month and report macro-F1 offline, then run an A/B test on reassignment rate.',
      'The classifier would be served online behind the ticket API, scoring each email as it arrives within 200 ms.',
      'Thanks, Lee',
    ].join('\n\n');
    const steps = statuses(letter);
    for (const step of ['data', 'model', 'evaluation', 'serving']) expect(steps).not.toContain(`${step}=missing`);
    expect(steps).toContain('monitoring=missing');
  });

  it('reads serving told in plain words: asked right then, a timeout and a fallback', () => {
    const text = '# X\n\n## Requirements\n\n2M riders a day.\n\n## Model\n\nA GBDT on trip features.\n\n## Getting the price to the rider\n\nThe app asks the pricing service right then, since the demand changes by the minute; it reads the latest counts from a key-value store. If it times out, the app falls back to the flat fare.\n';
    expect(statuses(text)).not.toContain('serving=missing');
  });

  it('reads the requirements under other names and in other languages: where things stand today, clarifying questions', () => {
    const documents = [
      [
        '# Weichenprognose',
        '## Ausgangslage',
        'Heute gibt es 1.870 Störungen im Jahr; die Instandhaltung arbeitet derzeit nach festen Intervallen und kann pro Woche 60 Einsätze leisten.',
        '## Modellierung',
        'Ein Gradient-Boosting-Modell sagt für jede Weiche die Störung in den nächsten 7 Tagen voraus; trainiert auf drei Jahren Messdaten.',
        '## Erfolgsmessung',
        'Precision@60 pro Woche im Testzeitraum.',
      ],
      [
        '# Sugestão de preço',
        '## Qual é o problema, de verdade?',
        'Anotei o que perguntei ao entrevistador e o que ele respondeu.',
        '- Qual o objetivo de negócio? Aumentar a % de anúncios que vendem em 14 dias.',
        '- Escala? 1,2 M anúncios novos e 40 M ativos, 2.000 categorias.',
        '- Temos dados de venda? Sabemos quando o anúncio é marcado como vendido e o preço final.',
        '## Como enquadrar como problema de ML?',
        'Regressão: prever o preço de venda; entrada é o anúncio, saída é uma faixa de preço.',
        '## Qual modelo?',
        'Um LightGBM com regressão quantílica sobre as features do anúncio, treinado com as vendas dos últimos 12 meses.',
      ],
    ];
    for (const lines of documents) expect(statuses(lines.join('\n\n')), lines[0]).toContain('requirements=present');
  });

  it('reads the requirements in a part that opens the document with its framing', () => {
    const text = [
      '# Clause risk flagging',
      '## What we want',
      'Lawyers in Procurement check about 1,400 contracts per year.',
      'Our constraint: nothing may leave the company tenant.',
      'So for each clause we predict one of eight risk types: it is multi-label classification. The output is the list of clauses with a score.',
      '## What data we have',
      'Three years of reviewed contracts with the clauses lawyers marked, about 60,000 labelled clauses.',
      '## Model',
      'A fine-tuned multilingual encoder; a keyword macro is the baseline.',
    ].join('\n\n');
    expect(statuses(text)).toContain('requirements=present');
    expect(statuses(text)).toContain('framing=present');
    // Framing that opens a document with no word of the requirements leaves them missing.
    const bare = text.replace(/Lawyers in Procurement[^\n]*/, 'We build it for the legal team.');
    expect(statuses(bare)).toContain('requirements=missing');
  });

  it('reads a framing stated in German words', () => {
    const text = '# PV-Prognose\n\n## Daten\n\nWetterdaten und Einspeisung der letzten drei Jahre.\n\n## Aufgabe\n\nEs handelt sich um eine Regressionsaufgabe mit 96 Zielwerten pro Tag; Eingaben sind die Wettervorhersage und die historische Einspeisung.\n';
    expect(statuses(text)).not.toContain('framing=missing');
  });

  it('reads a framing whose ML category is named inside another part, and asks for what it lacks', () => {
    const text = [
      '# Contrôle des soudures',
      '## Contexte',
      "Un opérateur contrôle 46 cordons par châssis ; le système à règles signale 11 % des châssis, à tort le plus souvent.",
      '## Solution envisagée',
      "Un modèle qui dit, image par image, si le cordon est conforme et sinon le défaut probable (classification multi-classe).",
      '**Données.** 800 000 images archivées depuis 2022, dont 15 000 à étiqueter par deux soudeurs.',
      '**Modèle.** Un ResNet pré-entraîné, affiné sur nos images.',
    ].join('\n\n');
    const framing = sections(text).framing!;
    expect(framing.status).toBe('incomplete');
    // What it lacks is asked for where the category is stated, the only place the step shows itself.
    const lacking = check(optIn(text)).findings.find((f) => f.rule === 'missing-input-output');
    expect(lacking?.range.start.line).toBe(optIn(text).split('\n').findIndex((line) => line.startsWith('Un modèle')));
    // Without the category nothing says what the model is asked to do: the step is missing.
    expect(sections(text.replace(' (classification multi-classe)', '')).framing!.status).toBe('missing');
  });

  it('reads validation and introduction headings in other languages', () => {
    const es = '# X\n\n## Modelo\n\nUn LightGBM entrenado con tres años de retiradas.\n\n## Validación\n\nValidación temporal con origen móvil: WAPE por cajero frente a la media de cuatro semanas.\n';
    expect(statuses(es)).not.toContain('evaluation=missing');
    const ko = '# 딸기 수확량 예측\n\n## 1. 서론\n\n농가 12곳, 하루 두 번 수확하며 주간 수확량을 미리 알아야 인력과 출하 계획을 세울 수 있다. 예산과 인력이 제한적이다.\n\n## 2. 데이터\n\n온실 센서 데이터와 수확 기록 3년치.\n';
    expect(statuses(ko)).toContain('requirements=present');
  });

  it('reads headings in everyday words, in the nine languages', () => {
    const base = '# X\n\n## Daten\n\nAbgänge aus dem ERP seit 2016, Wartungspläne und Stücklisten.\n\n## Modell\n\nLightGBM gegen den Durchschnitt der letzten 12 Monate als Baseline.\n\n';
    const cases: Array<[string, string, string]> = [
      ['## Woran wir merken, dass es taugt', 'Mittlere Abweichung in Stück pro Teil und Woche auf den Daten von 2023, gegen die Excel-Tabelle.', 'evaluation'],
      ['## うまくいったかの確かめ方', '最後の3か月で試して、平均でどれだけ外れるかを見る。', 'evaluation'],
      ['## Cómo sabremos si funciona', 'Comparamos con lo que hacen hoy los voluntarios, en cuatro semanas de prueba real.', 'evaluation'],
      ['## Como vamos saber se está bom', 'Comparamos a nota da ferramenta com a dos classificadores em 300 amostras.', 'evaluation'],
      ['## 精度', '最後の3か月の写真で、どちらの猫かを当てられたのは 9 割ほど。', 'evaluation'],
      ['## Точность', 'На отложенном месяце ошибаемся примерно в каждом десятом случае.', 'evaluation'],
      ['## 📏 오프라인으로 얼마나 맞았나', '테스트 기간에 빌린 책이 추천 10권 안에 있었는지 세어 봤어요.', 'evaluation'],
      ['## How close it got offline', 'Of the books borrowed in the last month, how many were in the ten shown beside the one before.', 'evaluation'],
      ['## Ablauf in der Linie', 'Pro Stück geht das Bild an das Modell auf dem Jetson; die Inferenz läuft lokal, das Ergebnis kommt nach 150 ms an die SPS.', 'serving'],
      ['## How it would be used', 'The call centre sees the top forty in the table they already open; the job runs on the office server.', 'serving'],
      ['## Cómo se usaría', 'El centro de llamadas ve las cuarenta primeras en la tabla que ya abre; el proceso corre en el servidor de la oficina.', 'serving'],
    ];
    // The approach, in the other languages' words for it, is where the model is chosen.
    const approach = '# X\n\n## Ausgangslage\n\nKodierfachkräfte brauchen 40 Minuten pro Fall.\n\n## Datenbasis\n\nFünf Jahre kodierter Fälle aus dem KIS.\n\n## Vorgehen\n\nZuerst eine Häufigkeitsliste je Abteilung, dann ein vortrainiertes BERT, feinjustiert auf unseren Arztbriefen.\n';
    expect(sections(approach).model!.heading).toBe('Vorgehen');
    for (const [heading, body, step] of cases) {
      expect(sections(`${base}${heading}\n\n${body}\n`)[step]!.status, heading).not.toBe('missing');
    }
    const monitoring = `${base}## 评估\n\n离线看 MAE，线上做 A/B 测试。\n\n## 部署\n\n每天夜里批量计算。\n\n## 之后盯什么？\n\n每周对比预测和实际的差距，连续两周变差就通知负责人。\n`;
    expect(sections(monitoring).monitoring!.status).not.toBe('missing');
    const question = '# X\n\n## The question we want answered\n\nFor each appointment booked, how likely the dog will not show up.\n\n## Data\n\nTwo years of bookings.\n';
    expect(sections(question).framing!.status).not.toBe('missing');
    const data = '# X\n\n## Woher die Zahlen kommen\n\nRechnungen aus SAP seit 2019, mit Zahlungsdatum und Mahnstufe.\n\n## Modell\n\nLightGBM gegen die Mahnliste als Baseline.\n';
    expect(sections(data).data!.status).not.toBe('missing');
    const trainOn = '# X\n\n## the ask\n\nfewer refunds for missing items, 2M orders/wk\n\n## what I\'d train on\n\n- picker logs: which sub was offered, accepted or refunded, 12 mo\n\n## model\n\nGBDT ranker over (item, sub) pairs.\n';
    expect(sections(trainOn).data).toMatchObject({ heading: "what I'd train on" });
    const motive = '# X\n\n## きっかけ\n\n毎朝、2匹の猫のどちらがエサを盗むのか分からず、家族で揉めていた。\n\n## データ集め\n\n3週間分のカメラ画像。\n';
    expect(sections(motive).requirements!.status).not.toBe('missing');
    const inspiration = '# X\n\n## Inspiration\n\nTwo of us keep bees. A hobbyist with 3 to 10 hives cannot open every box every few days, and by the time you notice a queenless colony you have lost weeks.\n\n## How we built it\n\nA small CNN on audio clips, with a logistic regression baseline.\n';
    expect(sections(inspiration).requirements).toMatchObject({ heading: 'Inspiration' });
    const framing = '# X\n\n## Qué pedimos al sistema\n\nPara cada donación, una lista corta de entidades que la pueden recibir.\n\n## Datos\n\nTres años de entregas y el inventario de cada entidad.\n';
    expect(sections(framing).framing!.status).not.toBe('missing');
  });

  it('takes the step right after the last one for a part its heading names only loosely', () => {
    const doc = (last: string) => [
      '# Spare parts',
      '## Data',
      'Shipments from the ERP since 2016, labelled by part number, with the service calendar as features.',
      '## Model',
      'LightGBM with a Poisson loss; the baseline is the 12-month average plus 20%.',
      '## How we know it works',
      'MAE per part and week on 2023, against the baseline.',
      last,
    ].join('\n\n');
    // "Going live" names serving; its text speaks of data only: its place after the evaluation settles it.
    expect(sections(doc('## Going live\n\nEvery Sunday night a script pulls the data from the ERP and writes the numbers to a table.')).serving!.status).not.toBe('missing');
    // A part whose heading names nothing is not placed by its place alone.
    expect(sections(doc('## Loose ends\n\nWe keep the old spreadsheet for a while and look at it weekly.')).serving!.status).toBe('missing');
  });

  it('reads a question heading asking after the fact whether it worked as the evaluation, in the languages it is asked in', () => {
    for (const heading of ['Did it work?', 'Hat es funktioniert?', 'Ça a marché ?', '¿Funcionó?', 'Funcionou?', 'Сработало?', '效果如何', '効果はあったか', '효과가 있었나']) {
      const text = `# X\n\n## Data\n\nThree years of garage counts every 5 minutes.\n\n## ${heading}\n\nWe held out the winter term: 11 minutes off on average, against 23 for last week's curve.\n`;
      expect(sections(text).evaluation, heading).toMatchObject({ heading });
    }
  });

  it('reads a question heading asking where the model runs as serving', () => {
    const text = '# X\n\n## What do we feed it?\n\nTrip counts per station and hour, weather forecasts and the event calendar from the last two years.\n\n## Where does it run?\n\nAn Airflow DAG on the data platform runs at :05 past every hour. It pulls the latest counts and weather, scores all stations for the next 6 hours, and writes to a table in Postgres. The routing tool reads that table.\n';
    expect(statuses(text)).not.toContain('serving=missing');
    expect(check(optIn(text)).facts['serving-mode']!.values).toEqual(['batch']);
    // A proposal asks it in the conditional, and may end there.
    const proposal = '# X\n\n## Requirements\n\n3 compressors, a warning an hour ahead.\n\n## How we\'d know it works\n\nReplay the last 12 trips: hours of warning, false warnings per week.\n\n## Where it would run\n\nOn the plant PC next to SCADA, scoring the live readings every 10 seconds.\n';
    expect(sections(proposal).serving).toMatchObject({ heading: 'Where it would run' });
    expect(sections(proposal).serving!.status).not.toBe('missing');
  });

  it('lets a bold label with only an aside after it head the blocks below it', () => {
    const text = '# X\n\n## Decision\n\nWe build a ranking model for the help search.\n\n**Features** (per query and article, daily):\n\n- click-through in the last 30 days\n- article age and length\n';
    expect(statuses(text)).toContain('data=present');
  });

  it('does not read a self-review or feedback label as what the design states', () => {
    const text = '# X\n\n## Requirements\n\n10M users a day.\n\n## Model\n\nA GBDT on 40 features.\n\nSelf-review: I should have covered drift alerts and a retraining schedule, and never did.\n';
    const { facts } = check(optIn(text));
    expect(facts['monitoring']!.found).toBe(false);
    expect(statuses(text)).toContain('monitoring=missing');
    // A parenthesis that names a section keeps the label what it names.
    const reference = '# X\n\n## Model\n\nReference (baseline): the keyword rules used today.\n\nThen a GBDT on 40 features.\n';
    expect(check(optIn(reference)).facts['baseline']!.found).toBe(true);
  });

  it('reads question-and-answer notes: each question heads its answer, whatever marks them', () => {
    const qa = (q: string, a: string) => [
      '# Mock interview: parking occupancy',
      `**${q}: Before anything else, what would you like to know about the problem?**`,
      `${a}: 300 car parks, 20,000 app users a day, a forecast within 100 ms.`,
      `**${q}: Where do the examples and their labels come from?**`,
      `${a}: Two years of gate counts every 5 minutes; the label is the count an hour later.`,
      `${q}: Which model would you start with?`,
      `${a}: A seasonal naive baseline, then gradient-boosted trees on calendar and weather features.`,
    ].join('\n\n');
    for (const [q, a] of [['Q', 'A'], ['P', 'R'], ['Вопрос', 'Ответ']]) {
      const steps = statuses(qa(q!, a!));
      for (const step of ['requirements', 'data', 'model']) expect(steps, q).toContain(`${step}=present`);
    }
  });

  it('does not read a table of contents as labels', () => {
    const text = '# X\n\n- [Data](#data)\n- [Model](#model)\n- [Evaluation](#evaluation)\n\n## Requirements\n\n10M users a day and a 50 ms budget.\n';
    expect(statuses(text)).toContain('data=missing');
  });
});

describe('plain words for a step, as people conjugate them', () => {
  it('reads an interviewer\'s question whether a running system works as the evaluation', () => {
    for (const question of ['Como vocês mediram se estava funcionando?', '¿Cómo midieron si estaba funcionando?']) {
      const text = `# Entrevista\n\n**V&D — O que o modelo faz?**\n\nPara cada lote perto do vencimento, o LightGBM prevê a venda e escolhe o desconto.\n\n**V&D — ${question}**\n\nEm semanas que o modelo não viu, o WAPE ficou em 28 %, contra 41 % da média móvel.\n`;
      expect(check(optIn(text)).sections.find((s) => s.id === 'evaluation'), question).toMatchObject({ heading: `V&D — ${question}` });
    }
  });

  it('reads a question about what is watched once it runs as monitoring, however the verb is conjugated', () => {
    for (const heading of ['¿Qué vigilarías una vez en producción?', 'Que surveillerais-tu ensuite ?', 'Was würdest du beobachten?']) {
      const text = `# X\n\n## Modelo\n\nGBDT sobre 40 variables.\n\n## ${heading}\n\nLa distribución de los puntajes por país, con alerta si se mueve más de 3 puntos; reentrenamos cada dos semanas.\n`;
      expect(check(optIn(text)).sections.find((s) => s.id === 'monitoring'), heading).toMatchObject({ status: 'present', heading });
    }
  });

  it('reads retraining as a verb, as English "retrains" is read, under a heading that names no step', () => {
    for (const [heading, line] of [
      ['Et ensuite', 'Depuis, on réentraîne le modèle chaque lundi, et une alerte part si le WAPE dépasse 35 %.'],
      ['Y después', 'Reentrenamos el modelo cada lunes y salta una alerta si el error sube del 30 %.'],
      ['E depois', 'Retreinamos o modelo toda segunda-feira, com alerta se o erro passar de 30 %.'],
      ['Und danach', 'Das Modell wird jeden Montag nachtrainiert, mit einem Alarm, wenn der Fehler über 30 % steigt.'],
      ['А дальше', 'Переобучаем модель каждый понедельник и шлём оповещение, если ошибка выше 30 %.'],
    ]) {
      const text = `# X\n\n## Objectif\n\nPrévoir la fréquentation de 64 cinémas, séance par séance.\n\n## Modèle\n\nLightGBM contre la moyenne des trois dernières semaines.\n\n## ${heading}\n\n${line}\n`;
      expect(check(optIn(text)).sections.find((s) => s.id === 'monitoring'), heading).toMatchObject({ status: 'present', heading });
    }
  });

  it('reads a LinkedIn-style post whose section lines are in styled letters', () => {
    const text = [
      '𝗧𝗵𝗲 𝗽𝗿𝗼𝗯𝗹𝗲𝗺\nOur 64 cinemas planned staff from a spreadsheet and gut feeling; 9,000 screenings a week.',
      '𝗛𝗼𝘄 𝘄𝗲 𝗺𝗲𝗮𝘀𝘂𝗿𝗲𝗱 𝗶𝘁\nOn six held-out months, WAPE fell from 31% to 19%, and a 12-vs-12 cinema pilot cut staff hours by 11%.',
    ].join('\n\n');
    expect(sections(text).evaluation).toMatchObject({ kind: 'label', heading: 'How we measured it' });
  });

  it('reads a recommender named by its method as the model', () => {
    const text = '# Bookstore recommendations\n\n## Goals\n\nMore books per order: 1.4 today, 1.6 wanted, for 1.2M buyers.\n\n## How\n\nFor the book page, plain co-purchase counts normalised so bestsellers do not crowd in; for the home page, collaborative filtering with alternating least squares, and LightFM with author and genre for new titles.\n';
    expect(statuses(text)).toContain('model=incomplete');
  });
});

describe('a German "Betrieb" part', () => {
  it('is the serving step when it says how the model runs', () => {
    const text = '# Lastprognose\n\n## Ziel\n\nStündliche Prognose der Last für den Folgetag, bis 07:00 Uhr.\n\n## Lösungsansatz\n\nLightGBM gegen das bisherige Ähnlichkeitstageverfahren.\n\n## Bewertung\n\nRollierender Backtest über 2023, MAPE je Stunde.\n\n## Betrieb\n\nTäglicher Batchlauf um 06:15 Uhr im Data Warehouse (Airflow); das Ergebnis geht als Tabelle an die Einsatzplanung.\n';
    expect(check(optIn(text)).sections.find((s) => s.id === 'serving')).toMatchObject({ heading: 'Betrieb' });
  });
});

describe('a heading that says what the model is trained on', () => {
  it('is the data, with what is trained named between ("What we\'d train it on")', () => {
    for (const heading of ["What we'd train it on", 'What we train them on']) {
      const text = `# Ticket routing\n\n## The problem\n\n4,000 tickets a week, 14% routed to the wrong queue.\n\n## ${heading}\n\nEvery ticket since 2022, about 900,000, with the queue it was finally solved in.\n\n## The technical bit\n\nA logistic regression on bag-of-words features, against the keyword triggers.\n`;
      expect(check(optIn(text)).sections.find((s) => s.id === 'data'), heading).toMatchObject({ heading });
    }
  });
});

describe('a table that only names what will be filled in', () => {
  it('leaves its step empty when every cell after the first is a placeholder or a dash', () => {
    const doc = (cell: string) => `# X\n\n## Goal\n\nHourly visitor forecast for 3 gates, 2M visits a year.\n\n## Model\n\nLightGBM against last year's same day.\n\n## Monitoring\n\n| What | How | Threshold |\n|---|---|---|\n| Forecast accuracy | TBD | ${cell} |\n| Missing gate data | TBD | TBD |\n`;
    for (const cell of ['—', '-', '–', 'TBD']) expect(check(optIn(doc(cell))).sections.find((s) => s.id === 'monitoring'), cell).toMatchObject({ status: 'empty' });
    expect(check(optIn(doc('MAE over 15% two weeks running'))).sections.find((s) => s.id === 'monitoring')!.status).not.toBe('empty');
  });
});

describe('a decision log whose rows open with an id and a date', () => {
  it('names each row by the label of its first cell of text', () => {
    const text = [
      '# Entscheidungsprotokoll Retourenprognose',
      '## Kontext\n\n47 % Retourenquote, zwei Fachbereiche brauchen eine Prognose je Bestellposition.',
      '## Entscheidungen',
      '| ID | Datum | Entscheidung | Owner |\n|---|---|---|---|\n' +
        '| D-07 | 23.04.2024 | Modell: CatBoost gegen die aktuelle Regel der Logistik. | J. Becker |\n' +
        '| D-13 | 20.08.2024 | Modellüberwachung: täglicher Job berechnet PSI je Merkmal; Alarm, wenn PSI > 0,2. | J. Becker |',
      '## Offene Punkte / Risiken\n\n- Neue Marken ohne Historie: Fallback auf die Warengruppen-Quote.',
    ].join('\n\n');
    const analysis = check(optIn(text));
    expect(analysis.sections.find((s) => s.id === 'monitoring')).toMatchObject({ status: 'present', heading: 'Modellüberwachung' });
    expect(analysis.facts['monitoring']!.found).toBe(true);
  });
});

describe('titles in lenticular brackets', () => {
  it('head the lines under them, or the paragraphs after them, as headings would', () => {
    const text = [
      '# 廃棄ロス削減のための需要予測',
      '【背景】\n総菜の廃棄が年間1.2億円。店長が前日に発注量を決めており、30店舗・約400品目を対象とする。',
      '【データ】\n\n過去3年分のPOS実績（約4,000万行）、天気予報、販促カレンダー。',
      '【０００５】\n【モデル】\nLightGBM。前週同曜日の実績をベースラインとして比較する。',
      '【TBD】',
    ].join('\n\n');
    const sections = check(optIn(text)).sections;
    expect(sections.find((s) => s.id === 'requirements')).toMatchObject({ status: 'present', heading: '背景' });
    expect(sections.find((s) => s.id === 'data')).toMatchObject({ status: 'present', heading: 'データ' });
    expect(sections.find((s) => s.id === 'model')).toMatchObject({ status: 'present', heading: 'モデル' });
  });
});

describe('German compounds in the serving step', () => {
  it('read "Inferenzdienst", "Antwortzeiten" and "ereignisgesteuert" as inference, latency and events', () => {
    const text = '# Leckageerkennung\n\n## Ziel\n\nLecks in 38 Messzonen früher erkennen.\n\n## Modell\n\nLightGBM gegen das Nachtminimum-Verfahren.\n\n## Bewertung\n\nRückblickend 2022–2023: Erkennungsrate und Fehlalarme je Zone.\n\n## Technik\n\nDer Inferenzdienst bewertet jede Zone ereignisgesteuert, sobald die Messwerte eingegangen sind; die Antwortzeiten liegen unter 10 Sekunden.\n';
    expect(check(optIn(text)).sections.find((s) => s.id === 'serving')).toMatchObject({ heading: 'Technik' });
  });
});

describe('a chat pasted as a document', () => {
  it('reads a time in a speaker line as a time, not a label, so a bold question keeps its answer', () => {
    const text = '# Chat\n\nSome context on late deliveries for 9M orders a year.\n\n**Caro 10:23 — ¿Qué datos tenemos?**\n\nNico 10:41 — Tenemos 14 meses de envíos, unos 9,3 millones, con eventos de tracking y etiquetas de atraso.\n\n**Caro 10:45 — ¿Qué modelo pensás usar?**\n\nNico 10:50 — Un LightGBM sobre 60 features, contra la tabla de SLA como baseline.\n';
    expect(check(optIn(text)).sections.find((s) => s.id === 'data')).toMatchObject({ status: 'present', heading: 'Caro 10:23 — ¿Qué datos tenemos?' });
  });
});

describe('a bold question over its answer in the same paragraph', () => {
  it('keeps the whole answer, though its first sentence has a colon', () => {
    const text = [
      '# Smart Swaps FAQ',
      '**Q: What problem do we solve?**\nShoppers pick substitutes customers reject: 29% of them, $14M a year.',
      '**Q: What is the model?**\nA LightGBM ranker over 200 candidates, against the shopper guideline rule as the baseline.',
      '**Q: How did it do offline?**\nOn the held-out months:',
      '| Metric | Rule | Model |\n|---|---|---|\n| NDCG@3 | 0.61 | 0.72 |',
      '**Q: And online?**\nWe ran an A/B test: 41 stores against 41 matched stores, acceptance 79% vs 71%.',
    ].join('\n\n');
    const analysis = check(optIn(text));
    expect(analysis.sections.find((s) => s.id === 'evaluation')!.status).toBe('present');
    expect(analysis.facts['offline-metrics']).toMatchObject({ found: true, values: ['nDCG'] });
  });
});

describe('a step said over several short posts side by side', () => {
  const opening = [
    'The business problem: couriers lose two hours a day driving to parcel lockers that are already full. Users: 300 couriers and their dispatchers. Constraints: the list must be ready before 06:00, and no personal data leaves the company.',
    'The ML framing: regression. Input = a locker’s last 28 days of deposits and pickups plus the calendar. Output = the fill level at 10:00 (%). Label = the fill level the locker reports at 10:00.',
    'Data: two years of locker events (38M rows) joined with holidays and weather; split by time, the last three months held out as the test set.',
    'Baseline: the fill level of the same weekday last week. Model: LightGBM on lag and calendar features, trained on the first 21 months.',
    'Offline results on the held-out months: MAE 6.1 points against 11.4 for the baseline. Online: a four-week A/B test by depot on skipped-stop counts.',
    'Serving: a batch job at 05:00 scores every locker and writes the list to the routing system.',
  ];
  // Each post only touches the monitoring; side by side they say it.
  const watching = [
    'Monitoring, briefly: the lockers keep reporting their real fill level, so the error is known every day.',
    'If that error keeps rising for a week, an alert goes to the analyst on call.',
    'We also keep an eye on drift in the input mix, such as new lockers.',
    'Retraining: once a quarter.',
  ];
  const thread = (posts: string[]) => ['# How we forecast locker fill levels (a thread)', ...posts.map((post, index) => `${index + 1}/ ${post}`)].join('\n\n');

  it('is there, where the posts are, with its facts read in them', () => {
    const analysis = check(optIn(thread([...opening, ...watching])));
    const monitoring = analysis.sections.find((section) => section.id === 'monitoring')!;
    expect(monitoring.status).toBe('present');
    // The first of the posts: the front matter's four lines, the title's two, and two lines a post.
    expect(monitoring.line).toBe(4 + 2 + 2 * opening.length);
    expect(analysis.facts['monitoring']!.values).toContain('drift');
  });

  it('is not there where the mentions are apart, or where each statement is about another step', () => {
    const apart = [...opening.slice(0, 3), watching[0]!, ...opening.slice(3, 5), watching[2]!, opening[5]!, watching[3]!];
    expect(statuses(thread(apart))).toContain('monitoring=missing');
    // Alerts the product raises, measured in the evaluation: each item is about the evaluation.
    const alarms = [
      'Offline on the held-out months: recall 0.71 at a fixed alert rate, against 0.52 for the baseline.',
      'Precision of the alerts on the test set: 0.64, against 0.41 for the baseline.',
      'Recall per depot on the held-out months ranges from 0.61 to 0.77, with no drift across the test months.',
    ];
    expect(statuses(thread([...opening, ...alarms]))).toContain('monitoring=missing');
  });
});
