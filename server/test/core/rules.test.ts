/** Each rule fires on the gap it names, and only there. */
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/core/index.js';
import { check, COMPLETE, describe as show, optIn, rules } from '../helpers.js';

const without = (pattern: RegExp | string, replacement = '') => COMPLETE.replace(pattern, replacement);

describe('rules', () => {
  it('have unique, stable ids and complete metadata', () => {
    const ids = RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(rule.description.length).toBeGreaterThan(10);
      expect(rule.docs).toBe(`https://github.com/mlsd-tools/mlsd/blob/main/docs/rules/${rule.id}.md`);
    }
  });

  it('missing-section: one finding per missing step, with a fix', () => {
    const analysis = check(without(/## 3\. Data preparation\n\n.*\n\n/));
    expect(show(analysis.findings)).toBe('16:1-16:24 error missing-section [data] Missing step 3 of 7: "Data preparation" (fix: Add the "Data preparation" section)');
  });

  it('empty-section: a heading with nothing under it', () => {
    expect(show(check(without('Alerts on feature drift and on CTR drops; daily retraining.\n')).findings)).toBe(
      '33:1-33:17 warning empty-section [monitoring] Monitoring section is empty',
    );
  });

  it('empty-section: an empty labelled sub-section without facts of its own is not double-reported', () => {
    const text = COMPLETE.replace('Offline metrics: normalized cross-entropy and ROC-AUC.', '**Offline metrics:**\n\nOnline metrics: none yet.');
    expect(rules(check(text))).toEqual(['missing-offline-metrics']);
  });

  it('duplicate-section: two separate headings for one step', () => {
    const text = COMPLETE + '\n## Evaluation\n\nMore metrics: MRR.\n';
    expect(show(check(text).findings)).toBe(
      '37:1-37:14 warning duplicate-section [evaluation] Second "Evaluation" section (the first is "5. Evaluation" on line 24): merge them',
    );
  });

  it('duplicate-section: a heading that only mentions the step is not a duplicate', () => {
    const text = COMPLETE.replace('## 4. Model development', '## 4. Model development and offline evaluation');
    expect(rules(check(text))).toEqual([]);
  });

  it.each([
    ['missing-baseline', 'Baseline: logistic regression on hashed features. Then a deep & cross network.', 'A deep & cross network.', 'model'],
    ['missing-offline-metrics', 'Offline metrics: normalized cross-entropy and ROC-AUC.', 'We will pick offline measures later.', 'evaluation'],
    ['missing-online-metrics', 'Online metrics: CTR and revenue lift in an A/B test.', 'Launch after review.', 'evaluation'],
    ['missing-serving-mode', 'Online prediction behind the ad server, 20 ms budget.', 'A model server behind the ad server.', 'serving'],
    ['missing-monitoring', 'Alerts on feature drift and on CTR drops; daily retraining.', 'A dashboard owned by the ads team.', 'monitoring'],
    ['missing-ml-category', 'ML category: binary classification.', 'It is a supervised problem.', 'framing'],
  ])('%s fires when the fact is not stated', (rule, fact, replacement, section) => {
    const analysis = check(COMPLETE.replace(fact, replacement));
    expect(analysis.findings.map((f) => `${f.rule}:${f.section}`)).toEqual([`${rule}:${section}`]);
  });

  it('missing-ml-objective and missing-input-output fire on a framing that states neither', () => {
    const text = COMPLETE.replace(
      'ML objective: maximise the number of clicks. Input: a user and a candidate ad. Output: the click probability.',
      'We treat it as ML.',
    );
    expect(rules(check(text))).toEqual(['missing-input-output', 'missing-ml-objective']);
  });

  it('fact rules stay quiet when the step itself is missing or empty', () => {
    const text = COMPLETE.replace(/## 5\. Evaluation\n\n.*\n.*\n/, '## 5. Evaluation\n');
    expect(rules(check(text))).toEqual(['empty-section']);
  });

  it('metric-category-mismatch: a ranking problem judged only by accuracy', () => {
    const text = COMPLETE.replace('ML category: binary classification.', 'ML category: learning to rank.').replace(
      'normalized cross-entropy and ROC-AUC',
      'accuracy',
    );
    const finding = check(text).findings.find((f) => f.rule === 'metric-category-mismatch')!;
    expect(finding.message).toBe('Offline metrics (accuracy) do not fit a ranking problem: consider precision@k, recall@k, MRR, mAP');
    expect(finding.range.start.line).toBe(25);
  });

  it('metric-category-mismatch: quiet when one metric fits or no category is named', () => {
    expect(rules(check(COMPLETE.replace('normalized cross-entropy and ROC-AUC', 'accuracy and nDCG')))).toEqual([]);
    const noCategory = COMPLETE.replace('ML category: binary classification.', '').replace('normalized cross-entropy and ROC-AUC', 'nDCG');
    expect(rules(check(noCategory))).not.toContain('metric-category-mismatch');
  });

  it('frontmatter-error: values outside what the schema allows', () => {
    const text = COMPLETE.replace('framework: ml-system-design', 'framework: ml-system-design\nstatus: finished\ncase: [1, 2]');
    expect(show(check(text).findings)).toBe(
      [
        `3:9-3:17 error frontmatter-error "status" is "finished"; expected one of: draft, review, approved, superseded`,
        `4:7-4:13 error frontmatter-error "case" is [1,2]; expected one of: visual-search, street-view-blurring, video-search, harmful-content-detection, video-recommendation, event-recommendation, ad-click-prediction, similar-listings, personalized-news-feed, people-you-may-know, blank`,
      ].join('\n'),
    );
  });

  it('frontmatter-error: frontmatter that is not a mapping', () => {
    expect(show(check('---\n- a\n- b\n---\n', { forceSchema: 'ml-system-design' }).findings.filter((f) => f.rule === 'frontmatter-error'))).toBe(
      '1:1-1:4 error frontmatter-error Frontmatter must be a mapping of keys to values',
    );
  });

  it('a document with every gap gets one finding per gap, not a wall', () => {
    const analysis = check(optIn('# Draft\n\n## Requirements\n\nServe 1M users.\n'));
    expect(rules(analysis)).toEqual(Array(6).fill('missing-section'));
  });
});
