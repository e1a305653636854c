/**
 * What a reviewer reads as a step said to be missing, and the plain words other languages use for
 * what English names (constraints, the training set, retraining, "how we know it works").
 */
import { describe, expect, it } from 'vitest';
import { headingEvidence, unitPoints } from '../../src/core/evidence.js';
import { bundledSchema, check, COMPLETE } from '../helpers.js';

const replace = (from: string, to: string) => {
  expect(COMPLETE).toContain(from);
  return COMPLETE.replace(from, to);
};
const status = (text: string, id: string) => check(text).sections.find((s) => s.id === id)?.status;
const found = (text: string, fact: string) => check(text).facts[fact]!.found;
const points = (step: string, text: string) => {
  const schema = bundledSchema();
  return unitPoints(schema, { text, line: 0, offset: 0 }).get(schema.byId.get(step)!) ?? 0;
};
const withoutMonitoring = (tail: string) => replace('## 7. Monitoring\n\nAlerts on feature drift and on CTR drops; daily retraining.\n', tail);

describe('a step said to be missing is not written', () => {
  it('a sentence saying monitoring is not done names the step without covering it', () => {
    for (const said of [
      '- Dashboards for drift and a retraining schedule: that is a big TODO, nothing is set up yet.',
      '- 监控/重训完全没讲, 时间到了.',
      '- We never got to monitoring or retraining.',
    ]) {
      expect(status(withoutMonitoring(`## Notes\n\n${said}\n`), 'monitoring'), said).toBe('missing');
    }
    // Said as done, the same words cover it.
    expect(status(withoutMonitoring('## Notes\n\n- Dashboards for drift, and a retraining schedule every week.\n'), 'monitoring')).not.toBe('missing');
  });

  it('only the sentence that says so: the rest of its paragraph still speaks of the step', () => {
    expect(points('monitoring', 'We retrain weekly and alert on drift. Automated rollback is still to be worked out.')).toBeGreaterThan(1);
    expect(points('monitoring', 'Automated retraining and drift alerts are still to be worked out.')).toBe(0);
  });

  it('nobody watching the model, or a ticket waiting in the backlog, states no monitoring', () => {
    const monitoring = (text: string) => found(withoutMonitoring(`## 7. Monitoring\n\n${text}\n`), 'monitoring');
    for (const text of [
      'Ob es mit der Zeit schlechter wird, überwacht im Moment niemand systematisch.',
      'Dafür gibt es das Ticket „Überwachung Modellgüte / Drift“, liegt im Backlog.',
      'Nobody monitors the model yet; drift detection sits in the backlog.',
    ]) {
      expect(monitoring(text), text).toBe(false);
    }
    expect(monitoring('We alert on drift weekly.')).toBe(true);
  });
});

describe('a part that only says its step is absent', () => {
  const monitoringSaying = (text: string) => status(withoutMonitoring(`## 7. Monitoring\n\n${text}\n`), 'monitoring');

  it('keeps the place of the step without filling it: the step is empty', () => {
    for (const text of [
      'There is no model monitoring yet.',
      'Est-ce que le modèle se dégrade ? Il faudrait comparer chaque estimation au temps réel. Nous ne l\'avons pas mis en place.',
      'Es gibt kein Modell-Monitoring.',
      '**모델 모니터링 없음.** 지금 대시보드는 운영 지표뿐.',
      'Мониторинга модели пока нет.',
      'Não há rotina de acompanhamento da estabilidade das variáveis.',
      // Left out of the work agreed, or not treated here.
      'Nicht Bestandteil dieses Angebots. Auf Wunsch unterbreiten wir hierzu ein gesondertes Angebot.',
      'Ongoing model support and monitoring are not part of this SOW.',
      '運用開始後の精度の定期確認は、別途締結予定の保守契約の範囲とし、本検収の対象外とする。',
      'Point non traité faute de temps. Reporté au COPIL n°4.',
    ]) {
      expect(monitoringSaying(text), text).toBe('empty');
    }
  });

  it('a part that also states the watch, or goes on at length, is written', () => {
    expect(monitoringSaying('We alert when weekly MAE drifts 20% above the backtest. Retraining triggers are not set up yet.')).toBe('present');
    const long = 'No drift monitoring yet. We log every prediction. The logs go to the warehouse. Ops reads them weekly. Labels arrive after a month.';
    expect(monitoringSaying(long)).not.toBe('empty');
  });

  it('a watch that found nothing is a watch', () => {
    expect(monitoringSaying('No drift detected last quarter; the weekly PSI check stays green.')).toBe('present');
  });
});

describe('an A/B test said not to be one', () => {
  it('arms or letters that only look like one state no online test', () => {
    const online = (text: string) => found(replace('Online metrics: CTR and revenue lift in an A/B test.', text), 'online-metrics');
    expect(online('LightGBM on the same features (the A/B reel arms, not an A/B test, before anyone asks).')).toBe(false);
    expect(online("Ce n'est pas un test A/B : ce sont les bras A/B de la bobine.")).toBe(false);
    expect(online('We ran an A/B test on 10% of traffic.')).toBe(true);
  });
});

describe('what English names, in the other languages', () => {
  it('constraints and a rate per minute speak of the requirements', () => {
    expect(points('requirements', 'Randbedingungen, die damals festgelegt wurden: keine Cloud.')).toBeGreaterThanOrEqual(1);
    expect(points('requirements', 'Die Anlage läuft bei bis zu 18 Stämmen pro Minute.')).toBeGreaterThanOrEqual(1);
  });

  it('the training set under its other names, and what it was trained on, speak of the data', () => {
    expect(points('data', "Les inspections antérieures constituent la base d'apprentissage de l'outil.")).toBeGreaterThanOrEqual(1);
    expect(points('data', 'Обучающая выборка: 40 тыс. заявок.')).toBeGreaterThanOrEqual(1);
    expect(points('data', 'Gelernt wurde mit unseren eigenen Stämmen.')).toBeGreaterThan(0);
  });

  it('trained again, said in two words, speaks of the monitoring', () => {
    expect(points('monitoring', 'Каждый квартал модель заново обучаем на свежих данных.')).toBeGreaterThanOrEqual(1);
    expect(points('monitoring', 'Cada trimestre se vuelve a entrenar con los datos nuevos.')).toBeGreaterThanOrEqual(1);
  });

  it('"how we know it gets it right" heads the evaluation, "how we notice something broke" the monitoring', () => {
    const schema = bundledSchema();
    const words = (heading: string, step: string) => headingEvidence(schema, heading).words.get(schema.byId.get(step)!) ?? 0;
    expect(words('5. Como a gente sabe se ele acerta', 'evaluation')).toBeGreaterThan(0);
    expect(words('Wie oft es richtig liegt', 'evaluation')).toBeGreaterThan(0);
    expect(words('7. Como a gente percebe que algo quebrou', 'monitoring')).toBeGreaterThan(0);
    expect(words('Что делать, если что-то сломалось', 'monitoring')).toBeGreaterThan(0);
  });

  it('items put in order by "this probability" state a ranking task', () => {
    const category = (text: string) => check(replace('ML category: binary classification.', text)).facts['ml-category']!.values;
    expect(category('As bocas são ordenadas por essa probabilidade dentro de cada regional.')).toContain('ranking');
    expect(category('Les dossiers sont triés par cette probabilité.')).toContain('ranking');
  });

  it('a team\'s standing (팀 순위) or a first priority (1순위) is no ranking task; ranking items is', () => {
    const category = (text: string) => check(replace('ML category: binary classification.', text)).facts['ml-category']!.values;
    expect(category('팀 순위가 확 바뀌면 예측이 잘 안 맞을 수 있음.')).not.toContain('ranking');
    expect(category('고객 불만 1순위는 배송 지연이다.')).not.toContain('ranking');
    expect(category('후보 상품의 순위를 매기는 모델이다.')).toContain('ranking');
  });
});

describe('where the results land, as a heading says it', () => {
  it('alerts beside how they reach people are what the system delivers: the heading is the serving', () => {
    const schema = bundledSchema();
    const evidence = (heading: string) => headingEvidence(schema, heading);
    const serving = schema.byId.get('serving')!;
    const monitoring = schema.byId.get('monitoring')!;
    for (const heading of ['Comment les alertes arrivent aux équipes', 'Onde os alertas aparecem', 'Como o alerta chega ao técnico']) {
      expect(evidence(heading).words.get(serving) ?? 0, heading).toBeGreaterThan(0);
      expect(evidence(heading).words.get(monitoring) ?? 0, heading).toBe(0);
    }
    // Alone, or joined to another of the monitoring's words, alerts are the monitoring.
    expect(evidence('Alerts').words.get(monitoring) ?? 0).toBeGreaterThan(0);
    expect(evidence('Alertas y reentrenamiento').words.get(monitoring) ?? 0).toBeGreaterThan(0);
  });

  it('where the number shows up, or where the forecast goes, heads the serving', () => {
    const schema = bundledSchema();
    const serving = schema.byId.get('serving')!;
    for (const heading of ['Where the number shows up', 'Как считается и куда попадает', 'Wo die Prognosen erscheinen']) {
      expect(headingEvidence(schema, heading).words.get(serving) ?? 0, heading).toBeGreaterThan(0);
    }
    // A no-show model's question is no place where results land.
    expect(headingEvidence(schema, 'Who will not show up?').words.get(serving) ?? 0).toBe(0);
  });
});

describe('a retrain a quality figure sets off', () => {
  it('is a watch on the model, however long the condition between', () => {
    const monitoring = (text: string) => found(withoutMonitoring(`## 7. After go-live\n\n${text}\n`), 'monitoring');
    const long = 'Quarterly review looks at the top-decile hit rate; if it drops below 1 in 5 two quarters running, or the repairs coding changes (new contractor is due in 2026), we retrain and re-check.';
    expect(monitoring(long)).toBe(true);
    expect(monitoring('We retrain yearly after the survey refresh.')).toBe(false);
  });
});
