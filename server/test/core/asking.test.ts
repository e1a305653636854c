/** Parts that only ask (questions, a template's guidance): a heading still to fill in a written document, the content of a template. */
import { describe, expect, it } from 'vitest';
import { asks } from '../../src/core/asking.js';
import { bundledSchema, check, optIn } from '../helpers.js';

// Every step written, and the monitoring part given as the test says.
const doc = (monitoring: string, heading = 'Monitoring') =>
  optIn(`# Help-center article ranking

## Requirements

Users type a question in the help widget and we show five articles; 2M queries a day, p95 under 200 ms.

## ML framing

Pointwise ranking: the probability that the user clicks an article and does not open a ticket.

## Data

Click logs from the widget for six months, article texts, and ticket events joined by session id.

## Model

Baseline: BM25 alone. Then a LightGBM ranker with a LambdaMART loss, trained weekly on the last eight weeks.

## Evaluation

Offline NDCG@5 on the last week of logs; online, a two-week A/B test on the ticket rate.

## Serving

The ranker runs inside the search API for every request; results are cached for ten minutes.

## ${heading}

${monitoring}
`);
const monitoring = (text: string, heading?: string) => check(doc(text, heading)).sections.find((s) => s.id === 'monitoring')!.status;

describe('a part that only asks', () => {
  it('is empty in a written document, in the languages MLSD reads', () => {
    for (const text of [
      'How would you monitor the model? What would trigger retraining?',
      '- How do we detect drift?\n- When do we retrain?',
      'Describe how you will detect drift and when you retrain the model.',
      '> If you plan to retrain on a schedule, describe the schedule and the checks you will run.',
      '- オフライン指標とオンライン指標をどう監視しますか？\n\n（↑ 対策本の質問リストを貼っただけ）',
      'Beschreiben Sie, wie Drift erkannt wird und wann das Modell neu trainiert wird.',
      'Décrivez la surveillance du modèle en production.',
      'Опишите, как отслеживается дрейф данных.',
      '请描述上线后的监控方案。',
      '모니터링 방안을 작성하세요.',
    ]) {
      expect(monitoring(text), text).toBe('empty');
    }
  });

  it('is content once anything in it is stated', () => {
    expect(monitoring('How do we detect drift? We compare the weekly PSI of the score with the training period and alert above 0.2.')).not.toBe('empty');
    expect(monitoring('- Drift: weekly PSI of the score, alert above 0.2\n- When do we retrain?')).not.toBe('empty');
  });

  it('is content under a heading made of questions', () => {
    expect(monitoring('How do we detect drift? When do we retrain?', 'Open research questions on monitoring')).not.toBe('empty');
  });

  it('is content in a template, where every part asks', () => {
    const template = optIn(`# Design doc template

## Overview

A summary of the problem, the solution and the outcome we want, in three to five sentences.

## Requirements

What are the goals? Who are the users?

## Data

What data will you use? How will you label it?

## Model

Which model will you start with? What is the baseline?

## Monitoring

How will you detect drift? When will you retrain?
`);
    expect(check(template).sections.find((s) => s.id === 'monitoring')!.status).not.toBe('empty');
  });

  it('is content in the steps whose questions are what they are made of: clarifying requirements, the question the model answers', () => {
    const analysis = check(doc('We alert when the weekly PSI of the score passes 0.2 and retrain monthly.').replace(
      'Users type a question in the help widget and we show five articles; 2M queries a day, p95 under 200 ms.',
      '- How many queries a day?\n- What latency can the widget afford?',
    ));
    expect(analysis.sections.find((s) => s.id === 'requirements')!.status).toBe('present');
  });
});

describe('what asks', () => {
  const schema = bundledSchema();
  it('a question, or guidance that tells the author what to write', () => {
    expect(asks('What offline metrics will you use?', schema)).toBe(true);
    expect(asks('Include the baseline you compare against.', schema)).toBe(true);
    expect(asks('Explain why.', schema)).toBe(true);
  });
  it('not a statement, nor one that only looks like an instruction', () => {
    expect(asks('We use AUC. Should we add PR-AUC?', schema)).toBe(false);
    expect(asks('List of features: age, tenure, plan.', schema)).toBe(false);
    expect(asks('Name of the model: churn-v2.', schema)).toBe(false);
  });
});
