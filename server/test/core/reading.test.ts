/** Reading documents the way a reviewer does: structure beyond headings, facts in context. */
import { describe, expect, it } from 'vitest';
import { unitPoints } from '../../src/core/evidence.js';
import { bundledSchema, check, COMPLETE, optIn, rules } from '../helpers.js';

const replace = (from: string, to: string) => {
  expect(COMPLETE).toContain(from);
  return COMPLETE.replace(from, to);
};
const facts = (text: string) => {
  const read = check(text).facts;
  return (id: string) => read[id]!;
};
const status = (text: string, id: string) => check(text).sections.find((s) => s.id === id)?.status;

describe('facts read in context', () => {
  it('a metric in a question is not a metric the doc uses', () => {
    const text = replace('Online metrics: CTR and revenue lift in an A/B test.', 'Interviewers may ask: would you track CTR? What about revenue?');
    expect(facts(text)('online-metrics')).toEqual({ found: false, values: [] });
  });

  it('a bare "batch" or "real-time" counts only in a sentence about predictions', () => {
    const serving = (line: string) => facts(replace('Online prediction behind the ad server, 20 ms budget.', line))('serving-mode');
    expect(serving('We compare batch vs online feature computation for user features.').found).toBe(false);
    expect(serving('Real-time features come from Flink; training uses mini-batches of 4096.').found).toBe(false);
    expect(serving('Scores are computed nightly in batch and stored in Redis.').values).toEqual(['batch']);
    expect(serving('Each request is scored in real time by the ranker.').values).toEqual(['online']);
    // A retraining schedule, even in the serving step, says nothing of how predictions are served.
    expect(serving('El modelo se reentrena cada mes con los datos de los últimos doce meses.').found).toBe(false);
    expect(serving('Модель переобучается раз в месяц на данных за последний год.').found).toBe(false);
    expect(serving('모델은 매달 최근 12개월 데이터로 재학습한다.').found).toBe(false);
    // Nor a meeting the team holds on a schedule.
    expect(serving('Планёрка команды проходит по вторникам в 11:00.').found).toBe(false);
    expect(serving('The team meets every Monday at 10 for a stand-up on open tickets.').found).toBe(false);
    expect(serving('Every Monday at 5 a.m. the list of the highest-scored lights is generated.').values).toEqual(['batch']);
  });

  it('reads a model named after a task as that category only in the framing step', () => {
    // "Logistic regression" is a classifier, not the regression category.
    const inFraming = replace('ML category: binary classification.', 'We fit a logistic regression on the clicks.');
    expect(facts(inFraming)('ml-category').values).toEqual(['binary classification']);
    // Named as a model elsewhere, it does not make a framing the document never wrote.
    const noFraming = '# X\n\n## Data\n\nClick logs of 90 days.\n\n## Model\n\nA logistic regression baseline, then GBDT with a small classifier head.\n';
    expect(check(optIn(noFraming)).sections.find((s) => s.id === 'framing')!.status).toBe('missing');
    // "Our recommendation" is the decision a review asks for, not a recommender.
    const decision = noFraming + '\n## Recommendation\n\nOur recommendation is to buy the managed feature store.\n';
    expect(check(optIn(decision)).sections.find((s) => s.id === 'framing')!.status).toBe('missing');
  });

  it('takes a bare mode word without context only in the serving step itself', () => {
    const inServing = replace('Online prediction behind the ad server, 20 ms budget.', 'It all happens in real time.');
    expect(facts(inServing)('serving-mode').values).toEqual(['online']);
    const elsewhere = replace('Online prediction behind the ad server, 20 ms budget.', 'A model server behind the ad server.').replace(
      'natural labels.',
      'natural labels. It all arrives in real time.',
    );
    expect(facts(elsewhere)('serving-mode').found).toBe(false);
  });

  describe('a bare mode word outside the serving step', () => {
    // The document without its serving step, with one sentence added to the framing and the monitoring as given.
    const withoutServing = (framing: string, monitoring = 'Alerts on feature drift and on CTR drops; daily retraining.') =>
      replace('## 6. Serving\n\nOnline prediction behind the ad server, 20 ms budget.\n\n', '')
        .replace('ML category: binary classification.', `ML category: binary classification. ${framing}`)
        .replace('Alerts on feature drift and on CTR drops; daily retraining.', monitoring);

    it('states the mode where its sentence names the predictions, and the serving step with it', () => {
      for (const line of [
        'Output: every user is scored every Monday at 6 a.m.',
        'Sortie : scoring tous les lundis à 6h, poussé dans le CRM.',
        // Probabilities are the predictions; a list recomputed on a schedule is their delivery.
        'Каждый вечер скрипт считает вероятности ухода и выгружает файл для смены.',
        'La liste des clients à appeler est recalculée chaque lundi matin et envoyée aux agences.',
        // What the run hands over on that schedule: a spreadsheet, an SMS, a list sent or published.
        'Once a month, a spreadsheet goes to the fundraising team with every donor on it.',
        'Chaque soir, les abonnés reçoivent un SMS à 18 heures.',
        'A lista é gerada mensalmente por um processo automático da Secretaria.',
        'Расчёт выполняется каждые 30 минут на сервере, результаты передаются в АРМ диспетчера в виде списка вагонов.',
      ]) {
        // The step it states is read on the same terms: the latency budget among the requirements states no mode.
        const text = withoutServing(line);
        expect(facts(text)('serving-mode').values, line).toEqual(['batch']);
        expect(status(text, 'serving'), line).not.toBe('missing');
      }
    });

    it('states nothing in a sentence that names no predictions, in a title, nor by a latency budget among the requirements', () => {
      // "ranking under 50 ms" stays in the requirements: a budget is a requirement.
      for (const line of [
        'The click logs arrive every Monday.',
        'Прогноз строится отдельно для трёх потоков товаров.',
        'Chaque soir, l’équipe relit la liste des tâches.',
        'The team reads the list of open tickets every Monday.',
        // Computed ahead is not recomputed: nothing here names the predictions.
        'Los totales por almacén se precalculan cada noche.',
      ]) {
        const text = withoutServing(line);
        expect(facts(text)('serving-mode').found, line).toBe(false);
        expect(status(text, 'serving'), line).toBe('missing');
      }
      // A title names the subject: "online" there is the courses', not the predictions'.
      const titled = withoutServing('').replace('# Ad click prediction', '# Predicción de abandono en cursos en línea');
      expect(facts(titled)('serving-mode').found).toBe(false);
    });

    it('states nothing in the steps where a schedule is something else', () => {
      const text = withoutServing('', 'Every quarter we compare the predicted clicks with the actual ones; alerts on feature drift.');
      expect(facts(text)('serving-mode').found).toBe(false);
      expect(status(text, 'serving')).toBe('missing');
    });
  });

  it('takes a serving mode stated outright elsewhere, such as in the requirements', () => {
    const text = replace('Online prediction behind the ad server, 20 ms budget.', 'A model server behind the ad server.').replace(
      'ranking under 50 ms.',
      'ranking under 50 ms with real-time predictions.',
    );
    expect(facts(text)('serving-mode')).toMatchObject({ found: true, values: ['online'], line: 8 });
    expect(rules(check(text))).toEqual([]);
  });

  it('finds a baseline stated without the word, and not in a loose "most popular"', () => {
    const model = (line: string) => facts(replace('Baseline: logistic regression on hashed features. Then a deep & cross network.', line))('baseline').found;
    expect(model('We start with a logistic regression on five features, then move to a deep & cross network.')).toBe(true);
    expect(model('Heuristics -> simple model -> deep & cross network.')).toBe(true);
    expect(model('Recommend the most popular items in the region first, then personalise.')).toBe(true);
    expect(model('YOLO is the most popular one-stage detector; we use a deep & cross network.')).toBe(false);
    expect(model('We filter clickbait with heuristics and rank with a deep & cross network.')).toBe(false);
    // Begun with the simplest thing there is, said after the fact and in the other languages.
    for (const line of ['We started with the dumbest thing: the average of the last 8 comparable weeks, then a deep & cross network.',
      'On a commencé, comme tout le monde devrait, par le truc le plus bête : la moyenne des 8 dernières semaines.',
      'Empezamos por lo más sencillo: la media de las últimas ocho semanas.', 'Começamos pelo mais simples: a média das últimas oito semanas.',
      'Wir haben mit dem Einfachsten angefangen: dem Mittel der letzten acht Wochen.', 'Начали с самого простого: среднее за восемь недель.',
      '我们先从最简单的开始：过去八周的均值。', 'まずは一番シンプルなものから：過去8週の平均。', '가장 단순한 것부터 시작했다: 지난 8주 평균.']) {
      expect(model(line), line).toBe(true);
    }
    // Begun with something simple that is not a model to compare with.
    expect(model('We started with the simplest data pipeline we could, then a deep & cross network.')).toBe(false);
    // Begun with a simple model, said after the fact and in the other languages; set against the score used before.
    for (const line of ['We started with a logistic regression, then moved to a deep & cross network.', 'Empezamos con una regresión logística. Luego probamos XGBoost.',
      "On a commencé par une régression logistique, puis un deep & cross network.", 'Começamos com uma regressão logística e depois XGBoost.',
      'Wir haben mit einer logistischen Regression angefangen, dann XGBoost.', 'Начали с логистической регрессии, потом бустинг.',
      'We trained a deep & cross network and compared both with the vendor score on last year.', 'И сравнивал обе с тем вендорским скором по историческим заявкам.']) {
      expect(model(line), line).toBe(true);
    }

  });

  const monitoring = (line: string) => facts(replace('Alerts on feature drift and on CTR drops; daily retraining.', line))('monitoring').found;
  const mode = (line: string) => facts(replace('Online prediction behind the ad server, 20 ms budget.', line))('serving-mode').values;

  it('monitoring needs a signal: a retraining schedule or moderators watching posts is not it', () => {
    expect(monitoring('We retrain the model every week.')).toBe(false);
    expect(monitoring('Moderators monitor reported posts around the clock.')).toBe(false);
    expect(monitoring('We watch the prediction distribution and page on-call when it shifts.')).toBe(true);
    expect(monitoring('If the share of flagged messages moves by more than a third, it pings whoever is on call that week.')).toBe(true);
    // A template's guidance to the author names what to write, and states none of it, under a heading that names alerts too.
    const guidance = '*Describe how you will know the model is healthy after launch: which dashboards, which metrics and thresholds trigger alerts, who is on call, and how often the model is retrained or reviewed.*';
    const section = '## 7. Monitoring\n\nAlerts on feature drift and on CTR drops; daily retraining.';
    expect(facts(replace(section, `## 7. Monitoring & alerting\n\n${guidance}`))('monitoring').found).toBe(false);
    expect(monitoring('Retrain when feature drift exceeds 0.2 PSI.')).toBe(true);
    // The stability index by its initials or its name in any word order; not pounds per square inch.
    for (const line of ['Weekly we compute the PSI of each feature against the training window.', 'PSI do escore e das 10 principais variáveis, calculado todo mês.',
      'Monatlich: Stabilitätsindex je Merkmal im Vergleich zur Entwicklungsstichprobe.', 'Índice de Estabilidade Populacional das variáveis de entrada, mensal.']) {
      expect(monitoring(line), line).toBe(true);
    }
    expect(monitoring('The compressor holds 120 PSI.')).toBe(false);
    expect(monitoring('PSI readings of the tyre pressure go to the fleet app.')).toBe(false);
    // Drift said in plain words, in the languages MLSD reads; not a change of the input's format.
    expect(monitoring('The system must detect changes in the input data that could impair detection quality.')).toBe(true);
    expect(monitoring('Das System MUSS Veränderungen der Eingangsdaten erkennen, die die Erkennungsgüte beeinträchtigen können.')).toBe(true);
    expect(monitoring("On surveille les changements des données d'entrée chaque semaine.")).toBe(true);
    expect(monitoring('We handle changes in the input data format with a schema registry.')).toBe(false);
    // What goes stale must be the model's: stale inventory is the shop's problem.
    expect(monitoring('Stale inventory makes suggestions that are not on the shelf; shoppers filter by recent scans.')).toBe(false);
    expect(monitoring('Embeddings go stale within a week, so we track their age and retrain when it passes 7 days.')).toBe(true);
    expect(monitoring('Stale embeddings are the main risk.')).toBe(true);
    // A stability index over its threshold, or a distribution said to move away, is drift.
    expect(monitoring('| Estabilidad de variables (PSI) | Mensual | PSI > 0,2 en variables principales |')).toBe(true);
    expect(monitoring('PSI балла и каждого признака; пороги: PSI < 0,1 — норма, 0,1–0,25 — разбор.')).toBe(true);
    expect(monitoring('Предупреждение направляется, если распределение входных признаков существенно отклоняется от обучающей выборки.')).toBe(true);
    expect(monitoring('Ein Hinweis geht raus, wenn sich die Verteilung der Eingaben deutlich verschiebt.')).toBe(true);
    // Pounds per square inch, and a distribution that merely differs, are not.
    expect(monitoring('The pump raises an alarm when pressure goes above 80 PSI.')).toBe(false);
    expect(monitoring('La distribución del lead time cambia mucho entre especialidades.')).toBe(false);
    // Degrading said of the model or its quality is; a service's degraded mode, or a camera lens, is not.
    expect(monitoring('El modelo se degrada sin que nos enteremos, así que revisamos el error cada mes.')).toBe(true);
    expect(monitoring('Retrain when ranking accuracy degrades by more than two points.')).toBe(true);
    expect(monitoring('If the feature store is down, the job runs in a degraded mode and marks the run as degraded.')).toBe(false);
    expect(monitoring('Modo degradado: si no hay partición nueva, se exporta la lista del día anterior.')).toBe(false);
    expect(monitoring('Camera lens fouling degrades image features; cleaning is on the shift checklist.')).toBe(false);
    // The stability index past its threshold; a quality measure below its line.
    for (const line of ['The PSI of the main feature is computed daily; it pages on-call when it exceeds the threshold.',
      '如果某个城市准时率连续两个小时低于 88%，会自动发告警给值班同学。']) {
      expect(monitoring(line), line).toBe(true);
    }
    expect(monitoring('P99 延迟超过 100ms 会自动发告警。')).toBe(false);
    // Feedback that lists what was never said names monitoring only to say it is not there.
    for (const line of ['Missed: never discussed what happens after launch — no mention of drift, alerting, or retraining schedule.',
      'Keine Erwähnung von Drift oder Alarmen.', '模型上线后的漂移监控完全没有提到。']) {
      expect(monitoring(line), line).toBe(false);
    }
  });

  it('monitoring in ordinary words: live predictions set against what happened, a rolling window, a sample checked by hand', () => {
    for (const line of [
      // The live predictions set against what really happened, on a schedule.
      'Every week we compare the predicted arrival times with the actual ones per depot and mail the team if the gap grows.',
      // "vs." ends no sentence.
      'Every Monday an automatic report: forecast vs. actual sales of the previous week, per store.',
      'Jeden Montag ein automatischer Bericht: Prognose vs. tatsächlicher Verkauf der Vorwoche, je Filiale.',
      'Cada mañana se compara la previsión de llamadas con las llamadas reales de la víspera.',
      'Toda semana comparamos a previsão de estoque com o estoque realizado por loja.',
      'Chaque lundi, on met les prévisions de charge en regard des charges réelles.',
      'Jeden Morgen wird die Prognose der Auslastung gegen die tatsächlichen Belegungen gelegt.',
      'Каждую неделю сверяем прогноз загрузки с фактической по каждому складу.',
      '毎週、入荷予測と実際の入荷数を倉庫ごとに照合する。',
      '매주 입고 예측과 실제 입고량을 창고별로 대조한다.',
      '每周把到货预测和实际到货量按仓库核对一遍。',
      // The error followed over a rolling window.
      'We log each score and follow the error per region over a rolling two-week window.',
      // A sample of the model's own decisions checked by hand on a schedule.
      'Each Friday an analyst takes 100 claims the model passed and checks them by hand.',
      // The share of its decisions people overturn, and the real figure running away from the predicted one.
      'Reviewers see 1% of the auto-closed tickets daily and we chart the overturn rate.',
      'Someone gets a message when the real conversion drifts apart from the predicted conversion.',
      // Tracking the model's quality, with the Russian stem run on: "отслеживание качества".
      'Под отслеживание качества модели написаны мониторинги на лаговых метриках.',
      // The rate it predicted set against the one observed.
      'Each Monday a report compares the predicted no-show rate with the observed one.',
      'Cada lunes, un informe compara la tasa de no presentados prevista con la observada de la semana anterior.',
      'Se a diferença entre faltas previstas e observadas ultrapassar 3 pontos, o serviço faz nova análise.',
    ]) {
      expect(monitoring(line), line).toBe(true);
    }
    // A backtest against actuals, once, is the evaluation, not a watch; a retraining calendar is not either.
    expect(monitoring('We compared the 2023 forecasts with actual sales in a backtest.')).toBe(false);
    expect(monitoring('We compared the 2023 forecast with actual sales in a backtest.')).toBe(false);
    expect(monitoring('The model is retrained by hand every month.')).toBe(false);
  });

  it('reads the serving mode from a caller that waits, an app asking an endpoint, a job overnight; not from dashboards, ETL or batch sizes', () => {
    for (const [line, expected] of [
      ['The booking service sends the request and waits for the risk score before it confirms the slot.', 'online'],
      ['El TPV envía la venta y espera la puntuación antes de cerrar el cobro.', 'online'],
      ['Die Kasse wartet auf den Score, bevor sie den Bon druckt.', 'online'],
      ['スコアが返ってきてから受付を確定する。', 'online'],
      ['收银台拿到评分之后才放行。', 'online'],
      ['The picker app calls the ETA endpoint for each scanned tote.', 'online'],
      ['La app del técnico consulta el endpoint de previsión de piezas al abrir la orden.', 'online'],
      ['Clerks press "Check" and that sends the claim to the model.', 'online'],
      ['The price is computed the moment the customer submits the quote form.', 'online'],
      ['Risk lists are generated overnight and pushed to the branch CRM.', 'batch'],
      ['Die Liste wird über Nacht berechnet und morgens verteilt.', 'batch'],
      ['On the first Monday of the month every open account is scored.', 'batch'],
      ['新订单作为事件进入队列，消费者取出后调用模型。', 'streaming'],
      ['새 주문은 큐에 들어가고 컨슈머가 꺼내서 모델을 돌린다.', 'streaming'],
    ] as const) {
      expect(mode(line), line).toContain(expected);
    }
    for (const line of [
      'The monitoring dashboard refreshes in real time for on-call.',
      'Our ETL pipeline loads yesterday\'s orders in batch mode every night.',
      'El ETL carga por lotes los pedidos del día anterior.',
      'Auf zwei GPUs brachte eine Batch-Größe von 32 den besten Durchsatz.',
    ]) {
      expect(mode(line), line).toEqual([]);
    }
  });

  it('reads the serving mode from who calls the model and when, in the languages MLSD reads', () => {
    for (const line of [
      'The console calls the suggestion service the moment an order flips to ready.',
      'O app chama o modelo quando o vendedor abre a tela de preço.',
      'La app llama al modelo cuando el cliente abre la ficha.',
      "L'appli appelle le modèle quand le client ouvre la fiche.",
      'Die App ruft das Modell auf, wenn der Kunde die Seite öffnet.',
      '注文が入るたびに判定する。',
      'A nota é calculada no momento do pedido.',
      'Timeout do app: 400 ms; se estourar, a tela mostra só a tabela.',
      'Se o serviço de nota não responder em 150 ms, a transferência segue pela regra atual.',
    ]) {
      expect(mode(line), line).toEqual(['online']);
    }
    for (const line of ['Lorsque l\'agent ouvre un ticket, le classifieur est appelé et la catégorie proposée pré-remplit le formulaire.',
      'Вероятность мошенничества считается в момент оплаты, до подтверждения транзакции.', '与信スコアは申込み時点で算出し、審査結果画面の前に返却する。',
      '신용 점수는 대출 신청 시점에 계산되어 심사 결과 화면이 뜨기 전에 반환된다.', '상담원이 문의 건을 열면 분류 모델이 호출되고 추천 카테고리가 채워진다.']) {
      expect(mode(line), line).toEqual(['online']);
    }
    expect(mode('Every Sunday night a job recalculates next week and rewrites the order sheet the managers open on Monday.')).toEqual(['batch']);
    for (const line of ['毎週日曜に全リードを採点し、優先度順のリストを月曜朝までに反映する。', '다음 날 권장 가격은 전날 밤에 전체 SKU에 대해 산출해 POS 시스템으로 내려보낸다.',
      "Tous les dimanches, l'ensemble des prospects est noté et la liste triée est chargée dans le CRM.",
      'Los precios sugeridos para el día siguiente se calculan por la noche para todos los artículos.']) {
      expect(mode(line), line).toEqual(['batch']);
    }
    expect(mode('Ein Dienst liest den Strom und bewertet jedes Fenster, sobald es vollständig ist.')).toEqual(['streaming']);
    expect(mode('Сервис обрабатывает поток измерений и по закрытии каждого окна вызывает модель.')).toEqual(['streaming']);
    // A service behind a REST interface, called as each item comes in; a model on a device at the machine; a latency in milliseconds.
    for (const line of ['Der Klassifikationsdienst wird als eigenständiger Dienst mit REST-Schnittstelle bereitgestellt.',
      'Bei Eingang einer Nachricht im DMS wird der Dienst unmittelbar aufgerufen.', 'Caméra → Jetson (inférence locale) → ordre vers les buses.',
      'Latence mesurée bout en bout : 31 ms (p99).', '边缘推理，结果直接发给 PLC。',
      // A REST web service; a runtime made for phones, and inference on the handset.
      'El sistema se integrará mediante un servicio web REST que reciba el texto y devuelva la clasificación.',
      'TensorFlow Lite 기반 단말 내 추론. 앱 설치 시 모델 파일 포함.']) {
      expect(mode(line), line).toEqual(['online']);
    }
    // A page that calls an API that is not the model's says nothing of how the model serves.
    expect(mode('The dashboard page calls the reporting API to show last week\'s numbers.')).toEqual([]);
  });

  it('reads someone looking at the model\'s error on a schedule as monitoring, and an evaluation over past weeks as not', () => {
    for (const line of [
      'Every Monday the planner reviews last week\'s forecast error per store.',
      '- **Revisión semanal (lunes):** Marta revisa el error de la semana por tienda y por familia.',
      '- **Chaque lundi**, Claire regarde l\'écart de la semaine écoulée, boutique par boutique.',
      'Jeden Montag prüft das Team die Abweichung der Prognose je Lager.',
      '**毎週月曜**：佐々木が前週の店舗別・品目別の外れ具合を確認する。',
    ]) {
      expect(monitoring(line), line).toBe(true);
    }
    expect(monitoring('For each week of the test period we computed the error of both models.')).toBe(false);
  });

  it('reads the model, its forecasts or its error getting worse as monitoring, in the languages MLSD reads, and a comparison as not', () => {
    for (const line of [
      'Retrain when the forecast error slowly gets worse over four weeks.',
      'If accuracy worsens by two points, the on-call engineer opens a ticket.',
      'Verschlechtert sich der WAPE über alle Filialen in zwei Monaten, muss ein Neutraining erfolgen.',
      'Ce qui peut se dégrader et comment on le voit : un écart hebdomadaire suivi par Claire.',
      'Si la precisión del modelo empeora dos semanas seguidas, se reentrena.',
      'Se o erro piorar três semanas seguidas, o modelo é retreinado.',
      'Если качество прогноза ухудшается две недели подряд, модель переобучаем.',
      '数据组看预测误差是不是在慢慢变差，超过5个百分点就查原因。',
      '予測精度が悪化したら再学習する。',
      '예측 정확도가 나빠지면 재학습한다.',
    ]) {
      expect(monitoring(line), line).toBe(true);
    }
    expect(monitoring('The linear model is worse than the rules on small stores.')).toBe(false);
    expect(monitoring('Precision gets worse than recall at every threshold.')).toBe(false);
  });

  it('reads accuracy falling as what sets off a watch as monitoring in Japanese, Chinese and Korean; a risk named so is not', () => {
    for (const line of [
      'アラート：日次正解率が直近4週平均から5pt以上低下でSlack通知。',
      '准确率较上周下降超过5个点时告警。',
      '정확도가 5%p 이상 떨어지면 슬랙으로 알린다.',
    ]) {
      expect(monitoring(line), line).toBe(true);
    }
    expect(monitoring('リスク：予測精度の低下（改装や客層の変化による）。')).toBe(false);
  });

  it('reads a watch still to be worked out as no monitoring, drift and all; a watch described beside it still is one', () => {
    for (const line of [
      'How we will watch the model once it is live — drift, decay, when to retrain — is still to be worked out.',
      'Monitoring of the model itself — drift, whether precision holds up, when to retrain — that\'s a big TODO, I haven\'t built anything.',
      'La surveillance de la dérive reste à définir avec l\'équipe data.',
      'El monitoreo del drift queda por definir con operaciones.',
      'Мониторинг дрейфа ещё предстоит продумать вместе с эксплуатацией.',
      '模型漂移监控还没有做，等上线后再说。',
      'モデルのドリフト監視はまだ何も作っていない。',
    ]) {
      expect(monitoring(line), line).toBe(false);
    }
    expect(monitoring('Weekly PSI on the top features alerts the on-call. Retraining thresholds are still to be worked out.')).toBe(true);
  });

  it('reads computing on the fly or on demand, a transaction at a time, or a queue read as messages come, as the serving mode in the other languages', () => {
    for (const line of ['No guardamos predicciones: todo se calcula al vuelo cuando llega la consulta del usuario.',
      "Rien n'est stocké à l'avance : le devis est tarifé à la demande, lorsque l'assuré valide le formulaire.",
      'Nenhuma previsão fica armazenada: tudo é gerado sob demanda quando o corretor consulta o imóvel.',
      'El servicio de scoring expone un endpoint que el backend del checkout consulta en cada transacción.']) {
      expect(mode(line), line).toEqual(['online']);
    }
    for (const line of ['Un consumidor lee los mensajes de la cola de sensores y calcula la probabilidad de avería.',
      'Les clics sont traités au fil de l\'eau dans Flink pour mettre à jour le score de session.']) {
      expect(mode(line), line).toEqual(['streaming']);
    }
  });

  it('reads a retrain that a quality figure sets off as monitoring, in the languages MLSD reads, and a schedule or a load limit as not', () => {
    for (const line of [
      'Every Monday we compare predicted and actual queues; if accuracy drops under 80%, we retrain on the latest 6 months.',
      'If the precision in the top decile ever falls below the old rule, it should be retrained.',
      'We retrain off-cycle whenever the average miss goes above 5 minutes.',
      'AUC mensual sobre las citas del mes cerrado; si baja de 0,70, se reentrena sin esperar al trimestre.',
      'Se o erro médio ultrapassa 15% no mês, o modelo é retreinado.',
      'Steigt der Fehler über 25 % (gewichtet), wird neu trainiert.',
      // The English word in German text, and the condition told at length.
      'Retraining außerhalb des Wochenrhythmus, wenn die Passform-Retourenquote bei gefolgten Empfehlungen zwei Wochen hintereinander über der Schwelle liegt.',
      'Anteil ohne Befund monatlich; über 50 % → Schwelle anpassen bzw. neu trainieren.',
      "Si l'écart moyen dépasse 12 %, on réentraîne le modèle.",
      'Если точность падает ниже 0,8, модель переобучаем.',
      '准确率低于 0.8 时重新训练。',
      '标注组每周抽 500 条线上预测结果人工复核，准确率低于 88% 触发复训。',
      '精度が 0.8 を下回ったら再学習する。',
      '정확도가 0.8 아래로 떨어지면 재학습한다.',
    ]) {
      expect(monitoring(line), line).toBe(true);
    }
    expect(monitoring('We retrain the model every week, and more often when the catalogue grows above 10,000 items.')).toBe(false);
    expect(monitoring('Requests go above 500 per second at peak; the model is retrained monthly.')).toBe(false);
  });

  it('reads a mail to whoever runs the model when a number moves as monitoring, and a mail about one item\'s score as the product', () => {
    expect(monitoring('Each week we look at the forecast error per region; if it exceeds 12% two weeks running, an email goes to the data team.')).toBe(true);
    expect(monitoring("Si l'écart moyen de la prévision dépasse 12 % deux semaines de suite, un mail part vers l'équipe Data.")).toBe(true);
    expect(monitoring('Wenn die Abweichung der Prognose zwei Wochen in Folge über 10 % liegt, geht eine Mail an das Datenteam.')).toBe(true);
    expect(monitoring('Если доля товаров со скидкой резко выросла, письмо аналитикам.')).toBe(true);
    expect(monitoring('예측 오차가 2주 연속 15%를 넘으면 데이터팀에 메일로 알린다.')).toBe(true);
    expect(monitoring('If the fraud probability is above the threshold, an email goes to the analyst on duty.')).toBe(false);
    expect(monitoring('An email goes to the customer with the three suggested slots.')).toBe(false);
    expect(monitoring('The model sends an email to the data owner of each table it reads.')).toBe(false);
  });

  it('does not take a fallback or a rollback for monitoring: they are how the service is run', () => {
    const risks = '# X\n\n## Requirements\n\n2M orders a day.\n\n## Model\n\nA GBDT over 40 features, retrained weekly.\n\n## Risks\n\n- Cold start for new items: a fallback rule covers them.\n- A bad release is rolled back with one click; rollback takes two minutes.\n';
    expect(check(optIn(risks)).sections.find((s) => s.id === 'monitoring')!.status).toBe('missing');
  });

  it('takes a figure that must hold for days or weeks on end, with an alert, as monitoring; one request\'s latency stays the service\'s', () => {
    for (const line of [
      'If agreement with the graders stays under 88% two days running, an alert goes to the vendor.',
      'Liegt die Trefferquote drei Wochen in Folge unter 80 %, gibt es einen Alarm an das Team.',
      'Si la cifra baja del 70 % dos semanas seguidas, salta una alerta.',
      '连续3天偏差超过15%，自动告警。',
      // A Russian stem runs on in Cyrillic letters ("дней", "недели").
      'Если точность ниже 80 % три дня подряд, приходит алерт.',
    ]) {
      expect(monitoring(line), line).toBe(true);
    }
    expect(monitoring('An alert fires if p99 latency is above 80 ms.')).toBe(false);
    expect(monitoring('The test set holds 14 consecutive days of orders.')).toBe(false);
  });

  it('takes an alert or a page as monitoring only where the sentence is about the model', () => {
    // About the service, an owner left open, or nobody at all: not the model watched.
    expect(monitoring('SRE watches error rate and p99 latency; we page on the existing latency SLO alert.')).toBe(false);
    expect(monitoring('Alerts: TBD with the app on-call.')).toBe(false);
    expect(monitoring('Nobody has signed up for alerting yet.')).toBe(false);
    expect(monitoring('上线后复用现有的服务告警规则（QPS、延迟）。')).toBe(false);
    // An alert on the service's health, though it counts a share ("5xx 比例", "доля таймаутов"), watches the service.
    expect(monitoring('可用率低于 99.5% 或 P99 超过 200 ms 时电话告警，5xx 比例也接入监控大盘。')).toBe(false);
    expect(monitoring('В Grafana заводятся алерты на p99 латентности > 150 мс, долю таймаутов > 2% за 5 минут и ошибки 5xx.')).toBe(false);
    expect(monitoring('Page the on-call: p99 > 70 ms for 10 min; error rate > 2% for 5 min; degraded share > 5%.')).toBe(false);
    // An alert that a job failed watches the plumbing, though the sentence speaks of forecasts.
    expect(monitoring('If the 04:00 job fails, the report shows yesterday\'s forecast; the data engineer is paged by the existing pipeline failure alert.')).toBe(false);
    expect(monitoring('Wenn der nächtliche Prognose-Job fehlschlägt, geht ein Alarm an die Rufbereitschaft.')).toBe(false);
    expect(monitoring('予測バッチのジョブが失敗したらアラートを運用当番に送る。')).toBe(false);
    // The alarm the product sends when one item's score passes the threshold: its output, not a watch on the model.
    expect(monitoring('The model scores each bearing; an alert goes to the NOC when the score is above the threshold.')).toBe(false);
    expect(monitoring('Scoring-Job rechnet Features + Score für alle Melkungen. Alarme über Schwelle → Push in die Herden-App.')).toBe(false);
    expect(monitoring('风险分超过阈值即推送告警给调度员，模型每小时更新一次。')).toBe(false);
    // About the model's outputs or quality, in any language.
    expect(monitoring('Someone gets paged if the share of late orders doubles.')).toBe(true);
    expect(monitoring('Alert to #ml if the acceptance rate of suggestions drops below 55%.')).toBe(true);
    expect(monitoring('Alarm an das Team, wenn der Anteil der Weiterleitungen über 5 % steigt.')).toBe(true);
    expect(monitoring('预测分布变化超过阈值时告警。')).toBe(true);
    expect(monitoring("Alerte : si l'écart moyen dépasse 45 minutes deux jours de suite, un mail part au cadre de santé.")).toBe(true);
    // How often its detections prove right or wrong, by the words each language has for it.
    for (const line of ['주간 정탐률이 70% 미만으로 떨어지면 운영 담당자에게 알림을 발송합니다.', 'An alert goes to the team when the false alarm rate doubles.',
      '誤検知率が 5% を超えたらアラートを出す。', '误报率超过 5% 时告警。']) {
      expect(monitoring(line), line).toBe(true);
    }
    // A measure of how far the inputs moved needs no alert at all.
    expect(monitoring('Weekly Jensen–Shannon distance of the predicted class mix against the last month.')).toBe(true);
    // A message sent when a number moves is an alert by another name; one the product sends is not.
    expect(monitoring('If the share of invoices scored above 0.5 leaves 8–18% for three days, someone gets a Slack ping.')).toBe(true);
    expect(monitoring('当预测为正的比例连续三天偏离时，通知负责人。')).toBe(true);
    expect(monitoring('Customers get a notification when their parcel ships.')).toBe(false);
    // The sentence before, in the same item or paragraph, may say what the alert is about.
    expect(monitoring('- **Распределение скоров**: доля клиентов со скором > 0,5 и средний скор. Если за неделю они сдвигаются больше чем на 20%, приходит алерт в наш канал.')).toBe(true);
    expect(monitoring('We track the share of tickets routed by the model. If it moves by a third in a week, an alert goes to the team channel.')).toBe(true);
    // Not the sentence of another paragraph.
    expect(monitoring('We track the share of tickets routed by the model.\n\nLatency alerts go to the SRE on-call.')).toBe(false);
  });

  it('takes a warning about the model\'s error as an alert, not the warning the product sends on one prediction', () => {
    expect(monitoring('Warnung an die Küchenleitung, wenn der MAPE über zwei Wochen 10 % übersteigt.')).toBe(true);
    expect(monitoring('特徴量分布を過去28日と比較し、p<0.01で警告を出す。')).toBe(true);
    expect(monitoring('등외 비율이 최근 7일 평균보다 두 배 이상 높으면 경고를 보낸다.')).toBe(true);
    expect(monitoring('A warning goes to the data team when the weekly MAPE of the forecast passes 12%.')).toBe(true);
    // What one prediction sets off is the product's output, in any language.
    expect(monitoring('Sagt das Modell einen Maschinenausfall mit hoher Wahrscheinlichkeit voraus, erhält der Instandhalter eine Warnung aufs Tablet.')).toBe(false);
    expect(monitoring('When the model scores a card transaction above 0.9, the customer gets a push notification.')).toBe(false);
    expect(monitoring('Lorsque le modèle estime qu\'une transaction est frauduleuse avec plus de 90 % de probabilité, le client reçoit une notification.')).toBe(false);
    expect(monitoring('模型预测设备故障概率较高时，系统会向运维人员的手机推送预警。')).toBe(false);
    // A watch on what the model puts out, though it names the model and a probability, is still monitoring.
    expect(monitoring('Alarm an das Datenteam, wenn die mittlere vom Modell vorhergesagte Wahrscheinlichkeit um mehr als 20 % vom Vormonat abweicht.')).toBe(true);
    // A callout's label and an early-warning product are not alerts on the model.
    expect(monitoring('!!! warning "Safety"\n    The model does not replace the certified sensor; it only advises the control room.')).toBe(false);
    expect(monitoring('I keep saying I will track the forecast error as an early warning.')).toBe(false);
  });

  it('reads "alert" as the product\'s word in a document titled for a product that raises alerts', () => {
    const titled = (title: string, line: string) => facts(replace('Alerts on feature drift and on CTR drops; daily retraining.', line).replace('# Ad click prediction', `# ${title}`))('monitoring').found;
    const alert = 'Alert to #ml if the acceptance rate of suggestions drops below 55%.';
    expect(titled('Ad click prediction', alert)).toBe(true);
    for (const title of ['Predictive bearing alerts', '无线小区性能劣化智能告警', 'Anomaly detection for service metrics', 'Frühwarnsystem Leckagen']) {
      expect(titled(title, alert), title).toBe(false);
      // Drift and its measures state monitoring there as anywhere.
      expect(titled(title, 'Input drift is checked weekly (PSI > 0.2 means we retrain).'), title).toBe(true);
    }
  });
});

describe('facts in ordinary words', () => {
  const inStep = (heading: string, line: string) => `# X\n\n## Requirements\n\nUsers need things, 10M users a day.\n\n## Model\n\nA GBDT model trained on the logs.\n\n## ${heading}\n\n${line}\n`;
  const fact = (id: string, heading: string, line: string) => check(optIn(inStep(heading, line))).facts[id]!;

  it('names a task by its classifier or regressor in every language, as in English', () => {
    const cases: Array<[string, string[]]> = [
      ['El modelo es un clasificador binario a nivel de establecimiento.', ['binary classification']],
      ['Модель — бинарный классификатор по каждому вагону.', ['binary classification']],
      ['On entraîne un classifieur multiclasse sur les courriels.', ['multi-class classification']],
      ['Usamos um classificador sobre as fotos de cada lote.', ['classification']],
      ['Un regresor estima los minutos de espera.', ['regression']],
    ];
    for (const [line, values] of cases) expect(fact('ml-category', 'Approach', line).values, line).toEqual(values);
  });

  it('reads accuracy and retraining under their usual names in Japanese, Korean and Chinese', () => {
    expect(fact('offline-metrics', 'Evaluation', 'テスト期間の3段階表示の正答率は71%でした。').values).toEqual(['accuracy']);
    expect(fact('offline-metrics', 'Evaluation', '테스트 기간의 정답률은 71%였다.').values).toEqual(['accuracy']);
    // "重训" is how Chinese shortens retraining: with the daily check of predictions against actuals it is a watch on the model.
    const text = optIn(inStep('部署', '服务器上的 cron 每 5 分钟跑一次。每天早上 7 点脚本推一条汇总：每口塘预测 vs 实际的曲线和 MAE，模型一个月重训一次。'));
    expect(status(text, 'monitoring')).not.toBe('missing');
  });

  it('reads the results handed to another system as the serving step', () => {
    const text = optIn(inStep('А.8 Передача результатов в учётную систему', 'Результат анализа передаётся в учётную систему в виде XML-файла не позднее 10 с после завершения анализа.'));
    expect(status(text, 'serving')).not.toBe('missing');
  });

  it('reads serving modes however they are put', () => {
    const cases: Array<[string, string[]]> = [
      ['Each search query calls the ranker and gets scores back in under 30 ms.', ['online']],
      ['Forecasts are generated once a day by an Airflow DAG and written to BigQuery.', ['batch']],
      ['Inference happens on the phone (Core ML), so there is no server round trip.', ['online']],
      ['A Flink job consumes the transaction stream and scores each event within 2 seconds.', ['streaming']],
      ['The classifier is invoked synchronously by the checkout service.', ['online']],
      ['Embeddings are computed offline; the ranking model runs at query time.', ['online']],
      ['The fraud model scores each transaction before authorisation, within 40 ms.', ['online']],
      ['A nightly Spark job writes churn scores for all accounts to the CRM.', ['batch']],
      ['매일 밤 배치로 전체 사용자 점수를 계산한다.', ['batch']],
      ['推論はリクエストごとにオンラインで行う。', ['online']],
      ['las recomendaciones se precalculan cada noche en un proceso batch.', ['batch']],
      ['Der Posteingangsdienst ruft ihn bei jeder Meldung synchron auf; Zielwert 300 ms pro Meldung.', ['online']],
      ['Answers in 45 ms p99 from the gateway.', ['online']],
      // In the serving step's own text, the step says what "batch" and "real time" are about.
      ['It runs as a batch once the warehouse load finishes.', ['batch']],
      ['Everything here happens in real time.', ['online']],
      ['The detector is a Flink job that consumes the sensor topic and scores each window as it closes.', ['streaming']],
      ['CPU inference takes about 120 ms/ticket, called from the Zendesk webhook.', ['online']],
      ["L'application fait toute la prédiction sur le téléphone, sans connexion.", ['online']],
      ['Toda la inferencia se ejecuta en el propio teléfono; no existe servidor.', ['online']],
      // On a day of the week or every morning, a list is made for all.
      ['Every Monday at 5 a.m. the list of the highest-scored lights is generated and loaded as work orders.', ['batch']],
      ['Jeden Morgen um 6 Uhr läuft ein Skript und bewertet alle offenen Rechnungen.', ['batch']],
      // The same in the plural, and on each operation.
      ['Scoring tous les lundis à 6h, le top 10 % par club est poussé dans Salesforce.', ['batch']],
      ['Todos los lunes a las 6h se puntúan todos los socios y la lista va al CRM.', ['batch']],
      ['El sistema de autorizaciones llama al modelo en cada operación; responde en 31 ms.', ['online']],
      ['每天早上 6 点算好所有柜组的预测，写进调度表。', ['batch']],
      // A model shipped inside the app predicts on the device.
      ['The quantised model is bundled with the app and updated with each release.', ['online']],
      ['モデルはTensorFlow Liteに変換してアプリに同梱しています。', ['online']],
      ['모델은 앱에 내장되어 키보드가 열릴 때 로드된다.', ['online']],
      // Stream processing, in the other languages.
      ["Un service de traitement en flux applique le modèle à l'enregistrement publié sur Kafka.", ['streaming']],
      ['Die Streamverarbeitung in Flink wendet das Modell auf die Messwerte an.', ['streaming']],
      ['风控模型部署在流处理平台上，对交易打分。', ['streaming']],
      // A production line's controller waits for the verdict on each part.
      ['Ein Industrie-PC an der Linie rechnet etwa 90 Millisekunden; fällt er aus, prüft die SPS wieder allein.', ['online']],
      ['PLC から撮像トリガー → 推論 → PLC へ OK/NG を返す。', ['online']],
      // A run each day or overnight.
      ['Processo diário às 05h00, depois da carga SCADA; o resultado vai para o app de campo.', ['batch']],
      ['AI 분석은 매일 1회 전일 데이터를 대상으로 수행된다.', ['batch']],
      ['Forecasts come from two overnight runs, one for flights in three days and one for the next day.', ['batch']],
      // A few times a day, every hour or every month.
      ['Die Prognose wird dreimal täglich für alle Stationen berechnet.', ['batch']],
      ['The model scores every open ticket once an hour.', ['batch']],
      ['매월 검침 마감 후 모델이 전 세대 점수를 계산한다.', ['batch']],
      ['No primeiro dia útil de cada mês, o modelo gera a lista priorizada por distrito.', ['batch']],
      // An answer returned within seconds.
      ["Le service lit l'état des urgences et renvoie la fourchette en moins de 2 secondes.", ['online']],
      ['ショット完了信号を受けてから 2 秒以内に判定し、PLC に OK/NG を返す。', ['online']],
      ['学生点提交后，作文服务同步调用打分服务，3 秒内返回分数和建议。', ['online']],
      // A synchronous interface, named as such in the languages without spaces.
      ['照片上传完成后，理赔中台调用定损服务（同步 HTTP 接口），服务内部并行处理多张照片。', ['online']],
      ['受付システムから同期APIで判定サービスを呼ぶ。', ['online']],
      ['The summary service responds within 5 seconds of the call ending.', ['online']],
      // Under a number of milliseconds, in the other languages.
      ['El modelo tendría que responder en menos de 30 ms dentro del flujo de autorización.', ['online']],
      ['Der Dienst muss jede Meldung in unter 50 ms bewerten.', ['online']],
      ['推論は 1 件あたり 20ms 以内に返す。', ['online']],
      // A nightly run that fills a key-value store.
      ['ночью считаем топ-100 на каждого юзера, кладём в redis, бэкенд сайта забирает по user_id.', ['batch']],
      // Scored when the thing it is about arrives.
      ["A small PC scores each board's flagged joints right as the inspection result file lands.", ['online']],
      ['When an email arrives, the mail system calls the sorting program and waits for the answer.', ['online']],
      ['Un endpoint puntúa cada reserva nueva en el momento en que entra.', ['online']],
      ['Usedesk дёргает модель вебхуком при создании тикета.', ['online']],
      ['Sobald eine Rechnung eingeht, schlägt der Dienst das Sachkonto vor.', ['online']],
      // Or when it is saved, recorded or captured: a camera's clip, a scan.
      ['Each time the line camera saves a clip, the model estimates the grade; each time a clip is saved, the screen updates.', ['online']],
      ['현장 서버에 탑재하여 영상이 저장될 때마다 품위 추정값을 산출한다.', ['online']],
      ["Chaque fois qu'une photo est enregistrée, le service renvoie la classe.", ['online']],
      // An answer within a second or a few, said in words.
      ['O sistema de sinistros chama o serviço da nota e recebe a resposta em poucos segundos.', ['online']],
      ['La app calcula el puntaje en el propio celular, en menos de un segundo.', ['online']],
      ['The checkout service gets the score back in under a second.', ['online']],
      ['Im Betrieb wird jeder eingehende Messwert innerhalb weniger Sekunden bewertet.', ['online']],
      // At a clock time, for all of them at once.
      ['At 05:30 the model runs on all patients on the six wards and writes the results to a table.', ['batch']],
      ['A las 11:45 y a las 16:45 se corre el cálculo para todas las tiendas piloto.', ['batch']],

    ];
    for (const [line, values] of cases) expect(fact('serving-mode', 'Serving', line).values, line).toEqual(values);
    for (const line of ['The model is retrained nightly on the latest data.', 'Batch size 512 on 4 GPUs.', 'At 09:00 the team meets for all open incidents.', 'The model is retrained daily on the latest events.', 'The model is retrained monthly.', 'Agents answered 79% of calls within 60 seconds.',
      'When a new month of data arrives, the model is retrained.', 'We retrain the model whenever a new month of labels arrives.',
      'During training, each time a better checkpoint is saved we log its loss.']) {
      expect(fact('serving-mode', 'Serving', line).found, line).toBe(false);
    }
  });

  it('reads a schedule named before the predictions it makes as batch, wherever it stands', () => {
    for (const line of [
      "Every Thursday the forecasts for the next week are computed and sent to the kitchen's production software.",
      'Chaque jeudi, les prévisions de la semaine suivante seront calculées automatiquement et transmises au logiciel.',
      'Les prévisions seront calculées automatiquement chaque jeudi et transmises au logiciel.',
      'Cada lunes, las previsiones de la semana se calculan y se envían al sistema de compras.',
      'Jeden Donnerstag werden die Prognosen für die Folgewoche neu berechnet.',
      'Die Prognose wird einmal wöchentlich, jeweils donnerstags in der Nacht, automatisiert neu berechnet.',
    ]) {
      expect(fact('serving-mode', 'Notes', line).values, line).toEqual(['batch']);
    }
    expect(fact('serving-mode', 'Notes', 'Every Thursday the model is retrained on the latest labels.').found).toBe(false);
  });

  it('reads serving said by where the answer lands, how often it runs or what reads the queue', () => {
    const cases: Array<[string, string[]]> = [
      // The answer comes back in the same response, in any language, wherever it is said.
      ['The mobile app uploads the claim photo and gets the damage estimate back in the same HTTP response.', ['online']],
      ['Le technicien photographie le compteur et le modèle renvoie l’index lu dans la même requête.', ['online']],
      ['用户上传照片后，App调用OCR服务，在同一次请求中返回识别结果。', ['online']],
      // A caller that waits at most so many milliseconds.
      ['La app lo invoca cada vez que el usuario abre la ficha y espera como máximo 150 ms.', ['online']],
      ['Die Liniensteuerung ruft den Klassifikator auf und wartet höchstens 50 ms auf das Ergebnis.', ['online']],
      ['決済承認の処理中に不正検知モデルを同期的に呼び出し、スコアが返るまで保留する。', ['online']],
      // How often, as a label; computed ahead; a file of scores; a scheduled script.
      ['Frecuencia de cálculo: diaria, resultados antes de que abra la oficina.', ['batch']],
      ['Turnus: wöchentlich, montags früh als CSV auf dem Fileshare.', ['batch']],
      ['Os scores de propensão são pré-calculados à noite para toda a base, e o CRM apenas lê o valor armazenado.', ['batch']],
      ["Le CRM n'appelle jamais le modèle : il importe le fichier de scores produit chaque nuit.", ['batch']],
      ['Un script planifié parcourt tous les contrats actifs et met à jour la colonne de probabilité.', ['batch']],
      // A consumer reading a queue, a window scored as it closes, each reading setting off its own computation.
      ['Un consommateur lit les mesures des capteurs dans la file et estime le risque de panne.', ['streaming']],
      ['게임 서버 로그는 Kafka로 들어오고, 모델은 1분 단위 윈도우가 닫힐 때마다 점수를 계산한다.', ['streaming']],
      ['El servidor recibe la lectura por MQTT y cada lectura nueva dispara su cálculo.', ['streaming']],
    ];
    for (const [line, values] of cases) expect(fact('serving-mode', 'Serving', line).values, line).toEqual(values);
    // Strongly said, the same response states the mode outside the serving step too.
    expect(fact('serving-mode', 'Data', 'The app gets the damage estimate back in the same response.').values).toEqual(['online']);
    // Retraining said as "trained again" is no schedule of predictions; customers in a line are no queue consumer;
    // a stream job that fills the feature store computes features.
    for (const line of ['Se volvería a entrenar cada noche con los expedientes resueltos ese día.', 'O modelo volta a treinar toda semana.']) {
      expect(fact('serving-mode', 'Serving', line).found, line).toBe(false);
    }
    expect(fact('serving-mode', 'Data', 'Os consumidores na fila do caixa respondem à pesquisa de satisfação.').found).toBe(false);
    expect(fact('serving-mode', 'Data', 'These counts are maintained by a Flink job over the registration stream and written to the online store within seconds.').found).toBe(false);
  });

  it('reads a baseline said as the naive forecast, a measure it is judged against or a moving average it is set against', () => {
    for (const line of [
      'If the model cannot beat "same as yesterday" on next-day demand, we will not deploy it.',
      'Si no mejora a «predecir lo mismo que ayer», el modelo no pasa a producción.',
      'Wenn das Modell nicht besser ist als „morgen wie heute“, geht es nicht in Produktion.',
      '如果连“明天和今天一样”的预测都跑不赢，就不上线。',
      'Forecasts will be judged against a moving average of the previous four weeks.',
      'Ошибка прогноза будет сравниваться с ошибкой скользящего среднего за четыре недели.',
      'The model’s recall is measured against the keyword filter the support team set up in 2021.',
      // A historical average, and references counted as such.
      'Compared with the historical mean per route, the error halves.',
      "Nous l'avons comparé en juin à deux références : l'heure du plan, et la dernière semaine.",
      'WAPE 24,1 % против 33,7 % у базовой линии.',
      // Today's practice, set against the model.
      'Referencia: balance hídrico de una capa, equivalente a la mejor práctica actual en la zona.',
      'Wir vergleichen mit der heutigen Praxis der Disponenten.',
    ]) {
      expect(fact('baseline', 'Model', line).found, line).toBe(true);
    }
    // Measured against the truth, or a moving or historical average used as a feature, is no baseline.
    for (const line of ['Predictions are evaluated against the ground-truth labels from the audit.', 'Features include a 7-day moving average of sales per store.',
      'Features include the historical mean of dwell time per yard.', 'Базовая линия датчика давления перекалибруется каждую смену.']) {
      expect(fact('baseline', 'Model', line).found, line).toBe(false);
    }
  });

  it('reads nothing in a sentence whose author says they did not do or get to it', () => {
    for (const line of [
      "I did not simulate an A/B test or anything online; the synthetic data would not support it.",
      'Avaliação muito rasa: não falei de teste A/B nem de nenhuma métrica de negócio.',
      "Il n'a pas posé de question sur l'A/B test, et je n'en ai pas parlé non plus.",
    ]) {
      expect(fact('online-metrics', 'Evaluation', line).found, line).toBe(false);
    }
    expect(fact('monitoring', 'Monitoring', '「価格分布のドリフトを見て、週次で再学習します」……と言ったところで時間切れ。').found).toBe(false);
    // An aside on the write-up itself, in parentheses, leaves what is around it said.
    expect(fact('monitoring', 'Monitoring', '지표 대시보드를 두고 떨어지면 알림을 받는다 (시간이 부족해서 여기까지만 말함).').found).toBe(true);
    // Said as done, or a design decision in the present tense, it is read.
    expect(fact('online-metrics', 'Evaluation', 'We ran an A/B test on 10% of traffic for two weeks.').found).toBe(true);
    expect(fact('serving-mode', 'Serving', 'We do not serve online; scores are precomputed nightly for all accounts.').values).toContain('batch');
  });

  it('reads predictions run at a time of day, or once a quarter, as batch serving in the serving step', () => {
    for (const line of ['Score everything the evening before, after the day\'s bookings settle.', 'Cada noche, a las 2:00, un proceso automático calculará el riesgo de todas las citas.',
      '毎日17時にその日の予測がLINEに届く。', 'Расчёт раз в сутки, список выгружается мастерам.', 'Die Berechnung erfolgt quartalsweise nach Einspielen der Schadensdaten.',
      'The job runs every 15 minutes and writes to the forecast table the dispatch app reads.', 'Le calcul tourne toutes les 30 minutes.', '예측은 10분마다 갱신된다.']) {
      expect(fact('serving-mode', 'Serving', line).values, line).toEqual(['batch']);
    }
    expect(fact('serving-mode', 'Serving', 'The model is retrained quarterly on the latest claims.').found).toBe(false);
  });

  it('reads full-width digits and letters as their ASCII twins, as formal Japanese and Chinese documents write them', () => {
    // "１日１回" is "1日1回"; "ＭＡＥ" is "MAE". The text keeps its length, so lines and offsets stay.
    for (const [wide, ascii] of [['１日１回、予測を計算する。', '1日1回、予測を計算する。'], ['予測は１０分ごとに更新する。', '予測は10分ごとに更新する。']]) {
      expect(fact('serving-mode', 'Serving', wide!).values, wide).toEqual(fact('serving-mode', 'Serving', ascii!).values);
      expect(fact('serving-mode', 'Serving', wide!).values, wide).toEqual(['batch']);
    }
    expect(fact('offline-metrics', '評価', 'テスト期間のＭＡＥは５．１人でした。').values).toEqual(['MAE']);
  });

  it('reads a batch computation, and a clock time on working days or in the afternoon, as batch serving', () => {
    for (const line of ['Nueva decisión: cálculo por lotes cada noche.', 'Um processo em lote corre no orquestrador e grava os resultados numa tabela.',
      'Os chefes de cozinha veem os números, calculados todos os dias úteis às 14h00.', 'Le tableau est rafraîchi tous les jours ouvrés à 6h.',
      'Die Liste entsteht jeden Werktag um 6 Uhr.', '평일 매일 오후 1시에 다음 날 숫자를 새로 계산합니다.', '毎営業日 午後3時に一覧を更新する。',
      'The list is refreshed every business day at 7:00.', 'Calcul quotidien en lot à 5 h sur la plateforme de données.']) {
      expect(fact('serving-mode', 'Serving', line).values, line).toEqual(['batch']);
    }
    // A process run on a schedule that computes for every item, in the languages where it is so told.
    for (const line of ['Every night a process reads the day data and computes the health index for all turbines.',
      'Cada noche, un proceso lee los datos del día anterior y calcula el índice de salud de todas las turbinas.',
      "Chaque nuit, un processus lit les relevés et calcule l'indice de santé de toutes les chaufferies.",
      'Toda noite um processo lê os dados e calcula o índice de saúde de todas as turbinas.',
      'Nachts um zwei holt ein Job die Kurven vom Vortag, rechnet die Merkmale, scored alle 1.900 Weichen und schreibt das Ergebnis in eine Tabelle.']) {
      expect(fact('serving-mode', 'Operations', line).values, line).toEqual(['batch']);
    }
    // Said as what would be done, on a weekday: "A lista seria calculada toda segunda de madrugada".
    for (const line of ['A lista seria calculada toda segunda de madrugada e enviada ao CRM.', 'La lista sería calculada cada lunes y enviada al CRM.']) {
      expect(fact('serving-mode', 'Operations', line).values, line).toEqual(['batch']);
    }
    // Comparing the predictions with what happened, on a schedule, watches the model: it does not serve it.
    for (const line of ['毎週、リリース後7日経ったステージについて、予測と実績の誤差を集計する。', '매주 예측과 실제 수확량의 차이를 기록해 오차가 커지는지 지켜본다.', '每周统计预测与实际销量的误差。']) {
      expect(fact('serving-mode', 'Operations', line).found, line).toBe(false);
    }
    // Training on that schedule is not serving.
    expect(fact('serving-mode', 'Operations', 'Cada noche, un proceso entrena el modelo y calcula las métricas de todas las turbinas.').found).toBe(false);
    expect(fact('serving-mode', 'Operations', 'Every night the pipeline retrains the model and computes metrics for all stores.').found).toBe(false);
    expect(fact('serving-mode', 'Operations', 'Jede Nacht trainiert ein Job das Modell neu und berechnet die Metriken für alle Filialen.').found).toBe(false);
    // A data export run in batches is not how the predictions are served.
    expect(fact('serving-mode', 'Data', 'Export complet du registre (traitement par lots mensuel, fichiers CSV).').found).toBe(false);
    // A working day said of something else than a time of computing is no schedule.
    expect(fact('serving-mode', 'Serving', 'Os chefes de cozinha trabalham todos os dias úteis.').found).toBe(false);
  });

  it('takes "nightly batch" stated outright anywhere as batch serving, in every language', () => {
    for (const line of ['予測タイミング：毎日1回、POS締め処理完了後の夜間バッチで全件を一括予測する。', 'Die Prognosen entstehen im nächtlichen Batch für alle Filialen.', 'Las previsiones se calculan en un batch nocturno para todas las tiendas.',
      // A batch run, said as such: "每 30 分钟由调度平台批量运行一次".
      '每 30 分钟由调度平台批量运行一次，全市站点一次算完。', '결과는 배치 실행으로 테이블에 적재한다.', 'The batch run writes the scores to the CRM.',
      // Everything computed in one go: "一括で計算".
      '朝5時までに全店舗・全SKUの翌日予測と推奨発注数を一括で計算して返却する。']) {
      const text = optIn(`# X\n\n## Requirements\n\n48 stores, 22,000 items.\n\n## Framing\n\nDaily demand per store and item, 7 days ahead. ${line}\n`);
      expect(check(text).facts['serving-mode']!.values, line).toEqual(['batch']);
    }
  });

  it('takes predictions named first, then computed on a schedule, anywhere as batch serving, in every language', () => {
    for (const line of ['Côté technique, les prévisions sont recalculées chaque nuit pour les 10 jours suivants.', 'Las previsiones se recalculan cada noche para toda la red.',
      'As previsões são geradas uma vez ao dia e gravadas numa tabela.', 'Прогнозы пересчитываются каждую ночь для всех складов.', 'Forecasts are recomputed nightly for every store.']) {
      const text = optIn(`# X\n\n## Requirements\n\n48 stores, 22,000 items.\n\n## Results\n\nMAPE 11% on the last quarter. ${line}\n`);
      expect(check(text).facts['serving-mode']!.values, line).toEqual(['batch']);
    }
    const retrained = optIn('# X\n\n## Requirements\n\n48 stores.\n\n## Results\n\nMAPE 11%. Les prévisions sont meilleures; le modèle est réentraîné chaque nuit.\n');
    expect(check(retrained).facts['serving-mode']!.found).toBe(false);
  });

  it('reads the stability index with its threshold said in words as monitoring, in the languages MLSD reads', () => {
    for (const line of ['주요 변수 분포의 PSI를 월 1회 산출하고, PSI 0.2 초과 시 원인을 분석한다.', 'We page the owner when the PSI of any input goes above 0.2.',
      '入力分布のPSIが0.25を超えたら再学習を検討する。', 'Liegt der PSI über 0,2, prüfen wir die Eingangsdaten.', 'Si el PSI supera 0,2, se revisan las variables.',
      '我们用 PSI，超过 0.2 飞书群里会自动弹消息。',
      // The index by its name, in the other languages.
      'Cada semana comparamos las operaciones con el entrenamiento con el índice de estabilidad de población por variable.',
      "On suit l'indice de stabilité de la population des scores chaque mois."]) {
      expect(fact('monitoring', 'Operations', line).found, line).toBe(true);
    }
    // Pounds per square inch are no stability index.
    expect(fact('monitoring', 'Operations', 'The valve opens when the pressure rises above 30 PSI.').found).toBe(false);
  });

  it('reads a part headed for what runs today as the baseline, in whatever words; not an empty one', () => {
    const today = (heading: string, body = 'The planner picks a job type from a list of 40 and adds a kit by hand when the description says "leak".') =>
      check(optIn(`# X\n\n## Requirements\n\n2,600 jobs a week.\n\n## ${heading}\n\n${body}\n\n## Model\n\nGradient-boosted trees on the description.\n`)).facts['baseline']!;
    for (const heading of ['How booking works today', '2 Ist-Zustand', 'Situation actuelle', 'Как сейчас', '2. 現状', '1.1 현황', 'Situação atual']) {
      expect(today(heading), heading).toMatchObject({ found: true, values: [heading.toLowerCase()] });
    }
    // Joined to the problem or the background, what runs today is the problem the design answers.
    for (const heading of ['Current situation and problems', '2. 現状と課題', '1-1. 현황 및 문제점', '2. Antecedentes y situación actual', 'Ist-Zustand und Problemstellung']) {
      expect(today(heading).found, heading).toBe(false);
    }
    expect(today('Current state', 'TBD').found).toBe(false);
    expect(today('Background').found).toBe(false);
    // A heading that is a sentence only mentions the day.
    expect(today('Why did a sailing show "full" yesterday and have space today?').found).toBe(false);
  });

  it('takes what runs in batch mode as batch serving, and the step as written there; not training in batch mode', () => {
    for (const line of ['4.4.1. Расчёт выполняется в пакетном режиме: плановый расчёт — ежеквартально.', 'Las predicciones se generan en modo por lotes para toda la red.',
      'Le score est calculé en mode batch pour tous les contrats.', 'The scorer runs in batch mode over all open accounts.', '风险分采用批处理模式计算。']) {
      const text = optIn(`# X\n\n## Requirements\n\n48 stores, 22,000 items.\n\n## Requirements for the computation\n\n${line}\n`);
      expect(check(text).facts['serving-mode']!.values, line).toEqual(['batch']);
      expect(status(text, 'serving'), line).toBe('present');
    }
    for (const line of ['Training features are recomputed in batch mode over the archive.', 'Обучение выполняется в пакетном режиме раз в месяц.']) {
      expect(check(optIn(`# X\n\n## Requirements\n\n48 stores.\n\n## Notes\n\n${line}\n`)).facts['serving-mode']!.found, line).toBe(false);
    }
  });

  it('reads the items of a list the text introduces as what a pilot measures as online metrics', () => {
    const pilot = (lead: string, items: string[]) => fact('online-metrics', 'Evaluation', `Offline: MAE on 12 held-out weeks.\n\n${lead}\n\n${items.map((item) => `- ${item}`).join('\n')}`);
    const measured = pilot('During the pilot, Harbourside uses the forecast and Quayside keeps the sheet, then we swap. Finance will track:', ['overtime hours per week', 'agency call-outs']);
    expect(measured.values).toEqual(['overtime hours per week', 'agency call-outs']);
    expect(pilot('Piloto con clientes reales: 6 semanas, Madrid usa el estimador y Valencia no. Se mide:', ['tiempo hasta enviar presupuesto', 'margen por encargo']).found).toBe(true);
    // An aside in parentheses says more of the measure; the name before it is the measure.
    expect(pilot('Pendant le pilote, on a mesuré en plus, sur le terrain :', ['**nombre de débordements signalés** (mairies, application citoyenne, chauffeurs) ;']).values)
      .toEqual(['nombre de débordements signalés']);
    // A list of what the pilot does, or measures with no pilot, is not it.
    expect(pilot('Pilot setup:', ['install the app on the tablets', 'train the supervisors']).found).toBe(false);
    expect(pilot('For the back-test we track:', ['MAE per floor', 'days over 15% error']).found).toBe(false);
  });

  it('reads use in the field and the time after launch as a pilot is read, and counting or logging as measuring', () => {
    const items = ['missed pickups per week', 'hours spent on the phone'];
    const listed = (lead: string) => fact('online-metrics', 'Evaluation', `Offline: MAE on 12 held-out weeks.\n\n${lead}\n\n${items.map((item) => `- ${item}`).join('\n')}`);
    for (const lead of [
      'In real life, the two depots with the tool for six weeks, we will count:',
      'Six weeks after the full launch we look at:',
      'Im Realbetrieb über drei Monate werden erfasst:',
      'En la vida real, durante ocho semanas, miramos:',
      'После полного запуска смотрим:',
    ]) {
      expect(listed(lead).values, lead).toEqual(items);
    }
    // A comparison told of use after launch is a comparison in the field.
    expect(fact('online-metrics', 'Evaluation', 'Nach dem Go-Live vergleichen wir die Wartezeiten mit dem Vorjahr.').found).toBe(true);
    // Counting on the held-out weeks is still offline; a launch with nothing measured states no metric.
    expect(listed('On the held-out weeks we count:').found).toBe(false);
    expect(fact('online-metrics', 'Evaluation', 'After launch the model is retrained every month.').found).toBe(false);
  });

  it('reads what really happened set against what was predicted, on a schedule and in either order, as monitoring', () => {
    for (const line of [
      'Monatlich wird automatisch verglichen, wie stark die Prognose von den tatsächlichen Ausfällen abgewichen ist.',
      'Todos los lunes, Álex saca un informe: horas reales de los partes cerrados la semana anterior frente a lo que dijo el sistema.',
      'Каждое утро таблица сама подставляет вчерашний факт из кассы рядом с вчерашним прогнозом и считает ошибку.',
      '毎月「査定と実際の成約のズレ」を地域ごとに集計する。',
    ]) {
      expect(fact('monitoring', 'Monitoring', line).found, line).toBe(true);
    }
    // Actuals loaded on a schedule for the next forecast feed the model: they watch nothing.
    expect(fact('monitoring', 'Monitoring', "Each night the actual sales are loaded and tomorrow's forecast is computed.").found).toBe(false);
    expect(fact('monitoring', 'Monitoring', '毎晩 22時に前日までの実績と翌日の気象予報を取り込み、夜間バッチで予測を作る。').found).toBe(false);
    // Keeping an eye on it names the step in Spanish as in the other languages.
    expect(['present', 'incomplete']).toContain(status(optIn('# X\n\n## Requisitos\n\n300 pedidos al día.\n\n## Modelo\n\nGradient boosting.\n\n## Evaluación\n\nMAE de 1,8 horas.\n\n## Despliegue\n\nUn proceso nocturno calcula la previsión.\n\n## Echarle un ojo cada semana\n\nTodos los lunes comparamos las horas reales con la previsión del modelo.\n'), 'monitoring'));
  });

  it('reads the text under a heading or label that names a pilot or a comparison as saying so in each sentence', () => {
    const steps = '# X\n\n## Requirements\n\nUsers need things, 10M users a day.\n\n## Model\n\nA GBDT model trained on the logs.\n\n';
    const read = (id: string, body: string) => check(optIn(`${steps}${body}`)).facts[id]!;
    const plan = '- Floors 7 and 9 get the nudges; floors 8 and 10 do not.\n- Measure: ghost room-hours, search failure rate, nudge response rate\n';
    expect(read('online-metrics', `## Pilot plan\n\n${plan}`).found).toBe(true);
    expect(read('online-metrics', `## Résultats depuis le lancement\n\nOn mesure le taux d'avis publiés en moins d'une heure : 83 %.\n`).found).toBe(true);
    expect(read('online-metrics', `## Metas\n\n**Piloto em campo (jul–set)**\n\n- Medimos os vazamentos por dia de equipe, comparado ao mesmo período de 2023.\n`).found).toBe(true);
    expect(read('baseline', `## Comparison with today's process\n\nThe existing rules catch 52% of the leaks at the same alert volume.\n`).found).toBe(true);
    // The same text under a heading that says nothing of it, under the title alone, or under another step's heading, does not.
    expect(read('online-metrics', `## Plan\n\n${plan}`).found).toBe(false);
    expect(read('online-metrics', `## Notes\n\nThe existing rules catch 52% of the leaks.\n`).found).toBe(false);
    expect(check(optIn(`# Pilot plan\n\n## Requirements\n\nUsers need things, 10M users a day.\n\n## Model\n\nA GBDT model.\n\n## Plan\n\n${plan}`)).facts['online-metrics']!.found).toBe(false);
    expect(read('online-metrics', '## Überwachung im Betrieb\n\nWöchentlicher Vergleich der Verteilungen der Eingangsdaten mit dem Trainingszeitraum.\n').found).toBe(false);
  });

  it('takes suggestions overridden, tickets re-routed and alerts confirmed as online metrics in the evaluation, not as today\'s figures elsewhere', () => {
    for (const line of [
      'During the pilot the override rate fell from 31% to 12%.',
      'Pendant la période d’essai, le taux de réorientation passe de 18 % à 7 %.',
      'Im Pilotbetrieb lag die Bestätigungsquote der Alarme bei 64 %.',
    ]) {
      expect(fact('online-metrics', 'Evaluation', line).values, line).toEqual(['business KPI']);
    }
    expect(fact('online-metrics', 'Requirements', 'Today the confirmation rate of alarms is 40% and the override rate 31%.').found).toBe(false);
    // A complaint share is one whatever its case ending: "доля жалоб", "долю жалоб".
    expect(fact('online-metrics', 'Evaluation', 'Модель снизила долю жалоб на 12%.').values).toEqual(['business KPI']);
  });

  it('takes a per-request latency budget in the serving step as online serving, not one among the requirements', () => {
    expect(fact('serving-mode', 'Serving', 'The ranking call must answer with p99 < 50 ms.').values).toEqual(['online']);
    // In seconds, and a synchronous call, in the languages that write "síncrono" or "синхронный".
    expect(fact('serving-mode', 'Serving', 'O app espera a resposta na tela: p95 < 2,5 s para 8 pares.').values).toEqual(['online']);
    expect(fact('serving-mode', 'Serving', 'Síncrono: o app chama o serviço assim que o atendente tira a última foto.').values).toEqual(['online']);
    expect(fact('serving-mode', 'Serving', 'Вызов синхронный: карточка обращения ждёт ответа сервиса.').values).toEqual(['online']);
    const requirements = optIn('# X\n\n## Requirements\n\nThe recommendation call must return within 80 ms at p95 for our 2M users.\n\n## Serving\n\nA model server on Kubernetes behind the gateway.\n');
    expect(check(requirements).facts['serving-mode']!.found).toBe(false);
  });

  it('reads what the results are set beside "for comparison", or called the reference, as the baseline, in the nine languages', () => {
    for (const line of [
      'For comparison: the hand-made schedule is off by 14% on the same weeks.',
      'Zum Vergleich: die heutige manuelle Zuordnung liegt bei etwa 86 %.',
      'Базовый уровень для сравнения — нынешняя проверка «норма + 15 %».',
      'Notre méthode Excel actuelle, qui prend la moyenne des quatre mêmes jours : c’est la référence.',
      'Como referencia se usará una regla sencilla: repetir la semana anterior.',
      '作为对照，沿用现在的人工规则。',
      // Named as what the model is compared with, as a label: "对比方案：原系统的关键词匹配".
      '对比方案：原系统自带的关键词匹配分类。',
      'Это правило мы потом оставили, чтобы было с чем сравнивать модель.',
    ]) {
      expect(fact('baseline', 'Model', line).found, line).toBe(true);
    }
    // A reference that is a statistic or a product number, or a comparison with nothing named, is no baseline.
    expect(fact('baseline', 'Model', 'The shop lists 4 500 références in twelve categories.').found).toBe(false);
    expect(fact('baseline', 'Model', 'Heuristic rules drop obvious spam before the model runs.').found).toBe(false);
  });

  it('reads a sentence that says there is no baseline yet as none, in the languages MLSD reads; one beside it still names one', () => {
    for (const line of [
      'We have not compared the model with the two-weeks-absent rule yet, so we do not know how much better it is than the rule.',
      'There is no point of comparison yet: nobody measured the foremen\'s own hit rate.',
      'Ohne Vergleichsbasis lässt sich nicht sagen, ob die heutige Regel schlechter ist.',
      'Sans point de comparaison, impossible de dire si le modèle bat la règle actuelle.',
      'Sin un punto de comparación no sabemos si un AUC de 0,78 es bueno frente a la regla actual.',
      'Sem um ponto de comparação não dá pra saber se AUC 0,78 é bom ou ruim.',
      'Без точки сравнения непонятно, лучше ли модель текущих правил.',
      // Its lack, as a reviewer lists what is missing.
      '2. Absence de point de comparaison (§4/§5) : le document doit se positionner par rapport au classement actuel.',
      'Fehlende Baseline: das Dokument muss sich am heutigen Ranking messen.',
      'Falta de referencia: el documento debe compararse con el ranking actual.',
      'Ausência de ponto de comparação: o documento deve se comparar com o ranking atual.',
      'Отсутствие точки сравнения: документ должен сравнить модель с текущим ранжированием.',
      '缺少对比基线：文档需要与现有排序做比较。',
      'Нам пока не с чем сравнивать модель.',
      // Nothing to compare with, said in a chat: "não tem com o que comparar de forma justa".
      'Não tem com o que comparar de forma justa: o processo do Caio é sim/não.',
      'No hay con qué comparar: la regla cambió tres veces en el piloto.',
      "Il n'y a rien à quoi comparer pour l'instant.",
      'We have nothing to compare it against yet.',
      // "Less than that" said of anything, not of the method the model must beat.
      'Bom é quem pagou tudo ou atrasou menos que isso.',
      '目前没有可以对比的参照：也没有做过简单方法（比如颜色直方图 + 规则）的对比。',
      '比較対象をまだ作っていない。',
      '比べる相手がいないので、本当に効いているのかわからない。',
      '모델이 단순한 규칙보다 얼마나 나은지는 아직 정확히 모른다.',
      // A base line of something else, said not to be one for the models.
      'The first six months are the study\'s baseline period; they are not a baseline for the model.',
      "Les données de la période T0 (« ligne de base » de l'étude) ne constituent pas un modèle de référence.",
      'La línea base de indicadores sirve para medir el impacto; no es un término de comparación de los modelos.',
      'A linha de base do estudo não é um ponto de comparação para o modelo.',
      'Die Messreihe der Pilotphase ist keine Baseline für das Modell.',
      'Данные первого полугодия не являются эталоном для модели.',
      // A baseline of a plan, a schedule, a budget or a business period, in the languages MLSD reads.
      'Nach Auftragserteilung legen wir im Kick-off gemeinsam die Projektbaseline (Termine, Meilensteine, Budget) fest.',
      'Der folgende Zeitplan dient als Baseline für die Bearbeitung.',
      'Figures below are the baseline period we will measure the pilot against.',
      'During the calibration period a baseline planogram image is captured for every bay.',
      'Para comparação: a baseline orçamentária do Faturamento para 2024 é de R$ 2,1 mi.',
      'Les écarts sont suivis par rapport à la baseline budgétaire validée en comité.',
      'Las desviaciones se comparan con la línea base del cronograma.',
      '「AI 윤리 점검 베이스라인 v2」 27개 항목 중 24개 충족.',
      '要件ベースラインv1.2と比較して変更点を整理した。',
      // A first model said never to have been the point of comparison.
      'A logistic regression in the first prototype. It was never really the comparison point: we dropped it after a week.',
    ]) {
      expect(fact('baseline', 'Evaluation', line).found, line).toBe(false);
    }
    expect(fact('baseline', 'Evaluation', 'Nobody measured the foremen. We compare against the current rules: recall 0.61 vs 0.48.').found).toBe(true);
    // Outside the model and its evaluation, a baseline rate is the business's, not a model to beat; "our baseline" alone still is one.
    expect(fact('baseline', 'The problem in one number', 'Fourteen percent. That was our baseline no-show rate last year.').found).toBe(false);
    expect(fact('baseline', 'The problem in one number', 'The rule the nurses use today is our baseline.').found).toBe(true);
  });

  it('reads the baseline from a comparison with what is done today, the simplest thing not beaten, the version replaced, a yardstick', () => {
    for (const line of [
      // Set against what is done today.
      'The router is evaluated against the triage nurses, who today get about 70% of cases right.',
      'Model training and comparison with the current triggers on the last quarter.',
      // Rules made by hand, set against the model.
      'Les essais ont donné des résultats nettement supérieurs à ceux des règles heuristiques.',
      'The classifier catches more spam than the hand-written rules did.',
      '1. Current keyword triggers (reference): replay the forty rules on the test set.',
      'El modelo se mide en relación con la plantilla de Excel que el equipo usa hoy.',
      'O ranking é avaliado contra a ordenação que a loja usa atualmente.',
      "La prévision est jugée par rapport à la règle de réassort actuelle.",
      'Die Prognose wird gemessen an der heutigen Tourenplanung per Hand.',
      'Качество оцениваем относительно нынешней ручной разметки.',
      '現在使っている手作業の割り振りと比較して評価する。',
      '予測精度は、現行の「前年同曜日実績」方式 38% に対し、モデルは 27% であった。',
      '既存ルール（同一端末から1時間に5回以上の決済があれば保留）に対し、同じ検出率のまま誤検知を減らす。',
      '현재 쓰는 수작업 배정과 비교해 평가한다.',
      '和目前人工分单的方式做对比。',
      // Not even beating the simplest thing.
      "If it can't beat 'sort by due date' we drop it.",
      'Si no le gana a ordenar por fecha, no sirve.',
      '连“按到期日排序”都比不过就不上线。',
      // The version it replaces, a yardstick, doing better than the rule just described.
      'The new ranker must lower the error relative to v3.',
      'La nueva versión tiene que mejorar a la versión anterior en MAE.',
      // The version replaced, named by its number in words.
      'La version 2 a été comparée à la version 1 (profils horaires moyens) : WAPE 18 % contre 26 %.',
      'Version 2 was compared with version 1 over the last twelve months: WAPE 18% vs 26%.',
      'The linear model stays in every report as a yardstick.',
      'Today planners reorder at two weeks of stock. The model has to do better than that.',
      'Hoje o gerente repõe com duas semanas de estoque. O modelo precisa errar menos que isso.',
      // The current system or the legacy rules, and a simple model the chosen one is measured against.
      'Comparer au système actuel (les 38 règles) à volume égal de dossiers envoyés.',
      'O top-1 é comparado com as regras legadas do de-para.',
      'LightGBM multiclasse. Comparado com regressão logística sobre TF-IDF apenas.',
      'LightGBM vs logistic regression: AUC 0.81 vs 0.76.',
      '与逻辑回归相比，AUC 提升 3 个点。',
      'Vorhersage: der Wert vom gleichen Wochentag der Vorwoche ist die Messlatte.',
      'Previsão de referência: o mesmo dia da semana passada.',
      // What was used before, measured on the same cases.
      'Die zuvor genutzte Pauschalkalkulation erreichte auf denselben Fällen 34 %.', 'The previously used scorecard reached an AUC of 0.64 on the same loans.',
      'El método utilizado hasta ahora acierta el 61 % de los casos.', '以前使用的规则在同一批数据上准确率为 61%。',
      // The comparative example of a patent or a paper.
      '比較例としての水しぶき面積閾値法と比較した。', 'Comparative Example 1 uses the splash-area threshold.', '对比例采用阈值法。', '비교예로 임계값 방식을 사용하였다.',
    ]) {
      expect(fact('baseline', 'Model', line).found, line).toBe(true);
    }
    // A sensor's baseline or a base model is no baseline; the chosen model alone is not either.
    // Nor is a simple model named with nothing to compare it with.
    for (const line of ['Vibration sensors are re-zeroed each shift.', 'We fine-tune a pretrained base encoder on the tickets.', 'Gradient-boosted trees on 40 features, tuned by cross-validation.',
      'Logistic regression on five features, easy to explain to the analysts.', 'Testei rapidinho uma regressão logística também, mas não vou ficar comparando muito.']) {
      expect(fact('baseline', 'Model', line).found, line).toBe(false);
    }
  });

  it('reads "at least as good as" what runs now, and the baseline by its borrowed names, in the model; "не хуже" elsewhere is no baseline', () => {
    for (const line of [
      'The new ranker has to do at least as well as the current sort on every market.',
      'Новая модель должна работать не хуже действующей схемы.',
      '比較の対象は現行の自動査定ルールとする。',
      '基线先说最简单的：近7天热门创作者。',
      '유저 10%는 기존처럼 19시에 보내고, 10%는 모델 슬롯으로 보낸다.',
      // The line a new model has to clear, in Japanese and Korean.
      '最初に置いたのは既存のn-gramモデルで、これを超えられなければ意味がない、という基準線です。',
      '규칙 엔진이 우리가 넘어야 할 기준이다.',
    ]) {
      expect(fact('baseline', 'Model', line).found, line).toBe(true);
    }
    expect(fact('baseline', 'Requirements', 'Бейзлайн — сегодняшняя ручная сортировка.').found).toBe(true);
    expect(fact('baseline', 'Requirements', 'Поиск должен отвечать не хуже, чем сейчас: до 200 мс.').found).toBe(false);
  });

  it('reads a baseline named in ordinary words', () => {
    for (const line of [
      'We compare against plain BM25, which is what runs in production now.',
      'Per the search team, it improves offline NDCG@10 by 4.1% over the current BM25 ordering.',
      'Any new model must beat the current rules on the same tickets.',
      'Als Vergleichsverfahren dienen das Regelwerk und eine logistische Regression.',
      'Das Gradient-Boosting-Modell übertrifft das bestehende SLP-Verfahren deutlich.',
      'Базовые методы для сравнения: день-аналог и сезонная наивная модель.',
      'Прежний блок-лист служит точкой отсчёта для новой модели.',
      'On the held-out month it reaches 83% accuracy against 61% for the keyword triggers.',
      'As a first model we fit a logistic regression on five features.',
      'We start simple: a GBDT on count features.',
      'The current rules engine (~140 rules) is the baseline for everything in this epic.',
      'At the same decline rate the model catches 30% more fraud than the rules.',
      'It reaches 0.96 precision versus the current perceptual-hash check at 0.99.',
      'The thing to beat is the current regex and domain blocklist.',
      'Comparison points: the labeler bot and a TF-IDF model.',
      "The crews' printed list was our point of comparison.",
      'The basis for comparison is the spreadsheet the planners use today.',
      'Vergleichsbasis ist das bestehende Schlagwort-Regelwerk.',
      'Referencia a batir: la regla de umbral que usa hoy el almacén.',
      'Le modèle doit battre le tri manuel actuel sur le même mois.',
      'Die Heuristik dient als Vergleichsmaßstab für jedes neue Modell.',
      'Was wir schlagen müssen: der Durchschnitt der letzten 12 Monate plus 20 %.',
      'まず比べる相手として、今使っている計算式を置く。',
      '用上周同一天的占用数当作预测，新的办法必须比它明显准。',
      'Результат должен быть лучше того, как список составляется сейчас.',
      'Replaying last year, it picked the right team 81% of the time, versus 64% for today\'s phone menu.',
      'O modelo precisa superar a regra de frequência que roda hoje.',
      'Модель должна побить текущие правила на том же месяце.',
      'Como punto de partida usamos una regresión logística con diez variables.',
      'Referencia que hay que batir: la previsión manual de la hoja de cálculo.',
      'La référence de comparaison est la règle actuelle, évaluée sur le même jeu de test.',
      // The first version, a naive forecast, the majority class and the best sellers, in the other languages too.
      'La primera versión usa simplemente el promedio del año pasado para la misma semana.',
      'Die erste Version nimmt einfach den Vorjahresmittelwert pro Kalenderwoche und Filiale.',
      '- Prévision naïve (demain = aujourd\'hui) comme seuil minimal à dépasser',
      'Se o modelo não ganhar da previsão sazonal ingênua, não faz sentido seguir.',
      'As a sanity check we also report a majority-class predictor, which gets 71% accuracy.',
      'Un classifieur qui prédit toujours la classe majoritaire obtient déjà 70 % d\'exactitude.',
      'En la fase 1 basta con una heurística que recomienda los productos más vendidos de la tienda.',
      // Compared with what is done today.
      'We compare the model with what the planners do now: copying last month\'s numbers.',
      'Comparamos el modelo con la planilla que usa hoy el equipo comercial para priorizar prospectos.',
      'On compare le modèle avec ce que font les planificateurs actuellement.',
      'Derzeit planen die Schichtleiter per Hand, und genau damit vergleichen wir die Prognose.',
      // What runs today as a label, the status quo, a reference row.
      'Current system: keyword matching against a list of about 300 terms.',
      'Situación actual: los agentes de soporte asignan los tickets a mano.',
      'Gemessen wird gegen den Status quo, bei dem das Pricing-Team die Rabatte festlegt.',
      'Média móvel de 4 semanas | MAPE 19% | linha de referência',
      // A starting point given as a label, what the model is to be compared with, the reference for comparison.
      '- **Punto de partida:** repetir la venta del mismo día de la semana anterior.',
      'Ausgangspunkt: der Absatz vom gleichen Wochentag der Vorwoche.',
      'The current setup is the thing to compare with: what the ops team does now, rules plus a triager.',
      '학과별 인기 도서: 가장 먼저 해 본 단순한 방법으로, 비교의 기준으로 삼았다.',
      // What the results are measured against, named just before.
      'The average of the 4 same weekdays is what we have now. All the results below are compared with it.',
      // What everything is measured against, and a floor set by what runs today.
      "v0 is still in the repo as the thing everything gets compared to, mostly to keep me honest.",
      // The speaker's own comparison, in the languages MLSD reads.
      'Versión cero: los más vendidos de la materia, y es contra lo que voy a comparar todo lo demás.',
      'Best-sellers are what I compare everything else against.',
      "Les meilleures ventes, c'est ce à quoi on compare tout le reste.",
      'Os mais vendidos são com o que vamos comparar todo o resto.',
      'Die Bestseller-Liste ist das, woran wir alles andere messen.',
      'Это список бестселлеров, с чем будем сравнивать всё остальное.',
      'The router must be no worse than manual routing on the ten largest categories.',
      'Показатели должны быть не ниже показателей ручного распределения по каждой категории.',
      // The naive forecast, in the other languages.
      'С текущим прогнозом SAP F&R, плюс наивный сезонный прогноз как санитарная проверка.',
      'Zum Vergleich dient eine naive saisonale Prognose (gleicher Wochentag der Vorwoche).',
    ]) {
      expect(fact('baseline', 'Model', line).found, line).toBe(true);
    }
    // A part headed for today's procedure describes what the model is measured against.
    expect(fact('baseline', 'Referenz: heutiges Verfahren', 'Planzeit aus der Tourplanung, ohne Korrektur.').found).toBe(true);
    // A model "hard to beat" is strong, not measured against anything; a simple model or a business rule said not to be there is none.
    for (const line of [
      "Sur des données tabulaires de ce type, XGBoost est dur à battre, et les valeurs SHAP donnent les raisons.",
      'Auf tabellarischen Daten ist Gradient Boosting schwer zu schlagen.',
      "Confession : on n'a pas commencé par un modèle simple pour se comparer. Pas de règle métier non plus.",
      "We didn't start with a simple model; we went straight to boosting.",
    ]) {
      expect(fact('baseline', 'Model', line).found, line).toBe(false);
    }
    expect(fact('baseline', 'Monitoring', 'Alert when traffic is 20% above the 14-day baseline on Mondays.').found).toBe(false);
    // What predictions are compared with is what happened, not a baseline.
    expect(fact('baseline', 'Model', 'A GBDT on 40 features. Actual sales arrive the next day, and the predictions are compared with them.').found).toBe(false);
    // A form's field left open states nothing, whatever the field is called.
    expect(fact('monitoring', 'Operational readiness', '| Field | Response |\n|---|---|\n| Model monitoring (*) | N/A for v1 |\n| Support model | business hours |').found).toBe(false);
    for (const line of [
      'Se evaluaron tres alternativas frente al procedimiento actual, que actúa como referencia.',
      'Nous comparons le modèle par rapport à la procédure actuelle de contrôle visuel.',
      'Verglichen mit dem bisherigen Verfahren sinkt der Fehler um ein Drittel.',
      'Backtest auf Depot-Tag-Ebene, Vergleich gegen die Disponenten-Schätzung.',
      // A rule or a spreadsheet named in passing as what the model is measured against; "vs." ends no sentence.
      'My only ask is that it does clearly better than the two-strikes rule.', 'The typical forecast was off by 8%, against 19% for the spreadsheet.',
      'Beta: 61 % of receipts coded right (vs 18 % with merchant rules alone).', 'Split (4 weeks): tickets are assigned to model vs. rules by hash of the id.',
      'Le modèle prédit les repas avec une erreur nettement inférieure à la méthode actuelle du chef.',
    ]) {
      expect(fact('baseline', 'Model', line).found, line).toBe(true);
    }
    // Better or worse than the rules, anywhere, in the other languages; popularity order where the model is.
    for (const line of ['이 규칙보다 못하면 안 쓴다.', 'ルールより見逃しが少ないことを確認する。', '新模型必须比现有规则准。', 'Модель должна быть точнее текущих правил.',
      'Das Modell muss besser als die bisherigen Regeln sein.', 'Le modèle doit être meilleur que les règles.', 'Tiene que ser mejor que las reglas actuales.',
      'Precisa ser melhor do que as regras.']) {
      expect(fact('baseline', 'Background', line).found, line).toBe(true);
    }
    for (const line of ['처음엔 인기순으로 보여 준다.', 'まずは人気順に並べる。', '先按热度排序。', 'Сначала сортируем по популярности.', 'Primero, ordenar por popularidad.']) {
      expect(fact('baseline', 'Model', line).found, line).toBe(true);
    }
    expect(fact('baseline', 'Background', 'Le modèle doit respecter les règles de confidentialité.').found).toBe(false);
    // A gain over time, not over what runs today.
    expect(fact('baseline', 'Background', 'Click-through improved by 4.1% over the summer months.').found).toBe(false);
    // A row of a comparison table named for what runs today.
    for (const table of ['| Variant | Recall@8 |\n|---|---|\n| ルールベース（現行） | 0.041 |\n| item2vec | 0.083 |', '| Option | Cost |\n|---|---|\n| A. Job-code kit lists (current) | zero |\n| B. Classifier | 8 weeks |',
      '| Ranker | nDCG@10 |\n|---|---|\n| current BM25 + boosts | 0.356 |\n| LambdaMART v1 | 0.412 |', '| Método | MAPE |\n|---|---|\n| Regras atuais | 14% |\n| LightGBM | 9% |', '| 指標 | 現行ガイド | 予測モデル |\n|---|---|---|\n| WAPE | 31% | 22% |']) {
      expect(fact('baseline', 'Evaluation', table).found, table).toBe(true);
    }
    expect(fact('baseline', 'Evaluation', '| Ranker | nDCG@10 |\n|---|---|\n| LightGBM | 0.356 |\n| LambdaMART v1 | 0.412 |').found).toBe(false);
    for (const line of ['O método atualmente publicado no portal será adotado como termo de comparação.', 'Serão comparados o método de referência e o LightGBM.', 'Comparamos con un modelo estacional ingenuo (la misma hora de la semana anterior).',
      'PoC では、機械学習による需要予測が現行ガイドを上回る精度を示した。', '新模型的准确率优于现有规则，召回率提升 12 个点。',
      'Référence actuelle : la méthode de la signature énergétique, appliquée par le prestataire.', 'Our current reference is the degree-day regression.',
      'Referencia actual: la regla de umbral fijo del fabricante.', 'Die aktuelle Referenz ist das Standardlastprofil.']) {
      expect(fact('baseline', 'Evaluation', line).found, line).toBe(true);
    }
    // Outside the model step, text about the model states a baseline only by naming one outright.
    const elsewhere = '# X\n\n## Requirements\n\n10M users a day, 200 ms.\n\n- no baseline here: went straight to the two-tower model and a GBDT ranker with 40 features\n\n## Model\n\nA two-tower retriever, then an MLP ranker trained on clicks.\n\n## Serving\n\nOnline.\n';
    expect(check(optIn(elsewhere)).facts.baseline!.found).toBe(false);
    // Named the baseline in passing, outside the model step.
    expect(fact('baseline', 'Background', 'Today employees search the portal by keyword (our baseline) and open a ticket.').found).toBe(true);
    // What the model is compared with, as clinical and academic designs say it.
    for (const line of ['Comparators (all computed at the same time points): SIRS, qSOFA, NEWS2.', 'On 2023 data we will compare it with the Morse Fall Scale.']) {
      expect(fact('baseline', 'Evaluation', line).found, line).toBe(true);
    }
    // The comparison in the evaluation names the baseline, in words that elsewhere need the model step.
    for (const line of ['| Ranker | nDCG@10 |\n|---|---|\n| BM25 baseline | 0.356 |\n| LambdaMART | 0.412 |', '离线评估：基线（上周同价）MAPE 18%，新模型 11%。']) {
      expect(fact('baseline', 'Evaluation', line).found, line).toBe(true);
    }
    // Comparing predictions with what happened is evaluation, not a baseline.
    for (const line of ['Every quarter, staff will compare the scores with the lights that actually failed.', 'We compare it with the actual outcomes each week.']) {
      expect(fact('baseline', 'Evaluation', line).found, line).toBe(false);
    }
  });

  it('reads the methods a results table measures beside a model as the baseline', () => {
    const table = (...rows: string[]) => ['| Method | WAPE (Jul–Sep) |', '|---|---|', ...rows].join('\n');
    expect(fact('baseline', 'Evaluation', table('| Same weekday last week | 31.4% |', "| The owner's guess | 23.8% |", '| LightGBM | 18.2% |'))).toMatchObject({
      found: true,
      values: ['same weekday last week', "the owner's guess"],
    });
    // Turned on its side: the methods head the columns over rows of measures.
    const sideways = ['| | Rules | MobileNetV3 |', '|---|---|---|', '| Accuracy | 78.1% | 97.4% |', '| Accuracy at night | 52.4% | 95.2% |'].join('\n');
    expect(fact('baseline', 'Evaluation', sideways)).toMatchObject({ found: true, values: ['rules'] });
    // The document's own proposal, named as such, is the candidate: what it is measured beside is the baseline.
    const ours = ['| 指标 | v1（第三方） | v2（本方案） |', '|---|---|---|', '| 部件识别 F1 | 0.86 | 0.91 |', '| 损伤类型准确率 | 0.74 | 0.85 |'].join('\n');
    // Read, as all text is, with full-width signs as their ASCII twins: "（第三方）" is "(第三方)".
    expect(fact('baseline', 'Evaluation', ours)).toMatchObject({ found: true, values: ['v1(第三方)'] });
    expect(fact('baseline', 'Evaluation', table('| Vendor API | 31.4% |', '| Ours | 18.2% |'))).toMatchObject({ found: true, values: ['vendor api'] });
    // Two versions, neither named the proposal, compare nothing against a baseline.
    expect(fact('baseline', 'Evaluation', ours.replace('v2（本方案）', 'v2')).found).toBe(false);
    // Segments of one model, models only, or methods with nothing measured are no comparison against a baseline.
    expect(fact('baseline', 'Evaluation', table('| Weekdays | 14% |', '| Weekends | 19% |')).found).toBe(false);
    expect(fact('baseline', 'Evaluation', table('| LightGBM | 18.2% |', '| XGBoost | 18.9% |')).found).toBe(false);
    // Models named by their architectures, beside where they run ("Server (ConvNeXt-S)", "On-device (EfficientNet-Lite)").
    expect(fact('baseline', 'Evaluation', table('| Server (ConvNeXt-S) | 9% |', '| On-device (EfficientNet-Lite) | 13% |')).found).toBe(false);
    expect(fact('baseline', 'Evaluation', table('| Same weekday last week | not run |', '| LightGBM | 18.2% |')).found).toBe(false);
    expect(fact('baseline', 'Evaluation', ['| Method | Notes |', '|---|---|', '| Same weekday last week | 31.4% |', '| LightGBM | 18.2% |'].join('\n')).found).toBe(false);
  });

  it('reads a column of today\'s figures over rows of measures as the baseline', () => {
    const targets = (head: string, value: string) => [`| Metric | Target | ${head} |`, '|---|---|---|', `| Recall of violations | ≥ 90% | ${value} |`, '| Share sent to review | ≤ 8% | — |'].join('\n');
    expect(fact('baseline', 'Evaluation', targets('Current (keyword list)', 'about 41%'))).toMatchObject({ found: true, values: ['current (keyword list)'] });
    expect(fact('baseline', 'Evaluation', targets('现状（词库）', '约 41%')).found).toBe(true);
    // A column that is not today's, or today's with no figure, measures nothing against it.
    expect(fact('baseline', 'Evaluation', targets('Owner', 'team 41')).found).toBe(false);
    expect(fact('baseline', 'Evaluation', targets('Current', 'unknown')).found).toBe(false);
    // Today's figures alone, with nothing set beside them (a service's page reporting its model), compare nothing.
    const alone = ['| Metric | Current prod (v3.4) |', '|---|---|', '| Top-1 accuracy | 0.81 |', '| Top-3 accuracy | 0.94 |'].join('\n');
    expect(fact('baseline', 'Evaluation', alone).found).toBe(false);
  });

  it('reads what runs today as the baseline wherever a sentence measures against it', () => {
    for (const line of [
      'For comparison, the existing rules on those same ledgers categorise between 12% and 47%.',
      'Das Modell findet mehr Dubletten als die heutigen Regeln.',
      'Comparei com a regra atual antes de qualquer modelo sofisticado.',
      'есть регулярки, ловят мат и ссылки; ими и будем мериться.',
      '和现有规则相比，召回提高了一倍。',
      'La règle actuelle sert de point de départ : le modèle doit faire mieux que la règle actuelle.',
      // Today's rule, said with "today" in each language.
      'Le modèle doit faire mieux que la règle d’aujourd’hui sur les mêmes dossiers.',
      'El modelo tiene que acertar más que la regla de hoy.',
      'Comparamos o modelo com a regra de hoje nos mesmos pedidos.',
      'Das Modell muss besser sein als die Regel von heute.',
      'Модель должна быть точнее, чем сегодняшние правила.',
      '新模型要和今天的规则对比，召回至少高一倍。',
      '比較の相手は今日のルールで、見逃しを半分にします。',
      '오늘의 규칙과 비교하면 오탐이 절반입니다.',
    ]) {
      expect(fact('baseline', 'Results', line).found, line).toBe(true);
    }
    // What runs today with nothing measured against it, or a way of working rather than a model to beat.
    for (const line of [
      'The current rules are maintained by the fraud team and reviewed every quarter.',
      'Mit dem heutigen Prozess dauert eine Prüfung besser gesagt drei Tage.',
      '기존 방식에서는 상담원이 문의를 하나씩 직접 분류합니다.',
    ]) {
      expect(fact('baseline', 'Results', line).found, line).toBe(false);
    }
  });

  it('reads what is watched in production or in a parallel run as the online test, in the evaluation step only', () => {
    for (const line of [
      'In production we watch whether manual re-routing drops below 5%.',
      'Four weeks in a parallel run next to the human sorters before the switch.',
      'En producción miramos si bajan las reasignaciones entre servicios.',
      'В проде смотрим на долю исправленных показаний.',
      'Diez semanas en tres regiones; el resto sirve de grupo de control.',
      'Experimento randomizado por consulta nas unidades participantes.',
      // Some carry on as they work today while others get the model: the comparison in plain words.
      'Wards 2 and 5 will use the weekly list. Wards 3 and 6, which are similar in size, will continue as today.',
      'Im Norden lief das Modell vier Monate, der Bereich Süd arbeitete wie bisher.',
      'Cinco tiendas usan la previsión; las otras cinco siguen trabajando como hasta ahora.',
      'Der Bezirk Süd hat normal weitergearbeitet, als Vergleich.', 'The two other depots carried on as normal.',
      'パイロット開始。3店舗で4週間。残りの9店舗はいつも通り。',
    ]) {
      expect(fact('online-metrics', 'Evaluation', line).found, line).toBe(true);
    }
    // Nothing changes for the people who already work this way: no comparison.
    expect(fact('online-metrics', 'Requirements', 'Planners continue as today for items the model does not cover.').found).toBe(false);
    // A system that works or runs as before is no group held back.
    for (const line of ['After the retraining the model works as before.', 'Die Schnittstelle läuft wie bisher.']) expect(fact('online-metrics', 'Evaluation', line).found, line).toBe(false);
    // Course templates call their acceptance criteria on a held-out set a pilot.
    expect(fact('online-metrics', 'Evaluation', 'Pilot criteria: recall of at least 0.85 on the held-out set.').found).toBe(false);
    const inServing = optIn('# X\n\n## Evaluation\n\nAUC on last month.\n\n## Serving\n\nThe model runs in production behind the ticket API.\n');
    expect(check(inServing).facts['online-metrics']!.found).toBe(false);
  });

  it('knows business outcomes as online metrics in the other languages', () => {
    for (const line of ['2주 A/B 후 오픈율과 수신 거부율을 비교한다.', 'Im Pilot messen wir die Verwurfquote je Filiale.', '試験導入では欠品率と廃棄率を見る。',
      'En el piloto medimos la tasa de inasistencia por consultorio.', 'Пилот: доля неявок и удовлетворённость клиентов.', '试点期间看采纳率和客户满意度。']) {
      expect(fact('online-metrics', 'Evaluation', line).values, line).toContain('business KPI');
    }
    // What a payments team reads in production: the chargeback ratio, the share of payments approved.
    for (const line of ['Results in prod after 3 months: chargeback ratio 0.9% → 0.31%.', 'Approval rate went from 96.8% to 96.5% after launch.']) {
      expect(fact('online-metrics', 'Evaluation', line).values, line).toContain('business KPI');
    }
  });

  it('reads a metric written straight after a figure or into one, as Chinese and Japanese run them together', () => {
    expect(fact('offline-metrics', '评估', '离线准确率92%，召回率0.85。').values).toEqual(expect.arrayContaining(['accuracy', 'recall']));
    expect(fact('offline-metrics', '評価', '上位3正解率は40.1%でした。').values).toContain('accuracy');
  });

  it('does not take converting a model for a conversion rate', () => {
    expect(fact('online-metrics', 'Evaluation', 'We need the LightGBM conversion step before the A/B test can start.').values).toEqual(['A/B test']);
    expect(fact('online-metrics', 'Evaluation', 'Two runtimes mean two conversion paths that can silently diverge.').found).toBe(false);
    expect(fact('online-metrics', 'Evaluation', 'Conversion en TensorFlow Lite via ONNX, quantification int8 post-entraînement.').found).toBe(false);
  });

  it("reads a detector's error rates and its confusion matrix as offline metrics, in every language", () => {
    for (const [line, metric] of [['Recall at a 2% false reject rate on the held-out weeks.', 'false positive rate'], ['Wir messen die Fehlalarmquote auf den Testwochen.', 'false positive rate'],
      ['Dazu für den Klassifikator die Konfusionsmatrix pro Fehlerart.', 'confusion matrix'], ['测试集上误报率 0.8%，漏报率 3%。', 'false positive rate'],
      ['Especificidad del 97 % en el conjunto de prueba.', 'false positive rate'], ['Матрица ошибок по классам на отложенной выборке.', 'confusion matrix']] as const) {
      expect(fact('offline-metrics', 'Evaluation', line).values, line).toContain(metric);
    }
  });

  it('finds serving in a paragraph of another part by its words in German as in English: milliseconds, a GPU, asynchronous', () => {
    const notes = 'Direkt an der Linie: ein Industrie-PC mit GPU, etwa 90 Millisekunden pro Teil; die Ergebnisse gehen asynchron an den Server.';
    const text = optIn(`# Prüfkamera\n\n## Anforderungen\n\n14 Maschinen, höchstens 2 % Pseudoausschuss.\n\n## Modell\n\nPatchCore pro Teiletyp.\n\n## Bewertung\n\nRecall auf den Testwochen.\n\n## Notizen\n\n${notes}\n`);
    expect(status(text, 'serving')).not.toBe('missing');
  });

  it('reads a control district in Chinese as the comparison of an online test', () => {
    expect(fact('online-metrics', 'Evaluation', '早高峰无车站点占比：试点区从 17.2% 降到 9.8%，对照区基本不变。').found).toBe(true);
  });

  it('reads churn as an online metric when it is a rate measured, not where it is what the model predicts', () => {
    for (const line of ['New members churn for different reasons and may need their own model.', 'A false decline costs $9 of margin plus churn risk.',
      'Ежемесячно: фактический отток по децилям прошлого месяца.']) {
      expect(fact('online-metrics', 'Evaluation', line).found, line).toBe(false);
    }
    for (const line of ['In the pilot stores the churn rate fell from 4.1% to 3.6%.', '시범 지점의 월 이탈률을 나머지 지점과 비교한다.', 'Taux de churn à 3 mois dans le groupe test.']) {
      expect(fact('online-metrics', 'Evaluation', line).found, line).toBe(true);
    }
  });

  it('reads the KS statistic, balanced accuracy and the Dice coefficient as offline metrics, and not a word that shares their name', () => {
    for (const [line, metric] of [['Gini 0.58 and KS statistic 0.41 on the out-of-time month.', 'KS statistic'], ['Balanced accuracy 0.81 on the test patients.', 'accuracy'],
      ['Coeficiente de Dice de 0,87 en las imágenes de prueba.', 'IoU'],
      // The median absolute error, a forecast's usual figure, in the languages MLSD reads.
      ['Median absolute error 2.8 h on the test quarter.', 'MAE'], ["Sur le jeu de test, l'erreur absolue médiane passe de 5,9 h à 2,8 h.", 'MAE'],
      ['Медианная абсолютная ошибка на тесте — 2,8 ч.', 'MAE'], ['테스트 기간 중앙 절대 오차는 2.8시간이다.', 'MAE']] as const) {
      expect(fact('offline-metrics', 'Evaluation', line).values, line).toContain(metric);
    }
    // "dice" is Spanish for "says"; MCC is a merchant category code in payments.
    for (const line of ['La jefa de tienda dice que la lista llega tarde.', 'Features: amount, MCC, country.']) expect(fact('offline-metrics', 'Evaluation', line).found, line).toBe(false);
  });

  it('reads the Gini of a scorecard as an offline metric, and not a split criterion', () => {
    for (const line of ['Gini 0.61 on the out-of-time month, 0.52 for last year\'s scorecard.', 'Коэффициент Джини на отложенной выборке — 0,58.', '基尼系数 0.47（跨时间验证集）。']) {
      expect(fact('offline-metrics', 'Evaluation', line).found, line).toBe(true);
    }
    expect(fact('offline-metrics', 'Evaluation', 'Trees split on Gini impurity, depth 6.').found).toBe(false);
  });

  it('reads a part on how it is judged once launched as the online evaluation', () => {
    for (const [heading, body] of [['4.2 導入後の評価', '- 経理による科目修正率（主指標）\n- 提示した候補の採用率'], ['Results after launch', '- share of listings hidden by mistake, per week\n- appeals per 1,000 hides'],
      // What the first year of use showed, as a retrospective tells it.
      ['Un an de production', '- 212 alertes levées, dont 129 confirmées sur le terrain (61 %)\n- délai médian avant intervention : 6 jours, contre 23 avant'],
      ['El piloto y el año de producción', '- no presentados en semanas con el modelo: **14,9 %**\n- donaciones efectivas por día: +6 %']]) {
      const text = optIn(`# X\n\n## Requirements\n\n900 users.\n\n## Evaluation\n\nTop-1 accuracy 88% on the held-out months.\n\n### ${heading}\n\n${body}\n`);
      expect(check(text).facts['online-metrics']!.found, heading).toBe(true);
    }
    expect(fact('online-metrics', 'Evaluation', '7月に営業本部で先行導入し、他部門と比較する。').found).toBe(true);
    // Suggestions people correct before accepting them, measured in the field.
    expect(fact('online-metrics', 'Acceptance criteria', 'Beta with 200 opted-in companies for 4 weeks; correction rate on pre-filled lines < 8%.').found).toBe(true);
  });

  it('reads a sentence that says no test in the field was run or planned as no online test, in the languages MLSD reads', () => {
    for (const line of [
      'And we haven\'t planned any pilot or comparison in the field either; we start using the list in November.',
      'No hemos podido hacer ninguna prueba con usuarios reales, así que todo lo anterior es evaluación offline.',
      'Nunca fizemos um teste controlado em produção (metade das frentes com o modelo, metade sem).',
      'Wir haben noch keinen A/B-Test mit Kunden gemacht.',
      '线上实验方案还没定，和上线方案一起讨论。',
    ]) {
      expect(fact('online-metrics', 'Evaluation', line).found, line).toBe(false);
    }
    expect(fact('online-metrics', 'Evaluation', 'We have not run it everywhere yet. A four-week A/B test on 10% of users measures the conversion rate.').found).toBe(true);
  });

  it('reads a comparison in the field told in plain words as the online test', () => {
    for (const line of [
      'Seven districts got the new screen for six weeks; the other 7 kept the old screen.',
      'The east half of the network ran routes from the forecast while the west half kept the old planning.',
      'Territories randomised 50/50 for 12 weeks, model-driven visits against the current alarms.',
      'Empty-dock minutes fell 17% in the treatment districts relative to the control districts.',
      'Half of the counties in two regions get the app first; we compare queue volume and answer time.',
      'Pilot stores cut waste by 15% compared with the rest of the chain.',
      'Die übrigen Bezirke der Region dienen als Vergleichsgruppe.',
      // European Portuguese spells it "controlo".
      'Grupo de controlo: procedimento atual, durante os mesmos 6 meses.',
      'Pilot nur mit einer Baugruppe, vier Monate lang. Der Rest läuft wie bisher und ist unser Vergleich.',
      'Dos meses solo en un almacén. El otro sigue igual y nos sirve para comparar.',
      'Pendant trois mois, on compare les semaines avec et sans affichage.',
      '担当者を半分に分けて、片方だけ新しい順番を使ってもらう。',
      '콜 리스트 절반은 점수 순, 절반은 지금 규칙대로 돌린다.',
      '先在一个区试点四周，和其他区对比二次派送件数。',
      'Раскатываем на половину команд на 4 недели и смотрим долю зелёных сборок.',
      'A 12-week pilot: 1,600 units randomly assigned to treatment (alerts go to the field lead) and control (business as usual).',
      '2週間の並行稼働：AI判定は記録のみ行い、作業者は全数目視を継続する。',
      'Se compararán con dos provincias de perfil similar, que mantendrán el procedimiento actual.',
      'The list goes to 12 of the 38 sites, chosen so that the treated and control groups have similar inverters.',
      'Staged release: 20% of farmers for four weeks, with the rest as control.',
      'We compare lost production on sites that get the list against sites that do not.',
      'A stepped-wedge rollout across the ten wards, one ward switching on per week.',
      'Pilot in two depots, other depots keep the rule; we compare failed drops per 1,000 orders.',
      'Two weeks with the planner using the estimate on alternating days, the standards on the others.',
      'Two months of alternating-week trials: the list one week, the usual round the next.',
      'Comparaison services pilotes / services témoins sur six mois.',
      'Taux d\'invendus : 9,2 % dans les boutiques pilotes contre 12,0 % dans les boutiques témoins.',
      // Against places like them that kept the old way.
      'Réclamations « froid » sur les 40 sites pilotes, vs 40 sites comparables : −17 %.',
      // Places held back as the comparison, named for it.
      'Variación del agua no registrada en los sectores piloto frente a 6 sectores de control de características similares.',
      'Comparamos as perdas nos setores piloto com as dos setores de controle.',
      'Le taux de fuites est suivi dans les zones pilotes et dans quatre zones témoins.',
      'Parallel dazu laufen zwei Kontrollgebiete ohne die Alarme.',
      'Сравниваем с тремя контрольными участками сети.',
      'Complaints fell 12% in the pilot depots compared with similar depots.',
      'Mermas un 8 % menores en las tiendas piloto frente a tiendas similares.',
      'Atendimento 20% mais rápido nas unidades do piloto em relação a unidades semelhantes.',
      'Im Pilotwerk 15 % weniger Ausschuss gegenüber vergleichbaren Werken.',
      'В пилотных магазинах списания на 9% ниже по сравнению с аналогичными магазинами.',
      'Durante três meses, as estimativas serão apresentadas aos utentes em semanas alternadas; comparam-se as semanas com e sem estimativa.',
      'Эффект оценивается по итогам опытной эксплуатации путём сравнения с текущим методом.',
      'For four weeks half of the incoming emails go through the new program, and the other half go the old way.',
      'Then six weeks with half the vans using the new list: complaints fell by 31% against the other half.',
      'Then a 50/50 split by listing_id for 3 weeks; primary: published-spam rate.',
      'A live trial in the Leeds depot before we decide.',
      'Two weeks in shadow: scores are logged, the rules still drive the queue.',
      // A comparison in the sentence after the pilot is named, or far from it in a long sentence.
      '**Pilot:** Drei Monate nur im Betriebshof Nord. Gemessen werden Störungen je 100.000 km im Vergleich zum Betriebshof Süd.',
      '**Pilot in one zone.** Run for three months in Zone 4 and compare complaints and credits against Zone 5.',
      'パイロット（B ライン 12 台、8 週間）：アラートごとに保全担当が結果を記録し、誤報件数と突発停止件数を A ラインと比較する。',
      '시범 운영 기간에는 자동 배정 적용 문의와 기존 방식 문의의 재배정 비율, 첫 답변 시간, 만족도를 나란히 비교합니다.',
      '방식: 18개 운용센터 중 6개 센터에 적용, 나머지 센터와 비교.',
    ]) {
      expect(fact('online-metrics', 'Evaluation', line).found, line).toBe(true);
    }
    // Comparing models offline, or a held-out split of the data, is no field comparison.
    for (const line of ['We hold out the other 20% of days as a test set.', 'We compare the two models on last year\'s orders.', 'An 80/20 split of the labelled emails by date.', 'The tree model beats the linear one on the held-out half of the data.', 'The other features keep their current encoding.']) {
      expect(fact('online-metrics', 'Evaluation', line).found, line).toBe(false);
    }
  });

  it('reads offline metrics named with the model, but not the loss it is trained with', () => {
    const doc = (model: string) => optIn(`# X\n\n## Model\n\n${model}\n\n## Evaluation\n\nAdd-on rate per order in an A/B test.\n`);
    expect(check(doc('A LightGBM ranker over basket features. Offline we compare on recall@8 against the frequency heuristic.')).facts['offline-metrics']!.values).toEqual(['recall@k']);
    expect(check(doc('Baseline: reverse-chronological feed. Chosen model: a multi-task network with shared layers and one head per engagement type, trained with summed binary cross-entropy.')).facts['offline-metrics']!.found).toBe(false);
  });

  it('knows the uplift metrics', () => {
    expect(fact('offline-metrics', 'Evaluation', '离线评估看 AUUC 和 Qini 系数，按预测 uplift 排序分十桶。').values).toEqual(['AUUC']);
  });

  it('knows any metric at a cut-off, and reads the items of a metrics list as metrics', () => {
    expect(fact('offline-metrics', 'Evaluation', 'We report HIT@5, MAP@12 and Succ@10 on the last week.').values).toEqual(['recall@k', 'mAP', 'succ@10']);
    expect(fact('offline-metrics', 'Evaluation', 'Offline: WAPE and forecast bias per store.').values).toEqual(['MAE']);
    // The mean error said in plain words, in the nine languages.
    for (const line of ['Backtest on 2024: how many minutes off we are on average, per restaurant.', 'Mittlere Abweichung in Stück pro Teil und Woche.',
      "L'affichage actuel se trompe de 58 minutes en moyenne, notre outil de 29.", 'Cuántos tickets nos equivocamos de media por franja.', '占用格口数的平均误差，每个柜组每小时。']) {
      expect(fact('offline-metrics', 'Evaluation', line).values, line).toEqual(['MAE']);
    }
    // The percentage error by its name in the other languages is MAPE, read as the mean error.
    for (const line of ['見るのは平均絶対パーセント誤差。', 'Métrica principal: error porcentual absoluto medio por sector.', 'Основная метрика — средняя абсолютная процентная ошибка по дням.']) {
      expect(fact('offline-metrics', 'Evaluation', line).values, line).toEqual(['MAE']);
    }
    // An average error rate is the error rate, not a mean error.
    expect(fact('offline-metrics', 'Evaluation', 'We track the average error rate on last month.').values).toEqual(['error rate']);
    // A bare "通報" (reports) is a metric where the evaluation speaks of it, not in the data.
    expect(fact('online-metrics', 'Evaluation', 'オンラインでは通報件数と保留率を見る。').values).toEqual(['user reports']);
    const inData = optIn('# X\n\n## Data\n\n通報された口コミだけが目視確認されるため、ラベルに偏りがある。評価データも同じ。\n\n## Evaluation\n\nAUC on last month.\n');
    expect(check(inData).facts['online-metrics']!.found).toBe(false);
    const items = optIn('# X\n\n## Evaluation\n\nWe compare the two versions on last quarter.\n\n### Offline metrics\n\n- share of buy-outs\n- Offline: [fill in]\n\n### Online metrics\n\n| metric | target |\n|---|---|\n| tickets per order | -5% |\n');
    const { facts } = check(items);
    expect(facts['offline-metrics']!.values).toEqual(['share of buy-outs']);
    expect(facts['online-metrics']!.values).toEqual(['tickets per order']);
    // What follows a label in a list names the measure as a bullet of its own would.
    const labelled = optIn('# X\n\n## Metrics\n\n- Offline: precision and recall on the last three months.\n- Online: second-visit rate per 100 jobs.\n- Online: TBD\n');
    expect(check(labelled).facts['online-metrics']!.values).toEqual(['second-visit rate per 100 jobs']);
  });
});

describe('structure beyond headings', () => {
  it('judges each step of a two-step heading on the parts that name it', () => {
    const text = replace('## 6. Serving\n\nOnline prediction behind the ad server, 20 ms budget.', '## 6. Online testing and deployment\n\n- A/B test: two weeks on 5% of traffic\n- Deployment');
    const analysis = check(text);
    expect(analysis.sections.find((s) => s.id === 'serving')).toMatchObject({ status: 'empty', heading: '6. Online testing and deployment' });
    expect(rules(analysis)).toEqual(['empty-section']);
  });

  it('reads a label over its own lines that names a part of a step as that part, inside another step', () => {
    const base = [
      '# Fraud score',
      '## Evaluation',
      'Offline: PR-AUC and recall at a 2% challenge rate on the last quarter.',
      '## Rollout',
      'Shadow scoring for four weeks, then 10% of customers decided by the model.',
      '',
      'Métricas online:',
      '- fraud losses per million transferred',
      '- share of customers who give up after a challenge',
    ].join('\n\n');
    expect(check(optIn(base)).facts['online-metrics']!.found).toBe(true);
    // An item that only opens with the word is about something else.
    const inline = base.replace('Métricas online:\n\n- fraud losses per million transferred\n\n- share of customers who give up after a challenge', '- Online: the phones need network for the challenge step.');
    expect(check(optIn(inline)).facts['online-metrics']!.found).toBe(false);
  });

  it('reads a label that names a step inside another step as that step, when no heading names it', () => {
    const text = [
      '# Textile sorting',
      '## Goals',
      'Sort used textiles by fibre at 1.5 t/h; under 60 ms per item on the line.',
      '## Work package 2: classes',
      'Binary classification per item: cotton or not, with a reject threshold.',
      '## Work package 3: model',
      'A 1D-CNN on the spectra, trained on 12,000 labelled items; the library matching of today is the baseline.',
      '## Work package 4: pilot and evaluation',
      'Six months of pilot at the plant: bale purity and throughput, compared against manual sorting in a control line.',
      '',
      '**Monitoring in operation:**',
      '- Each month the lab checks samples: if the purity falls under 95 %, the model is retrained on the logged items.',
      '## Work package 5: line integration',
      'Each item is scored in real time on the line PC.',
      '## Risks and mitigations',
      '| Risk | Mitigation |\n|---|---|\n| Seasonal changes of the collected goods | Monitoring and retraining in work package 4 |',
    ].join('\n\n');
    // "Risks" takes the monitoring step by its place and a loose word; the label inside the pilot names it outright.
    expect(check(optIn(text)).facts['monitoring']).toMatchObject({ found: true, values: ['falls under 95 %, the model is retrain'] });
    expect(status(optIn(text), 'monitoring')).toBe('present');
  });

  it('reads the list a label\'s paragraph introduces with a colon as the label\'s', () => {
    const text = [
      '# Trip time',
      '## How will we know it works?',
      'Offline: MAE on three months of trips.',
      '',
      'Online: a two-week run at the Reno site. We will compare:',
      '- carrier cut-offs missed',
      '- picker idle time',
    ].join('\n\n');
    expect(check(optIn(text)).facts['online-metrics']).toMatchObject({ found: true, values: ['carrier cut-offs missed', 'picker idle time'] });
    // A paragraph that does not introduce the list leaves it to itself.
    expect(check(optIn(text.replace('We will compare:', 'We will see.'))).facts['online-metrics']!.found).toBe(false);
  });

  it('reads a field of the header whose value is a date as no step, whatever its name', () => {
    // Portuguese "Data" is the date: the document below has no data step of its own.
    const header = (line: string) =>
      check(optIn(['# Triagem de sinistros', line, '## 1. Contexto', 'Hoje 40 regras marcam 8% dos sinistros; queremos priorizar a fila.', '## 6. Modelo', 'Gradient boosting contra as regras atuais.'].join('\n\n')));
    for (const date of ['**Data:** 21/08/2024 — versão para o comitê', 'Data: 2024-08-21', '**Data:** 9 de abril de 2025']) {
      expect(header(date).sections.find((s) => s.id === 'data')!.status).toBe('missing');
    }
    // A label with something else after it is still the step.
    expect(header('**Data:** sinistros de 2019 a 2023, com o resultado da investigação como rótulo.').sections.find((s) => s.id === 'data')!.status).toBe('present');
  });

  it('counts template bullets left in a written document as a placeholder', () => {
    const text = replace('## 7. Monitoring\n\nAlerts on feature drift and on CTR drops; daily retraining.', '## 7. Scaling, monitoring and updates\n\n* Scaling\n* Monitoring\n* Updates');
    expect(status(text, 'monitoring')).toBe('empty');
    expect(rules(check(text))).toEqual(['empty-section']);
  });

  it('reads an outline as prompts: every step there, no fact stated', () => {
    const outline = optIn(
      [
        '1. Requirements', '    * Business goal', '    * Scale (users, QPS)',
        '2. ML framing', '    * ML objective', '    * Input and output', '    * ML category',
        '3. Data', '    * Sources', '    * Labels',
        '4. Model', '    * Baseline', '    * Loss',
        '5. Evaluation', '    * Offline metrics', '    * Online metrics',
        '6. Serving', '    * Batch or online?', '    * Latency budget',
        '7. Monitoring', '    * Drift', '    * Alerts', '',
      ].join('\n'),
    );
    const analysis = check(outline);
    expect(analysis.sections.map((s) => s.status)).not.toContain('missing');
    expect(analysis.sections.map((s) => s.status)).not.toContain('empty');
    expect(Object.values(analysis.facts).map((f) => f.found)).not.toContain(true);
    expect(rules(analysis)).toEqual(
      expect.arrayContaining(['missing-baseline', 'missing-offline-metrics', 'missing-online-metrics', 'missing-serving-mode', 'missing-monitoring']),
    );
  });

  it('finds the framing stated inside other sections', () => {
    const text = replace('## 2. Frame the problem as an ML task\n\nML objective: maximise the number of clicks. Input: a user and a candidate ad. Output: the click probability.\nML category: binary classification.\n\n', '').replace(
      'natural labels.',
      'natural labels. The input is a user and a candidate ad; the output is a click probability from a binary classification model.',
    );
    expect(status(text, 'framing')).toBe('present');
    expect(rules(check(text))).toEqual([]);
  });

  it('reads a diagram drawn in a fenced block with the prose, but not code', () => {
    const sketch = ['```', '[scheduler] every night 02:00', '   ├─> batch scoring of all open orders', '   └─> write scores to the warehouse table', '```'].join('\n');
    const text = replace('## 6. Serving\n\nOnline prediction behind the ad server, 20 ms budget.', `## 6. How it runs\n\n${sketch}`);
    expect(status(text, 'serving')).toBe('present');
    expect(facts(text)('serving-mode')).toMatchObject({ found: true, values: ['batch'] });
    // Found where it is drawn: the schedule's line of the diagram, not its fence.
    expect(text.split('\n')[facts(text)('serving-mode').line!]).toContain('every night 02:00');
    const mermaid = sketch.replace('```', '```mermaid');
    expect(facts(replace('## 6. Serving\n\nOnline prediction behind the ad server, 20 ms budget.', `## 6. How it runs\n\n${mermaid}`))('serving-mode').found).toBe(true);
    // The same words in code are code: a program's comments and strings are not the design.
    const code = ['```python', '# every night 02:00: batch scoring of all open orders', 'scores = model.predict(orders)  # -> warehouse table', '```'].join('\n');
    const coded = replace('## 6. Serving\n\nOnline prediction behind the ad server, 20 ms budget.', `## 6. How it runs\n\n${code}`);
    expect(facts(coded)('serving-mode').found).toBe(false);
    const unlabelled = code.replace('```python', '```').replace('scores = ', 'const scores = ').replace('# -> warehouse table', ';');
    expect(facts(replace('## 6. Serving\n\nOnline prediction behind the ad server, 20 ms budget.', `## 6. How it runs\n\n${unlabelled}`))('serving-mode').found).toBe(false);
  });

  it('does not imply a framing for a note that only mentions an input', () => {
    const note = '### Metrics\n\n* Precision at IoU 0.5\n\nThe input image is split into a grid of cells.\n';
    expect(check(note, { forceSchema: 'ml-system-design' }).sections.find((s) => s.id === 'framing')!.status).toBe('missing');
  });
});

describe('documents in other languages', () => {
  it('reads a Chinese design doc', () => {
    const doc = optIn(
      [
        '# 广告点击率预估', '', '## 一、需求澄清', '', '日活 3 亿，峰值 5 万 QPS，排序延迟 50 毫秒以内。', '',
        '## 二、问题定义', '', '优化目标：最大化点击数。输入：用户与候选广告；输出：点击概率。这是一个二分类问题。', '',
        '## 三、数据准备', '', '从广告日志中拼接曝光与点击，自然标签，正样本约 1%。', '',
        '## 四、模型', '', '基线模型为逻辑回归，之后使用 DCN。', '',
        '## 五、评估指标', '', '离线指标：AUC、交叉熵。在线指标：点击率，通过 A/B 测试验证。', '',
        '## 六、部署与服务', '', '在线预测，由排序服务实时打分。', '',
        '## 七、监控', '', '监控特征分布漂移，出现异常时告警，每天重新训练。', '',
      ].join('\n'),
    );
    const analysis = check(doc);
    expect(analysis.sections.map((s) => `${s.id}:${s.status}`)).toEqual([
      'requirements:present', 'framing:present', 'data:present', 'model:present', 'evaluation:present', 'serving:present', 'monitoring:present',
    ]);
    expect(analysis.findings).toEqual([]);
    expect(analysis.facts['online-metrics']!.values).toEqual(['CTR', 'A/B test']);
  });

  it('knows forecasting by its name in the other languages, so a scope that sets the horizon frames the task', () => {
    for (const scope of ['Previsión del número de llegadas a cada hospital, por hora, con un horizonte de 72 horas.', 'Prévision du nombre d\'appels par heure, à un horizon de 14 jours.',
      'Prognose der Tagesabsätze je Filiale für die nächsten 7 Tage.', 'Previsão da procura diária por loja, com horizonte de 14 dias.']) {
      const doc = `# X\n\n## Contexto\n\n11 hospitales, 3.300 episodios al día.\n\n## Alcance\n\n${scope}\n\n## Datos\n\nEpisodios de 2019 a 2024 del data warehouse.\n`;
      const analysis = check(doc, { forceSchema: 'ml-system-design' });
      expect(analysis.facts['ml-category']!.values, scope).toEqual(['forecasting']);
      expect(analysis.sections.find((s) => s.id === 'framing')!.status, scope).not.toBe('missing');
    }
  });

  it('reads weeks, days or weekends with and without the model by turns as the online test, wherever the field trial is told', () => {
    for (const trial of [
      'The plant alternated weeks with the ejection enabled and disabled; bale purity rose from 92.1% to 95.8%.',
      'On alternating weekends in December the wait numbers were shown on the boards, and queue length was counted.',
      'The controller ran on alternating weeks against the fixed schedule for 16 weeks.',
    ]) {
      const doc = `# X\n\n## Why\n\nLines lose 4% of PET.\n\n## Model\n\nA detector, YOLO, trained on 40k frames.\n\n## Results\n\nmAP 0.81 on the test weeks.\n\n## Deployment\n\n${trial}\n`;
      expect(check(doc, { forceSchema: 'ml-system-design' }).facts['online-metrics']!.found, trial).toBe(true);
    }
  });

  it('finds an evaluation told inside the model section by its control group and pilot, in the other languages', () => {
    const pilots = [
      'Piloto de dos meses: los clientes se dividieron al azar, el 10 % quedó como grupo de control sin llamada.',
      'Pilotphase über zwei Monate: die Kunden wurden zufällig aufgeteilt, 10 % blieben als Kontrollgruppe ohne Anruf.',
      'Pilote de deux mois : les clients ont été répartis au hasard, 10 % sont restés en groupe témoin, sans appel.',
      'Двухмесячный пилот: клиентов разделили случайным образом, 10 % остались контрольной группой без звонка.',
    ];
    for (const pilot of pilots) {
      const doc = `# X\n\n## Contexto\n\n140 agentes, 9.000 llamadas al día.\n\n## Qué calcula\n\nClasificación binaria: probabilidad de baja en 60 días.\n\n## Datos\n\nTablas de contratos y reclamaciones, etiqueta de portabilidad.\n\n## Modelo\n\nXGBoost con 500 árboles.\n\n${pilot}\n\n## Flujo del job\n\nCada noche a las 02:30 el job puntúa 3,4 millones de líneas en batch.\n`;
      const section = check(doc, { forceSchema: 'ml-system-design' }).sections.find((s) => s.id === 'evaluation')!;
      expect(section.status, pilot).not.toBe('missing');
      expect(section.kind, pilot).toBe('content');
    }
  });

  it('reads a Russian design doc and finds its gap', () => {
    const doc = optIn(
      [
        '## 1. Требования', '', 'Проверять 2 000 транзакций в секунду, задержка до 50 мс.', '',
        '## 2. Постановка задачи', '', 'Цель: минимизировать потери от мошенничества. Вход: транзакция; выход: вероятность мошенничества. Бинарная классификация.', '',
        '## 3. Данные', '', 'Транзакции за 12 месяцев, метки из чарджбэков.', '',
        '## 4. Модель', '', 'Бейзлайн — текущие правила; затем градиентный бустинг.', '',
        '## 5. Оценка качества', '', 'Офлайн: PR-AUC и полнота при фиксированной точности.', '',
        '## 6. Развёртывание', '', 'Онлайн-инференс: модель скорит каждую транзакцию в реальном времени.', '',
        '## 7. Мониторинг', '', 'Следим за дрейфом признаков, алерты при падении полноты.', '',
      ].join('\n'),
    );
    const analysis = check(doc);
    expect(analysis.sections.map((s) => s.status)).toEqual(['present', 'present', 'present', 'present', 'incomplete', 'present', 'present']);
    expect(rules(analysis)).toEqual(['missing-online-metrics']);
  });
});

describe('steps recognised by what they hold', () => {
  const framing = '## 2. Frame the problem as an ML task\n\nML objective: maximise the number of clicks. Input: a user and a candidate ad. Output: the click probability.\nML category: binary classification.\n';

  it('takes an unknown heading for the step its labels belong to', () => {
    const text = replace(framing, '## 2. How we think about it\n\n- ML objective: maximise clicks\n- Input: a user and an ad; output: a click probability\n- ML category: binary classification\n');
    expect(check(text).sections.find((s) => s.id === 'framing')).toMatchObject({ status: 'present', heading: '2. How we think about it' });
  });

  it('needs two parts of one step to do so', () => {
    const text = replace(framing, '## 2. How we think about it\n\n- ML objective: maximise clicks\n- Data: impression logs\n');
    expect(check(text).sections.find((s) => s.id === 'framing')!.heading).not.toBe('2. How we think about it');
  });

  it('anchors a missing fact of a step known only by its labels on one of them', () => {
    const text = replace(framing, '**ML objective:** maximise the number of clicks.\n');
    const finding = check(text).findings.find((f) => f.rule === 'missing-ml-category')!;
    expect(text.split('\n')[finding.range.start.line]).toBe('**ML objective:** maximise the number of clicks.');
  });
});

describe('placeholders and terse notes', () => {
  const monitoring = '## 7. Monitoring\n\nAlerts on feature drift and on CTR drops; daily retraining.';

  it('reads a document written only in short answered bullets as a written document, not as an outline', () => {
    const notes = optIn(
      [
        '# Feed ranking', '', '## Requirements', '- Rank posts for each user', '- Goal: more time spent', '',
        '## Framing', '- Input: user, candidate posts', '- Output: engagement probability', '- Pointwise binary classification', '',
        '## Data', '- Impression logs', '- Clicks as labels', '', '## Model', '- Baseline: popularity ranking', '- Main: two-tower model', '',
        '## Evaluation', '- Offline: AUC, nDCG', '- Online: A/B test on session time', '',
        '## Serving', '- Online ranking per request', '', '## Monitoring', '- Drift alerts on feature distributions', '- Retrain weekly', '',
      ].join('\n'),
    );
    const read = facts(notes);
    for (const id of ['baseline', 'offline-metrics', 'online-metrics', 'serving-mode', 'monitoring']) expect(read(id).found, id).toBe(true);
    expect(rules(check(notes)).filter((rule) => rule !== 'missing-ml-objective')).toEqual([]);
  });

  it('treats TBD and TODO as holding a place, not as content', () => {
    expect(status(replace(monitoring, '## 7. Monitoring\n\nTODO: fill in'), 'monitoring')).toBe('empty');
    expect(status(replace(monitoring, '## 7. Monitoring\n\nTBD.'), 'monitoring')).toBe('empty');
    // Whatever mark follows the marker, a comma too, the rest says why it is left.
    for (const note of [
      'TBD, depends on when the platform team ships the feature store.',
      '🚧 TBD，依赖 @王磊 确认 OA 合同模块的接口改造排期。',
      '🚧 Pendiente — lo vemos con Plataforma cuando se decida la fase 2.',
      'Pending: agree with the platform team who owns the alerts.',
      // Set in parentheses, the note is the same note.
      '(TODO: fill in once the pilot design is final.)',
      '（待补充 — 需与大数据平台组确认监控指标接入方式后再写）',
    ]) {
      expect(status(replace(monitoring, `## 7. Monitoring\n\n${note}`), 'monitoring'), note).toBe('empty');
    }
  });

  it('treats a form field left open, and a TODO in an alert box, as holding a place', () => {
    expect(status(replace(monitoring, '## 7. Monitoring\n\nStatus: `TODO`\n\nOwner: TBD'), 'monitoring')).toBe('empty');
    expect(status(replace(monitoring, '## 7. Monitoring\n\n> [!NOTE]\n> TBD — @priya to fill in after shadow mode. Dashboards, alerts, retraining trigger.'), 'monitoring')).toBe('empty');
    // An answered field, and an alert that says something, are content.
    expect(status(replace(monitoring, '## 7. Monitoring\n\nStatus: alerts on feature drift and on CTR drops are live; daily retraining.'), 'monitoring')).toBe('present');
    expect(status(replace(monitoring, '## 7. Monitoring\n\n> [!WARNING]\n> Alerts on feature drift and on CTR drops; daily retraining.'), 'monitoring')).toBe('present');
  });

  it('treats a decision put off to someone or some time as holding a place', () => {
    for (const note of ['TBD with the platform team (meeting on 3/21).', "À définir avec l'équipe Search Platform (réunion prévue le 21/03).", 'Por definir con el equipo de datos.']) {
      expect(status(replace(monitoring, `## 7. Monitoring\n\n${note}`), 'monitoring'), note).toBe('empty');
    }
    // Said after the marker, the content is written: it is no longer put off.
    expect(status(replace(monitoring, '## 7. Monitoring\n\nTBD with the SRE team how to page, but we alert on drift in the score distribution and retrain weekly.'), 'monitoring')).toBe('present');
  });

  it('treats a topic named only to say it is open, or a promise to agree it later, as holding a place', () => {
    for (const note of [
      '实验方案待定，需与交易产品确认分流方式',
      'Drift checks TBD, pending the platform team.',
      'Métricas a definir con el órgano de contratación.',
      '| Check | Status | Notes |\n|---|---|---|\n| Model quality alerts | ❌ | Thresholds to be decided, with the data science team |',
      'Se propondrá en el informe de Fase 1 un conjunto de métricas consensuado con la Jefatura de Inspección.',
      'Alert thresholds will be agreed with the operations team at the kick-off.',
      'Die Schwellwerte werden erst nach dem Pilotbetrieb festgelegt.',
      '- depois',
      'Later.',
      '- TBD w/ platform team\n- sync in the signup path or async after it? no decision',
      'Ana (RevOps) vai definir o que conta como "bom" — TBD',
    ]) {
      expect(status(replace(monitoring, `## 7. Monitoring\n\n${note}`), 'monitoring'), note).toBe('empty');
    }
    // A decision stated, or a topic that goes on to say what is done, is content.
    for (const note of ['Drift alert thresholds will be set to 0.2 PSI on every input feature.', 'Later retraining runs start when feature drift exceeds 0.2 PSI.', 'Drift checks TBD for the text inputs; for the tabular features we alert when PSI exceeds 0.2 and retrain weekly.']) {
      expect(status(replace(monitoring, `## 7. Monitoring\n\n${note}`), 'monitoring'), note).toBe('present');
    }
  });

  it('treats bare bullets that only echo the step\'s own topics as a placeholder', () => {
    expect(status(replace(monitoring, '## 7. Monitoring\n\n- Drift\n- Alerts'), 'monitoring')).toBe('empty');
    const data = replace('Impressions and clicks from the ad server logs, joined daily; natural labels.', '- click logs\n- ad metadata');
    expect(status(data, 'data')).toBe('present');
  });

  it('reads question headings and bold lines that stand in for headings', () => {
    const qa = replace('## 5. Evaluation', '## Q5. How would you evaluate it?').replace('## 6. Serving', '## Q6. How is it served?');
    expect(check(qa).sections.map((s) => s.status)).toEqual(Array(7).fill('present'));
    const terse = optIn('**reqs**\n- 300M DAU, 100 ms\n\n**eval: offline/online**\n- offline: ROC-AUC\n- online: A/B on accepted requests\n');
    expect(check(terse).sections.find((s) => s.id === 'evaluation')).toMatchObject({ status: 'present', heading: 'eval: offline/online' });
  });

  it('takes "baseline" elsewhere in the document only when it means a baseline model', () => {
    const model = (line: string, notes: string) =>
      check(replace('Baseline: logistic regression on hashed features. Then a deep & cross network.', line) + `\n## Other notes\n\n${notes}\n`).facts['baseline']!.found;
    expect(model('A deep & cross network.', '- personalised random walk (for baseline)')).toBe(true);
    expect(model('A deep & cross network.', 'Alert when CTR falls 20% below its 14-day baseline.')).toBe(false);
    // A baseline of something else: a load test's, in any language.
    expect(model('A deep & cross network.', '- Load-test baseline: 350 QPS per GPU, p99 120 ms.')).toBe(false);
    expect(model('A deep & cross network.', '- 压测基线：单卡 QPS 350，P99 120ms。')).toBe(false);
    expect(model('A deep & cross network.', '- 基线：逻辑回归。')).toBe(true);
    // A configuration's baseline is none either.
    expect(model('A deep & cross network.', '- 단계 종료 시 형상 베이스라인 설정 및 변경 통제 위원회 운영')).toBe(false);
    // "Как мерили" is how it was measured, not a yardstick.
    expect(model('A deep & cross network.', 'Часть 4 — как мерили: mAP50 на отложенных сменах.')).toBe(false);
    expect(model('Мерилом служит текущая формула расчёта; модель — deep & cross network.', 'Сроки согласованы.')).toBe(true);
    // What any model must beat, in Russian as in English ("must beat the current rules").
    expect(model('A deep & cross network.', 'Вот этот движок правил и был точкой отсчёта: любая модель должна была его бить.')).toBe(true);
  });
});

describe('text as written', () => {
  it('a hard line break ends a line: the words on either side stay apart', () => {
    // Two trailing spaces or a backslash make a hard break; read as nothing, "AUC" and "Online" would fuse.
    for (const brk of ['  \n', '\\\n']) {
      const text = replace('Online prediction behind the ad server, 20 ms budget.', `Every user's scores are computed in batch${brk}overnight for the next day.`);
      expect(facts(text)('serving-mode').values).toEqual(['batch']);
    }
  });
});

describe('success criteria in any language', () => {
  it('a rollout of phases judged by their success criteria is the evaluation when no other part is, whatever the language', () => {
    const doc = [
      '# Prognose der Retourenquote', '',
      '## Anforderungen', '', 'Der Einkauf braucht jeden Montag die erwartete Retourenquote je Warengruppe; 40 Warengruppen, 3 Lager.', '',
      '## Problemformulierung', '', 'Zielgröße ist die Retourenquote der nächsten vier Wochen je Warengruppe, eine Regression.', '',
      '## Daten', '', 'Bestellungen und Retouren aus dem ERP seit 2019, wöchentlich aggregiert, dazu Aktionen und Feiertage.', '',
      '## Modell', '', 'LightGBM auf den Wochenreihen, verglichen mit dem Vorjahreswert als Baseline.', '',
      '## Betrieb', '', 'Ein nächtlicher Batch-Job schreibt die Prognosen in das Data Warehouse; das Dashboard liest sie dort.', '',
      '## Monitoring', '', 'Wir vergleichen wöchentlich Prognose und Ist; bei Drift der Eingangsdaten wird neu trainiert.', '',
      '## Einführung (Rollout)', '',
      '| Phase | Umfang | Erfolgskriterium | Ergebnis |', '|---|---|---|---|',
      '| Schattenbetrieb | alle Warengruppen, nur intern sichtbar | Live-MAE unter dem des Vorjahreswerts | erreicht |',
      '| Pilot | Lager Nord | Überbestände −15 % ggü. Vorjahr | läuft |',
      '| Ausweitung | alle Lager | Erfolgskriterien des Pilots in jedem Lager | geplant |', '',
    ].join('\n');
    expect(status(optIn(doc), 'evaluation')).toBe('present');
  });
});

describe('privacy in any language', () => {
  it('the data-protection law and personal data point at the requirements, as "privacy" and "GDPR" do', () => {
    const doc = [
      '# Prévision des invendus de pain', '',
      '## Données', '', 'Ventes de caisse 2022–2025, une ligne par article vendu, 27 magasins, météo prévue J+1.', '',
      '## Modèle', '', 'LightGBM quantile sur la demande, comparé à la moyenne des quatre mêmes jours de semaine.', '',
      '## Évaluation', '', "MAE de la demande sur la période de test, d'octobre à février.", '',
      '## Mise en place', '',
      "**Besoin.** Chaque soir, le responsable du magasin valide sur la tablette les quantités à cuire le lendemain ; il garde la main. Aucune donnée personnelle n'est traitée (RGPD).", '',
      '**Fonctionnement.** Un traitement batch quotidien à 17h45 calcule les prévisions et les écrit dans la feuille de commande.', '',
    ].join('\n');
    expect(status(optIn(doc), 'requirements')).toBe('present');
  });
});

describe('what the business asks, and a budget', () => {
  it('are the requirements in the languages MLSD reads, as "the ask from the business" and "budget" are in English', () => {
    const schema = bundledSchema();
    const requirements = schema.byId.get('requirements')!;
    for (const text of [
      'Задача от бизнеса: обещание должно сбываться; бэкенд дал нам бюджет 50 мс на p95.',
      'The ask from the business: the promise must hold, within a budget of 50 ms at p95.',
      'Besoin métier : la promesse doit être tenue, avec un budget de 50 ms au p95.',
      'Necesidad del negocio: la promesa debe cumplirse, con un presupuesto de 50 ms en p95.',
      '业务需求：承诺的时间要准，预算是 p95 50 毫秒。',
    ]) {
      expect(unitPoints(schema, { text, line: 0, offset: 0 }).get(requirements) ?? 0, text).toBeGreaterThanOrEqual(schema.reading.cover);
    }
  });
});

describe('entering data is not the framing', () => {
  it('"입력하면" (when someone enters it) in how the numbers reach the screen is data entry: the schedule there makes the serving', () => {
    const doc = [
      '# 내일 도서관 좌석 이용자 수 예측',
      '',
      '## 왜 하나',
      '',
      '열람실 좌석이 시험 기간마다 모자라고 평소에는 절반이 빕니다. 사서가 다음 날 개방할 열람실 수를 정해야 합니다.',
      '',
      '## 무엇을 맞히나',
      '',
      '다음 날 열람실별 이용자 수를 숫자로 예측하는 회귀 문제입니다.',
      '',
      '## 어떤 자료를 쓰나',
      '',
      '2019년부터의 출입 게이트 기록, 학사 일정, 날씨 예보를 씁니다.',
      '',
      '## 어떻게 계산하나',
      '',
      'LightGBM 회귀 모델을 쓰고, 지난주 같은 요일 값을 기준으로 비교합니다.',
      '',
      '## 얼마나 맞았나',
      '',
      '2024년 가을 학기 기준 평균 절대 오차(MAE) 23명으로, 지난주 같은 요일 값의 41명보다 작았습니다.',
      '',
      '## 사서 화면에 숫자가 뜨기까지',
      '',
      '- 평일 매일 오후 4시에 다음 날 열람실 12곳의 숫자를 한꺼번에 새로 계산합니다.',
      '- 사서가 특강이나 행사 일정을 시스템에 입력하면 그 열람실 숫자는 바로 다시 계산되어 화면이 바뀝니다.',
      '',
      '## 아직 정하지 못한 것',
      '',
      '- 방학 기간에도 같은 방식으로 할지',
      '',
    ].join('\n');
    expect(status(optIn(doc), 'serving')).toBe('present');
  });
});

describe('a step claimed after the last one placed', () => {
  it('a results slide that names the models it compares is the evaluation: its metric outweighs their names', () => {
    const doc = [
      '# Pothole repair priority — talk notes',
      '',
      '## 1 – What we\'re after',
      '',
      'Crews fix potholes in the order complaints arrive. We want a ranked list of road segments by the chance of a new pothole next month, for 2,400 km of road.',
      '',
      '## 2 – What we learn from',
      '',
      'Inspection logs 2018–2024, weather, traffic counts and the age of each segment\'s surface.',
      '',
      '## 3 – The method',
      '',
      'Gradient boosting on segment features, with a logistic model for comparison.',
      '',
      '## 4 – Does it hold up?',
      '',
      '- Trained on data up to 2022, then checked where the 2023 potholes appeared.',
      '- Share of potholes in the riskiest 5 % of road length: 34 % on our list, 18 % with the age rule.',
      '- AUC 0.79 against 0.70 for the logistic model.',
      '',
    ].join('\n');
    expect(status(optIn(doc), 'evaluation')).not.toBe('missing');
  });
});

describe('retraining in the words of a German specification', () => {
  it('"neu angelernt" is retraining, as "neu trainiert" is: the text is about the monitoring step', () => {
    const schema = bundledSchema();
    const monitoring = schema.byId.get('monitoring')!;
    const text = 'Die Modelle MÜSSEN mindestens jährlich auf Basis aktueller Daten neu angelernt werden.';
    expect(unitPoints(schema, { text, line: 0, offset: 0 }).get(monitoring) ?? 0).toBeGreaterThan(0);
  });
});

describe('monitoring asked about or left to later work', () => {
  it('reads a question asked without its mark, and a part left to a later phase or another epic, as no monitoring', () => {
    const monitoring = (text: string) => facts(replace('Alerts on feature drift and on CTR drops; daily retraining.', text))('monitoring').found;
    for (const text of [
      'モデル自体の精度劣化をどう監視し、いつ再学習するのか。',
      '精度劣化の検知方法・再学習の判断基準は本フェーズでは定めない。',
      'Überwachung der Modellgüte im Betrieb (Drift, Nachtraining) → nicht in diesem Epic.',
      'Drift monitoring is not in this release.',
    ]) {
      expect(monitoring(text), text).toBe(false);
    }
    // Said outright, it is monitoring.
    expect(monitoring('モデルの精度劣化を毎週監視し、劣化したら再学習する。')).toBe(true);
  });
});

describe('where it runs, in every language', () => {
  it('the server it runs on and an on-prem machine speak of the serving', () => {
    const schema = bundledSchema();
    const serving = schema.byId.get('serving')!;
    for (const text of ['Le script tourne sur le serveur de la DSI.', 'El proceso corre en un servidor propio.', '서비스는 허브 내 온프레미스 서버에서 운영한다.']) {
      expect(unitPoints(schema, { text, line: 0, offset: 0 }).get(serving) ?? 0, text).toBeGreaterThan(0);
    }
  });
});
