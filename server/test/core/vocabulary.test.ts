import { describe, expect, it } from 'vitest';
import { headingEvidence, unitPoints } from '../../src/core/evidence.js';
import { bundledSchema } from '../helpers.js';

const schema = bundledSchema();
const find = (vocabulary: string, text: string) => schema.matchers.get(vocabulary)!.find(text).map((hit) => hit.term.name);
/** The steps a heading points at by its aliases, and by its words. */
const aliases = (heading: string) => [...headingEvidence(schema, heading).aliases.keys()].map((step) => step.id);
const words = (heading: string) => [...headingEvidence(schema, heading).words.keys()].map((step) => step.id);

describe('vocabulary matching', () => {
  it('matches synonyms in any case and spelling', () => {
    expect(find('metrics', 'We track click-through rate and Click Through Rate.')).toEqual(['CTR', 'CTR']);
    expect(find('metrics', 'recall@10, Recall@K and NDCG@5')).toEqual(['recall@k', 'recall@k', 'nDCG']);
  });

  it('knows a champion/challenger test as the online experiment credit and insurance teams run', () => {
    expect(find('metrics', 'A champion/challenger read after six months; the champion-challenger split is 80/20.')).toEqual(['A/B test', 'A/B test']);
    expect(find('metrics', 'Prueba campeón/retador sobre el 20 % de las solicitudes.')).toEqual(['A/B test']);
  });

  it('knows a field trial in every language, as a weak sign of the online test', () => {
    const weak = (text: string) => schema.matchers.get('metrics')!.find(text).filter((hit) => hit.weak).map((hit) => hit.term.name);
    expect(weak('Ensayo de campo en 8 fincas; Feldversuch in zwei Werken; полевые испытания на трёх участках.')).toEqual(['A/B test', 'A/B test', 'A/B test']);
    // The trial operation a GOST 34 specification runs before acceptance is the same.
    expect(weak('В период опытной эксплуатации фиксируются ошибка прогноза и доля переполненных рейсов.')).toEqual(['A/B test']);
  });

  it('reads two German compounds joined for their shared end as the groups they name', () => {
    expect(find('metrics', 'Touren zufällig auf Kontroll- und Testgruppe verteilt; Test- und Kontrollgruppen je Depot.')).toEqual(['A/B test', 'A/B test']);
  });

  it('knows a quarterly schedule in every language as a weak sign of batch serving', () => {
    const weak = (text: string) => schema.matchers.get('serving-modes')!.find(text).filter((hit) => hit.weak).map((hit) => hit.term.name);
    expect(weak('Einmal im Quartal läuft ein Job; une fois par trimestre; once a quarter; раз в квартал.')).toEqual(['batch', 'batch', 'batch', 'batch']);
  });

  it('knows how weather and hazard warnings score a forecast, the initials only in capitals', () => {
    expect(find('metrics', 'Métricas: POD (probabilidade de detecção), FAR e CSI.')).toEqual(['probability of detection', 'probability of detection', 'probability of detection', 'probability of detection']);
    expect(find('metrics', 'How far is the pod from the node?')).toEqual([]);
  });

  it('knows a random forest and a decision tree by the names other languages give them', () => {
    const model = (text: string) => unitPoints(schema, { text, line: 0, offset: 0 }).get(schema.byId.get('model')!) ?? 0;
    for (const text of ['Une forêt aléatoire par barrière, livrée par le prestataire.', 'Un árbol de decisión por región.', '一个随机森林，每个站点一个。']) {
      expect(model(text), text).toBeGreaterThan(0);
    }
  });

  it('lets the longest synonym win', () => {
    expect(find('metrics', 'PR-AUC on the test set')).toEqual(['PR-AUC']);
    expect(find('metrics', 'mean average precision')).toEqual(['mAP']);
  });

  it('respects case-sensitive synonyms', () => {
    expect(find('metrics', 'We map users to ids')).toEqual([]);
    expect(find('metrics', 'mAP at IoU 0.5')).toEqual(['mAP', 'IoU']);
  });

  it('matches whole words only', () => {
    expect(find('metrics', 'precisionless MAEstro')).toEqual([]);
    expect(find('serving-modes', 'a batching layer')).toEqual([]);
  });

  it('takes a phrasing over the weak words inside it: the clause states the term outright', () => {
    const hits = (text: string) => schema.matchers.get('serving-modes')!.find(text).map((hit) => `${hit.term.name}${hit.weak ? ' (weak)' : ''}`);
    expect(hits('Cada noche el equipo revisa las alertas.')).toEqual(['batch (weak)']);
    expect(hits('Cada noche, a las 2:00, un proceso automático calculará el riesgo para todas las citas.')).toEqual(['batch']);
  });

  it('ends a stem where a word of a spaced script ends, never inside Chinese or Japanese text', () => {
    // "モデル*" goes on over nothing: "モデルの監視" names the model and, after it, the monitoring.
    expect(aliases('モデルの監視')).toContain('monitoring');
    expect(aliases('本番での監視')).toContain('monitoring');
    // A Korean particle still joins its noun.
    expect(aliases('모델의 평가')).toEqual(['model', 'evaluation']);
  });

  it('reads upkeep of the model in a heading, not the maintainer who signs a post in a thread', () => {
    expect(words('tobias-h · Maintainer · vor 2 Wochen')).not.toContain('monitoring');
    expect(words('Maintainers and contributors')).not.toContain('monitoring');
    expect(words('Maintaining the model after launch')).toContain('monitoring');
    // The model's upkeep, as German specifications title it.
    expect(words('6.3 Pflege des Verfahrens')).toContain('monitoring');
    // The time after launch, said other ways; how the results reach their screens; the task a German report states.
    for (const heading of ['Après la mise en route', 'Tras la puesta en marcha', '출시 이후']) expect(words(heading), heading).toContain('monitoring');
    expect(words('Comment les prix arrivent sur les panneaux')).toContain('serving');
    expect(aliases('I.1 Aufgabenstellung')).toContain('requirements');
  });

  it('reads architecture as engineers shorten it, not an archive', () => {
    for (const heading of ["L'archi temps réel", 'Archi-Überblick', 'Archi overview']) expect(words(heading), heading).toContain('serving');
    for (const heading of ['Archive', 'Archived decisions']) expect(words(heading), heading).not.toContain('serving');
  });

  it('reads what the model predicts as the framing in the spaced languages and Chinese, the model word inside the phrase', () => {
    const steps = (heading: string) => {
      const evidence = headingEvidence(schema, heading);
      return { words: [...evidence.words.keys()].map((step) => step.id), aliases: [...evidence.aliases.keys()].map((step) => step.id) };
    };
    for (const heading of ['What exactly the model predicts', '2. Что именно прогнозирует модель', 'Qué predice el modelo', 'Was das Modell vorhersagt',
      'Ce que prédit le modèle', '模型预测什么']) {
      expect(steps(heading), heading).toEqual({ words: ['framing'], aliases: [] });
    }
  });

  it('reads the plain headings of retrospectives, handovers and interview questions', () => {
    // What it was worth before it went live is the evaluation: the serving's words in it only date it.
    for (const heading of ['Ce que les chiffres disaient avant la mise en service', 'Cómo de bien funcionaba antes de salir', 'Results before launch']) {
      expect(words(heading), heading).toEqual(['evaluation']);
    }
    // How the results are delivered to the people who use them.
    expect(words('どうやって現場に届けているか')).toContain('serving');
    expect(words('How does the ETA get to the app? Is it computed on the phone?')).toContain('serving');
    // The predictions handed over, named as such (an alias, so a table's row names the step too); "delivery" alone is the
    // domain of parcel and food-delivery models.
    for (const heading of ['3.5 Entrega das previsões', 'Delivery of the forecasts', 'Livraison des prévisions']) expect(aliases(heading), heading).toContain('serving');
    expect([...words('Delivery time and late orders'), ...aliases('Delivery time and late orders')]).not.toContain('serving');
    // Keeping an eye on it, and the interviewer's "how would you know it is getting worse?".
    for (const heading of ['Garder un œil sur le modèle', 'Присматриваем за прогнозом', '성능이 떨어지고 있다는 걸 어떻게 알아요?', 'How would you know it is getting worse?']) {
      expect(words(heading), heading).toContain('monitoring');
    }
  });

  it('reads a model run on a tablet as on a phone, not the tablet a person types on', () => {
    const hits = (text: string) => schema.matchers.get('serving-modes')!.find(text).filter((hit) => !hit.weak).map((hit) => hit.term.name);
    expect(hits('The app runs the model right there on the tablet.')).toEqual(['online']);
    expect(hits('Le modèle tourne directement sur la tablette.')).toEqual(['online']);
    expect(hits('Model ships inside the APK.')).toEqual(['online']);
    expect(hits('Chaque soir, le responsable valide sur la tablette les quantités à cuire.')).toEqual([]);
  });

  it('reads a clock time right after the day word and a scheduled script as signs of batch serving', () => {
    const weak = (text: string) => schema.matchers.get('serving-modes')!.find(text).filter((hit) => hit.weak).map((hit) => hit.term.name);
    expect(weak('Job läuft täglich 02:30 Uhr auf dem Analytics-Cluster.')).toEqual(['batch']);
    expect(weak('Il y a un script Python planifié sur le serveur de la DSI.')).toEqual(['batch']);
    // A count after the day word is no clock time.
    expect(weak('Es kommen täglich 400 Rechnungen herein.')).toEqual([]);
  });

  it('reads a rank as a ranking task, but not the rank inside a priority (a requirements table\'s column)', () => {
    expect(find('ml-categories', '추천 순위를 매긴다')).toContain('ranking');
    expect(find('ml-categories', '| REQ-ID | 요구사항 내용 | 우선순위 |')).toEqual([]);
  });

  it('reads the model\'s upkeep as the monitoring step, and a run at night as the serving', () => {
    for (const heading of ['活动 5：模型运维', 'Model operations', '모델 운영', 'モデル運用', 'Modellbetrieb', 'Maintenance du modèle']) {
      expect(aliases(heading), heading).toEqual(['monitoring']);
    }
    for (const heading of ['RPA-419 — Nächtliche Bewertung', 'Nightly scoring', 'Ночной скоринг']) expect(words(heading), heading).toContain('serving');
  });

  it('reads words split by parentheses', () => {
    expect(find('ml-categories', 'edge (link) prediction on the graph')).toEqual(['link prediction']);
  });
});
