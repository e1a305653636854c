/** The framing's input and output said as what comes out for each case: a likelihood, a number, a target. */
import { describe, expect, it } from 'vitest';
import { check, optIn } from '../helpers.js';

const doc = (framing: string) =>
  optIn(`# Shipment alerts

## Requirements

Dispatchers watch 900 active shipments; an alert must come at least four hours before a breach.

## ML problem

${framing}

## Data

Logger telemetry for two years, 180k shipments, lane and packaging master data.
`);
const inputOutput = (framing: string) => check(doc(framing)).facts['input-output']!.found;

describe("the framing's input and output", () => {
  it('is stated by what comes out for each case, in the languages MLSD reads', () => {
    for (const framing of [
      'For each active shipment at each new message: the probability that it breaches its lane limit in four hours.',
      'Clasificación binaria a nivel solicitud: probabilidad de que el crédito llegue a mora en 60 días.',
      'Pour chaque commande, la probabilité que la livraison soit en retard.',
      'Für jeden Leitungsabschnitt die Wahrscheinlichkeit eines Bruchs in den nächsten 12 Monaten.',
      'Для каждого клиента — вероятность ухода в следующем месяце.',
      '取引1件ごとに「不正である確率」を出す二値分類。',
      '每个订单预测延迟的概率。',
      '주문마다 지연될 확률을 예측한다.',
    ]) {
      expect(inputOutput(framing), framing).toBe(true);
    }
  });

  it('is not stated by the task alone', () => {
    expect(inputOutput('Binary classification, trained on two years of history.')).toBe(false);
  });
});
