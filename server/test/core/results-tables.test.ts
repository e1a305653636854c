/** Offline metrics named by the shape of a results table, whether the vocabulary knows them or not. */
import { describe, expect, it } from 'vitest';
import { bundledSchema, check, COMPLETE } from '../helpers.js';
import { loadTrustedSchema } from '../../src/core/schema.js';

const EVALUATION = 'Offline metrics: normalized cross-entropy and ROC-AUC.\nOnline metrics: CTR and revenue lift in an A/B test.';
const offline = (evaluation: string) => {
  expect(COMPLETE).toContain(EVALUATION);
  return check(COMPLETE.replace(EVALUATION, `Online metrics: CTR and revenue lift in an A/B test.\n\n${evaluation}`)).facts['offline-metrics']!;
};

describe('results tables', () => {
  it('reads the heads over rows of methods as the measures', () => {
    const table = ['| 方法 | 平均の外れ（個） | 外れの割合 |', '|---|---|---|', '| 前週同曜日 | 4.6 | 29% |', '| 店長の連絡数 | 3.9 | 24% |', '| モデル | 3.1 | 19% |'].join('\n');
    // Full-width signs are read as their ASCII twins: "（個）" is "(個)".
    expect(offline(table).values).toEqual(['平均の外れ(個)', '外れの割合']);
    // Without a first head for methods, a model among the rows says the same.
    const rows = ['| | Buyers in the top 20% | Area under ROC |', '|---|---|---|', '| As before (by time) | 22 % | 0,52 |', '| CatBoost | 63 % | 0,82 |'].join('\n');
    expect(offline(rows).values).toEqual(['buyers in the top 20%', 'area under roc']);
  });

  it('reads the rows under a first head for measures as the measures', () => {
    const table = ['| Kennzahl | Regel (heute) | V1 |', '|---|---|---|', '| Erkannte Ausfälle mit Vorwarnung | 9 / 31 | 21 / 31 |', '| Mittlere Vorwarnzeit | 11 h | 3,4 Tage |'].join('\n');
    expect(offline(table).values).toEqual(['erkannte ausfälle mit vorwarnung', 'mittlere vorwarnzeit']);
  });

  it('reads no measures from a table without figures, from descriptions, or from a table of goals', () => {
    const described = ['| Variant | What it is | Status |', '|---|---|---|', '| Rule | webinar first, then the rest | for comparison |', '| CatBoost | 42 features, categoricals as they are | in use |'].join('\n');
    expect(offline(described).found).toBe(false);
    const goals = ['| 指標 | 現状 | 目標 |', '|---|---|---|', '| ウェブ経由の予約件数 | 月 9,800件 | 月 11,000件 |', '| おすすめのクリック率 | 2.1% | 3% |'].join('\n');
    expect(offline(goals).found).toBe(false);
  });

  it('is schema data: a schema without `results-tables` reads no table by its shape', () => {
    const schema = bundledSchema();
    expect(schema.facts['offline-metrics']!.resultsTables).toBeDefined();
    const raw = { id: 'tables', title: 'Tables', sections: [{ id: 'evaluation', title: 'Evaluation', facts: ['offline-metrics'] }, { id: 'model', title: 'Model' }],
      facts: { 'offline-metrics': { description: 'offline metrics', message: 'name them', 'results-tables': { methods: 'model', 'method-heads': ['method'] } } } };
    expect(loadTrustedSchema(raw).facts['offline-metrics']!.resultsTables!.methodHeads('Method')).toBe(true);
  });
});
