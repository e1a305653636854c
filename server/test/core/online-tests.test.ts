/** The online test said as a run beside what decides today, or in its shadow, in the languages MLSD reads. */
import { describe, expect, it } from 'vitest';
import { unitPoints } from '../../src/core/evidence.js';
import { bundledSchema, check, COMPLETE, optIn } from '../helpers.js';

const online = 'Online metrics: CTR and revenue lift in an A/B test.';
const onlineFound = (sentence: string) => {
  expect(COMPLETE).toContain(online);
  return check(COMPLETE.replace(online, sentence)).facts['online-metrics']!.found;
};

describe('a parallel or shadow run in the evaluation', () => {
  it('is the online test', () => {
    for (const sentence of [
      'Seit April läuft die Rangliste parallel zur Altersregel; gezählt werden die Treffer.',
      'Drei Monate im Schattenbetrieb neben der heutigen Regel.',
      'Dos meses en modo sombra junto a la regla actual.',
      'Deux mois en mode fantôme à côté de la règle actuelle.',
      'Два месяца в теневом режиме рядом с текущими правилами.',
      '上线前先以影子模式运行两个月。',
      '本番前に2か月シャドーモードで動かす。',
      '두 달간 섀도 모드로 운영한다.',
    ]) {
      expect(onlineFound(sentence), sentence).toBe(true);
    }
  });

  it('is not read from a model that merely runs, or from text outside the evaluation', () => {
    expect(onlineFound('We compare against the current rules on last year.')).toBe(false);
  });
});

describe('two groups compared in the evaluation', () => {
  it('is the online test, in the languages MLSD reads', () => {
    for (const sentence of [
      'Leeds and Bristol see suggestions, the other cities do not. We compare the two groups on minutes to pickup.',
      'Vamos ligar a nota para 10 % dos clientes. Os outros 90 % continuam só com a regra atual. Comparamos entre os dois grupos as perdas.',
      'Seis unidades parecidas continuam só com a regra atual.',
      'Tres tiendas usan la lista; comparamos los dos grupos en merma.',
      'Nous comparons les deux groupes sur le taux de relance.',
      'Wir vergleichen die beiden Gruppen nach sechs Wochen.',
      'Через месяц сравниваем обе группы по выручке.',
      'For six weeks, 22 pilot workspaces had half of their SDR team working from the new score and half from the old one.',
      '会員の一部にだけ新しい判定を使い、残りと比べる。',
    ]) {
      expect(onlineFound(sentence), sentence).toBe(true);
    }
    // Two groups of features, or of data, are no experiment.
    expect(onlineFound('Features fall into two groups: counts and ratios.')).toBe(false);
  });
});

describe('a rate the pilot tracks', () => {
  it('is the online test, in the languages MLSD reads', () => {
    for (const sentence of [
      'During the 8-week pilot on the busiest line we will track the consultation rate, the load spread between cars and complaints.',
      'Pilote en ligne de 8 semaines : suivi du taux de consultation et des réclamations.',
      'Durante el piloto medimos la tasa de aceptación de las sugerencias.',
      'No piloto acompanhamos a taxa de confirmação dos agentes.',
      'Im Pilotbetrieb verfolgen wir die Annahmequote der Vorschläge.',
      'Во время пилота отслеживаем долю принятых подсказок.',
      '试点期间跟踪一键确认率。',
    ]) {
      expect(onlineFound(sentence), sentence).toBe(true);
    }
    // A rate tracked with no pilot or field use in its sentence is no online test.
    expect(onlineFound('We track the learning rate and the loss on the validation set.')).toBe(false);
  });
});

describe('the comparison told in ordinary words', () => {
  it('is read from those with it set against those without, before and after, a random sample on the old way, a group held back', () => {
    for (const sentence of [
      // With against without.
      'Depots running the new plan are set against the depots that are not, on late deliveries per week.',
      'Las oficinas con la lista se comparan con las que no la tienen, en visitas perdidas.',
      'As lojas com a previsão nova contra as que não usam, em perdas por semana.',
      'On compare les agences équipées aux autres sur le nombre de relances.',
      'Die Filialen mit Prognose werden gegenüber den Filialen ohne ausgewertet.',
      'Склады с прогнозом сравниваем с остальными по списаниям.',
      '予測を使った倉庫と使わない倉庫で廃棄量を比べる。',
      '예측을 쓰는 창고와 안 쓰는 창고의 폐기량을 비교한다.',
      '用了预测的仓库和不用的仓库，对比报废量。',
      // Before and after it came in.
      'Overtime hours before and after the rollout, per ward.',
      'Überstunden vorher und nachher, je Station.',
      'Сверхурочные часы до и после внедрения, по отделениям.',
      '導入前後の残業時間を病棟ごとに見る。',
      // A random sample decided the old way.
      'Losses on the flagged orders against a random sample still handled with the current rules.',
      'Pérdidas frente a una muestra aleatoria resuelta con la política anterior.',
      // A group held back that never gets it.
      'We hold back a small group of shops that never get the forecast, to see whether the others waste less.',
      'あえて一部の店舗には予測を出さず、ほかの店舗の廃棄が減るかを見る。',
      // How many suggestions the people at work take up, and appeals after launch.
      'We count how many of the suggested codes the clerks accept without editing.',
      'Wie viele der vorgeschlagenen Kategorien die Sachbearbeiter übernehmen.',
      'Nach dem Launch zählen wir, wie oft Händler Widerspruch gegen eine Sperre einlegen.',
      // The same months of last year, since it went live.
      'Since the scheduler went live we compare no-shows with the same months last year.',
    ]) {
      expect(onlineFound(sentence), sentence).toBe(true);
    }
  });

  it('is not read from the service speed in production or from an evaluation put off', () => {
    for (const sentence of [
      'In production the ranking API must answer within 80 ms at p99.',
      'En producción, la latencia del servicio no debe pasar de 120 ms.',
      'Нагрузку в проде смотрим по задержке, не более 90 мс.',
      '线上接口的响应时间需低于 100ms。',
      'Más adelante evaluaremos cómo funciona en producción.',
      "Nous évaluerons l'effet une fois en production.",
    ]) {
      expect(onlineFound(sentence), sentence).toBe(false);
    }
  });
});

describe('the control named as what the pilot is set against', () => {
  it('is the online test, whatever the control is called', () => {
    for (const sentence of [
      'Piloto en tiendas: merma y roturas vs. control.',
      '30 tiendas piloto y 30 tiendas de control emparejadas por tamaño.',
      'Piloto em 12 lojas e 12 lojas de controle durante seis semanas.',
      'Pilote : 15 magasins, 6 semaines, vs 15 témoins appariés.',
      'Pilot in two regions; waste per week against the control.',
      // Half the groups get it: "一半的组看到预警".
      '试点八周：一半的组看到预警，另一半照常调度。',
      // Spanish drops the "de": "-23% vs grupo control".
      'Desperdicio por comensal: -23% vs grupo control en el piloto.',
    ]) {
      expect(onlineFound(sentence), sentence).toBe(true);
    }
    // A control set of data is held out offline.
    expect(onlineFound('The detector is scored against the control set of images.')).toBe(false);
  });
});

describe('a control group told outside the evaluation', () => {
  const elsewhere = (serving: string) => {
    const text = COMPLETE.replace(online, 'Offline only so far.').replace('Online prediction behind the ad server, 20 ms budget.', `Online prediction behind the ad server, 20 ms budget. ${serving}`);
    return check(text).facts['online-metrics']!.found;
  };

  it('is the online test wherever the text tells it, in the languages MLSD reads', () => {
    for (const sentence of ['Rollout went to two regions first, with two comparable regions as the control group.',
      'Результаты за 12 недель: пилот vs контроль, аварийные остановки −17% против −3%.', 'Zwei Vergleichsbezirke arbeiteten wie bisher weiter.',
      '首批两个城市上线，另外两个作为对照城市。',
      // The places left out of the pilot, named as such.
      'Waste fell by 46 % against the non-pilot stores over the same weeks.', '廃棄杯数（パイロット店 vs 前年同期、vs 非パイロット店）',
      'Verglichen mit den Nicht-Pilotbezirken im gleichen Zeitraum.', 'Comparé aux magasins hors pilote sur la même période.',
      'Frente a las tiendas fuera del piloto en las mismas semanas.', 'Comparado com as lojas fora do piloto no mesmo período.']) {
      expect(elsewhere(sentence), sentence).toBe(true);
    }
  });

  it('is not a group that governs rather than compares', () => {
    for (const sentence of ['Access to the feature store is limited by the access control groups.', 'The quality control group reviews the labels monthly.',
      // "No piloto" is "in the pilot" in Portuguese.
      'O ganho no piloto foi pequeno, com custo de latência.']) {
      expect(elsewhere(sentence), sentence).toBe(false);
    }
  });
});

describe('what the write-up should have said', () => {
  it('names what it lacks, as a question does, in the languages MLSD reads', () => {
    for (const sentence of [
      'Interviewer feedback: I should have discussed how an A/B test would work here.',
      'Feedback: hätte ich den A/B-Test ansprechen sollen.',
      "J'aurais dû parler d'un test A/B.",
      'Debería haber mencionado una prueba A/B.',
      'Eu deveria ter falado de um teste A/B.',
      'Надо было сразу обсудить A/B-тест.',
      '当时应该提到A/B测试。',
      '面接官FB：オンラインでどう効果測定するか（A/Bテスト）を話すべきだった。',
      'A/B 테스트를 언급했어야 했다.',
    ]) {
      expect(onlineFound(sentence), sentence).toBe(false);
    }
  });

  it('leaves a test that was run, and a counterfactual comparison, as they are', () => {
    expect(onlineFound('We ran an A/B test on half of the traffic, as we should have from the start.')).toBe(true);
    expect(onlineFound('Online: an A/B test; it shows what the rules would have said on the same days.')).toBe(true);
  });
});

describe('a test the write-up says is not run', () => {
  it('names what the design lacks, the verb or the test first, in the languages MLSD reads', () => {
    for (const sentence of [
      'We are not running A/B tests on live fraud decisions: a weaker model on part of the traffic is a direct loss.',
      'We are not running an A/B or a store pilot in this phase.',
      "I wouldn't bother trying to A/B test this on live traffic at your size.",
      'An A/B test is not planned for the first release.',
      'No A/B test in this phase; the go/no-go is on the backtest.',
      'No habrá test A/B ni champion/challenger en producción.',
      'Não vamos fazer teste A/B: a decisão é mensal.',
      "Il n'y aura pas de test A/B avant la validation clinique.",
      'A/B-тест мы, конечно, не делали, это хакатон.',
      "The business impact study (stockouts, waste) is Finance's job after rollout and not part of this doc.",
      'Mesure : pas de groupe témoin cette saison, on en reparle en septembre.',
      'There will be no control group this season.',
      // Said shortly, or as someone else's decision, in the languages MLSD reads.
      "⚠️ Pas d'A/B test dans cette PR : le flag est un interrupteur de rollback.",
      '> [!important] Sin A/B',
      'Riesgos no acepta un A/B en producción.',
      'Risk does not accept an A/B test on live authorisations.',
      '**オンラインの A/B テストはやりません**。',
      '「半分のユーザーには古いモデルを当てる」ことはポリシー上 NG です。',
      '这次不做 A/B 测试，直接全量。',
      'A/B 테스트는 하지 않습니다.',
      '**Decidido: não haverá A/B test.**',
      // Not approved yet, in the languages MLSD reads.
      'Switchback por região/horário foi discutido mas ainda não tem aprovação.',
      'The pilot in two regions is not approved yet.',
      // Asked, not done: a question reported in minutes.
      'Sobre A/B: Beatriz perguntou se faremos teste A/B com parte dos clientes.',
      'Ana asked whether we will run an A/B test on part of the traffic.',
      '面接官から、A/B テストをやるかどうか聞かれた。',
      "Pas d’expérimentation en ligne cette saison.",
      'Ein A/B-Test ist in Phase 1 nicht vorgesehen: die Umstellung erfolgt für die ganze Region auf einmal.',
      'Eine Erprobung im laufenden Betrieb, etwa durch Vergleich von Standorten mit und ohne modellgestützte Verteilung, ist im Rahmen der Arbeit nicht vorgesehen.',
      "There is **no A/B test**: we can't randomly give applicants different credit decisions.",
      // Weighed and decided against, or not meant as one.
      "We discussed a random holdout where the model doesn't run, and decided against it: a control arm means knowingly releasing payouts.",
      'The 5% random holdout is not intended as an A/B test of business results.',
      'Clairement non. Ni A/B, ni tirage au sort.',
      // Without one, in the middle of the sentence, in the languages MLSD reads.
      'We rolled it out queue by queue without an A/B test.',
      'Critères validés, bascule progressive par file, sans A/B test.',
      'Die Umstellung erfolgt Schritt für Schritt, ohne A/B-Test.',
      'Внедряли постепенно, без A/B-теста.',
      // No measure of the live effect defined yet.
      "Aucun indicateur de suivi en production n'est défini à ce stade pour mesurer l'effet réel sur le délai.",
      'No online metric has been defined yet for the effect in production.',
      'Esta vez no vamos a correr un A/B formal: Growth tiene el tráfico ocupado.',
      // Left out of the work agreed, or not possible, in the languages MLSD reads.
      'Note: this SOW does **not** include a live A/B test or randomised pilot in production.',
      'The impact measurement after go-live is out of scope for this proposal.',
      '本番稼働後の在庫削減効果の検証は、本提案の範囲外とさせていただきます。',
      'Онлайн: провести A/B-тест нельзя, потому что самокаты общие на весь город.',
      "On ne peut pas faire d'A/B test : il n'y a qu'une flotte.",
      'No se puede hacer un A/B porque hay una sola flota.',
      'Não é possível fazer teste A/B com uma frota só.',
      '无法做 A/B 实验，车辆是共享的。',
      'A/Bテストはできません。',
      'A/B 테스트는 할 수 없습니다.',
      // Not planned, the verb first; not carried out; wanted, then given up on.
      "Il n'est **pas prévu** de test A/B ou d'expérimentation contrôlée : on ne peut pas priver une partie des équipes de la prévision.",
      '本研究不开展在线A/B实验，所有结论均基于离线评估得出。',
      '本当は家族ごとにABテストみたいなことをして、使われ方がどう変わるか見たかったんですが、11家族では何もわからないので諦めました。',
      'A/B 实验试了一下方案，最后放弃了。',
      '사용자별 A/B 테스트도 생각했지만 규모가 작아서 포기했습니다.',
      // Proposed and refused, not sensible, not going to.
      'Proposition Claire F. : A/B test entre plateaux → **refusé** (on ne peut pas traiter différemment deux assurés).',
      'The pilot in two regions was rejected by Legal.',
      'Ein A/B-Test ist bei 42 Pumpen und 20 Ausfällen im Jahr nicht sinnvoll.',
      'A los que preguntáis por A/B: no, no voy a hacer test A/B.',
      'A/B 实验方案被否决。',
      'A/Bテストは法務に却下された。',
      // Called off, in the languages MLSD reads; not run yet, the verb first.
      'The A/B test of the new ranking was cancelled when the season ended.',
      'Pilotversuch im Lager Nord abgesagt, zu wenig Personal.',
      "L'expérimentation A/B a été annulée faute de trafic.",
      'El experimento con dos grupos de tiendas fue cancelado.',
      'A/B-тест отменён: слишком мало пользователей.',
      '수율 리포트 화면 A/B 테스트 — 취소',
      '还没有做上线后的对照试验（比如一半舍开报警、一半不开，比较用药量）。',
      // A label that only names the test, over an answer that declines it.
      '**A/B test:** esta vez **no** vamos a correr un A/B formal. Growth tiene el tráfico ocupado.',
      'A/B test: we are not going to run an A/B test this time.',
      // "Recours à" is the use of something, not an appeal.
      "Validation de l'enveloppe budgétaire et du recours à un prestataire externe.",
    ]) {
      expect(onlineFound(sentence), sentence).toBe(false);
    }
  });

  it('is not a name that only looks like one', () => {
    for (const sentence of [
      'The A and B queues are priorities; they have nothing to do with A/B testing.',
      'A/B テストとは関係ありません。キューの名前です。',
      // A test of something else, said to be so, whatever words name the model between.
      'That test was about click-through on the problem page and had nothing to do with the grade model.',
      'The A/B test on the app layout was not about the model at all.',
      '표 버전과 카드 버전을 A/B 테스트하자는 티켓이었음 (모델과는 무관한 UI 티켓)',
      'Não tem nada de teste A/B: é só o nome da curva.',
      'Obs.: a curva A/B/C é a classificação dos itens por giro.',
    ]) {
      expect(onlineFound(sentence), sentence).toBe(false);
    }
  });

  it('leaves a lesser test put in its place, and a test that did not show a gain, as they are', () => {
    expect(onlineFound("We can't do proper A/B test because there is only 9 lawyers, so half of contracts get the tool and we compare review time.")).toBe(true);
    expect(onlineFound('The A/B test did not show a significant lift in conversion.')).toBe(true);
    expect(onlineFound('Le test A/B est prévu pour mars, sur la moitié des équipes.')).toBe(true);
    // A test whose measure declined, or whose null hypothesis was rejected, was run.
    for (const sentence of ['In the A/B test, churn declined by 12% against control.', 'In the A/B test the null hypothesis was rejected (p = 0.01).',
      'Nach dem A/B-Test wurde die Nullhypothese verworfen.', "Test A/B sur deux semaines : l'hypothèse nulle est rejetée.", 'En el A/B, la hipótesis nula fue rechazada.',
      'No teste A/B a hipótese nula foi rejeitada.', 'A/B-тест: нулевая гипотеза отвергнута.']) {
      expect(onlineFound(sentence), sentence).toBe(true);
    }
  });
});

describe('a staged rollout to part of the users', () => {
  it('is the online test, with what was rolled out named between', () => {
    for (const sentence of ['Online, we rolled V2 to 20% of businesses for four weeks; corrections per 100 went from 9.4 to 4.1.',
      'We rolled the new ranker out to 10% of traffic and watched the save rate.', 'We rolled it out to half of the stores for a month.']) {
      expect(onlineFound(sentence), sentence).toBe(true);
    }
  });
});

describe('what is counted in operation', () => {
  it('is the online evaluation where a list says it is measured in operation', () => {
    expect(onlineFound('Kennzahlen im Betrieb 2023 (Auswertung des Fachbereichs):\n\n- Dunkelverarbeitungsquote: 38 % der Fotoschäden,\n- Nachforderungsquote: 6,2 %.')).toBe(true);
    expect(onlineFound('Kennzahlen des Abnahmetests 2022:\n\n- Dunkelverarbeitungsquote: 38 % der Fotoschäden,\n- Nachforderungsquote: 6,2 %.')).toBe(false);
  });
});

describe('what the model changed after launch', () => {
  it('is the online evaluation, not the watch on the model, under a heading that says so', () => {
    const doc = [
      '# ステージ難易度予測',
      '## 背景',
      'デザイナーは新ステージの難しさをテストプレイまで知らず、難しすぎるステージで離脱が増えている。',
      '## データ',
      '過去3,100ステージのクリア記録。',
      '## モデル',
      'LightGBM。ベースラインは社内テストプレイの補正値。',
      '## リリース後の効果',
      '導入から3か月、目標帯に入ったステージの割合は58%から71%に上がり、公開後7日以内の離脱率も0.4ポイント下がった。',
    ].join('\n\n');
    const analysis = check(optIn(doc));
    expect(analysis.sections.find((s) => s.id === 'evaluation')!.status).not.toBe('missing');
    expect(analysis.sections.find((s) => s.id === 'monitoring')!.status).toBe('missing');
    expect(analysis.facts['online-metrics']!.values).toContain('retention');
  });
});

describe('a sentence that says the test is not run', () => {
  it('is still about the evaluation: it counts toward finding the step, not toward the fact', () => {
    const schema = bundledSchema();
    const evaluation = schema.byId.get('evaluation')!;
    const points = (text: string) => unitPoints(schema, { text, line: 0, offset: 0 }).get(evaluation) ?? 0;
    // "A/B test" as an online metric, on top of the words alone.
    expect(points('We are not running an A/B test on live traffic.')).toBe(points('We are running an A/B test on live traffic.'));
    expect(onlineFound('We are not running an A/B test on live traffic.')).toBe(false);
  });
});

describe('a heading or label that names the online test', () => {
  const under = (heading: string, body: string) =>
    check(COMPLETE.replace(online, 'Offline first.').replace('## 6. Serving', `### ${heading}\n\n${body}\n\n## 6. Serving`)).facts['online-metrics']!.found;

  it('states none over an answer that declines it', () => {
    expect(under('A/B test', 'We are not going to run an A/B test this time: the traffic is booked.')).toBe(false);
    expect(under('Prueba A/B', 'Esta vez no vamos a correr un A/B formal.')).toBe(false);
  });

  it('states the test over an answer that runs it', () => {
    expect(under('A/B test', 'We run a 50/50 split for two weeks and compare conversion.')).toBe(true);
    expect(onlineFound('A/B test: we run a 50/50 split for two weeks and compare conversion.')).toBe(true);
  });
});

describe('items left over from a review', () => {
  it('are work to do, not the design: a test they list is not run', () => {
    for (const heading of ['三、遗留项与跟进', 'Follow-ups', 'Folgeaufgaben']) {
      const text = COMPLETE.replace(online, 'Offline first.').replace(
        '## 6. Serving',
        `## ${heading}\n\n| 编号 | 遗留项 | 负责人 | 状态 |\n|---|---|---|---|\n| R1 | 补充线上 AB 实验方案（分流方式、核心指标） | 周立伟 | 进行中 |\n| R2 | Plan the A/B test on 10% of traffic | Ana | open |\n\n## 6. Serving`,
      );
      expect(check(text).facts['online-metrics']!.found, heading).toBe(false);
    }
  });
});

describe('a pilot told by what it measured', () => {
  it('a list under a pilot, given as results, holds the online metrics', () => {
    const pilot = (head: string, items: string) => onlineFound(`${head}\n\n${items}`);
    const results = '- concordância dos atendentes com a sugestão de assunto: 87 %;\n- tempo médio até primeira análise: de 3,1 dias para 0,4 dia;\n- 4 % das urgências não tinham sido marcadas pelo modelo.';
    expect(pilot('**Estudo de uso real (piloto, mar–mai/2024, 3 postos de atendimento):**', results)).toBe(true);
    // What the pilot is (its length, its sites) is no measure.
    expect(pilot('**Piloto (3 postos de atendimento):**', '- duração: 6 semanas;\n- postos: Centro, Norte e Sul.')).toBe(false);
    // Nor are results listed outside a pilot.
    expect(pilot('**Resultados no conjunto de teste:**', results)).toBe(false);
  });

  it('half on the model and half the old way, or which one drawn by lot, is a test in the field', () => {
    for (const sentence of [
      '选几个区县，一半班组用模型清单、一半用原来的方式，比一个季度的现场查实率。',
      'Dentro de cada par se sorteó cuál se vendimiaría según la tabla y cuál según el criterio del enólogo.',
      'Within each pair we drew lots for which store gets the list and which keeps the manual plan.',
    ]) {
      expect(onlineFound(sentence), sentence).toBe(true);
    }
  });

  it('the model in production set beside the new one offline is no online test', () => {
    expect(onlineFound('O relatório traz a comparação com as regras e com o modelo em produção, lado a lado.')).toBe(false);
    expect(onlineFound('The report sets the new ranker beside the model in production on last month.')).toBe(false);
  });

  it('a test not done yet, not possible, or about something else states none', () => {
    for (const sentence of [
      'オンラインでの検証（センターでのA/Bなど）はまだ。来期やる想定。',
      '공연 오픈이 1회성이라 온라인 A/B 불가.',
      '※ Webチームがやった「フォームの並び替えA/Bテスト」は本件とは別物です。',
    ]) {
      expect(onlineFound(sentence), sentence).toBe(false);
    }
  });
});
