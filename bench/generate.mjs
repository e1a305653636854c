// Deterministic design documents of a given length, for the benchmark.
const STEPS = [
  ['1. Clarifying requirements', 'Serve 40M daily users at 25k QPS with a p99 under 80 ms; items refresh hourly.'],
  ['2. Frame the problem as an ML task', 'ML objective: maximise bookings. Input: a user and a query. Output: a ranked list. ML category: learning to rank.'],
  ['3. Data preparation', 'Impressions, clicks and bookings are joined daily from the event logs; labels are natural.'],
  ['4. Model development', 'Baseline: popularity within the market. Then a gradient-boosted ranker with a pairwise loss.'],
  ['5. Evaluation', 'Offline metrics: nDCG@10 and MRR on the last week. Online metrics: CTR and booking rate in an A/B test.'],
  ['6. Serving', 'Online prediction: candidate generation, then ranking, then re-ranking for diversity, within 60 ms.'],
  ['7. Monitoring', 'Alert on feature drift and on booking-rate drops; retrain nightly and roll back on regressions.'],
];

const BLOCKS = [
  (n) => [`Paragraph ${n} explains a trade-off: a bigger model gains accuracy but costs latency,`, 'so the team keeps the ranker under 40 ms and caches embeddings for the head queries.', ''],
  (n) => [`- option ${n}a: precompute features hourly`, `- option ${n}b: compute them at request time`, '  - cost: one more service call', `- option ${n}c: a hybrid of both`, ''],
  (n) => ['| choice | gain | cost |', '|---|---|---|', `| variant ${n} | +1.2% bookings | +4 ms |`, '| baseline | - | - |', ''],
  (n) => [`### Detail ${n}`, '', `**Decision:** keep variant ${n} behind a flag until the experiment ends.`, ''],
  (n) => ['```python', `def score_${n}(user, items):`, '    return model.predict(features(user, items))', '```', ''],
];

export function designDoc(lines) {
  const out = ['---', 'framework: ml-system-design', 'title: Generated benchmark doc', '---', '', '# Search ranking', ''];
  const perStep = Math.max(1, Math.floor((lines - out.length) / STEPS.length));
  let block = 0;
  for (const [title, lead] of STEPS) {
    const start = out.length;
    out.push(`## ${title}`, '', lead, '');
    while (out.length - start < perStep) out.push(...BLOCKS[block % BLOCKS.length](block++));
  }
  return out.slice(0, Math.max(lines, out.length)).join('\n') + '\n';
}
