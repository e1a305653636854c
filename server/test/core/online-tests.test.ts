/** The online test said as a run beside what decides today, or in its shadow, in the languages MLSD reads. */
import { describe, expect, it } from 'vitest';
import { check, COMPLETE } from '../helpers.js';

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
      '会員の一部にだけ新しい判定を使い、残りと比べる。',
    ]) {
      expect(onlineFound(sentence), sentence).toBe(true);
    }
    // Two groups of features, or of data, are no experiment.
    expect(onlineFound('Features fall into two groups: counts and ratios.')).toBe(false);
  });
});
