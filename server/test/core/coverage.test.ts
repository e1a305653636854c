import { describe, expect, it } from 'vitest';
import { coverage } from '../../src/core/index.js';
import { check, COMPLETE, optIn } from '../helpers.js';

describe('coverage', () => {
  it('counts the steps written, names the missing ones, counts the empty ones, and lists every gap in order', () => {
    const text = COMPLETE.replace(/## 6\. Serving[\s\S]*$/, '## 6. Serving\n');
    const summary = coverage(check(text))!;
    expect(summary).toMatchObject({ covered: 5, total: 7, missing: ['Monitoring'], empty: ['Deployment and serving'] });
    expect(summary.label).toBe('Framework coverage 5/7 · missing: Monitoring · 1 empty');
    expect(summary.gaps.map((g) => g.line)).toEqual([...summary.gaps.map((g) => g.line)].sort((a, b) => a - b));
  });

  it('says where a step written inside another part was found', () => {
    const text = COMPLETE.replace(/## 7\. Monitoring\n\n.*\n/, '').replace('20 ms budget.', '20 ms budget.\n\nWe alert on feature drift and on CTR drops, and retrain daily.');
    const line = text.split('\n').indexOf('We alert on feature drift and on CTR drops, and retrain daily.') + 1;
    const summary = coverage(check(text))!;
    expect(summary.foundInside).toEqual([`Monitoring under “6. Serving”, line ${line}`]);
    expect(summary.label).toBe(`Framework coverage 7/7 · Monitoring under “6. Serving”, line ${line}`);
  });

  it('says what is left when every step is written but facts are missing, and nothing for unchecked documents', () => {
    expect(coverage(check(COMPLETE))!.label).toBe('Framework coverage 7/7');
    expect(coverage(check(COMPLETE.replace('Baseline: logistic regression on hashed features. ', '')))!.label).toBe('Framework coverage 7/7 · 1 to address');
    expect(coverage(check('# Readme\n\nHello.\n', { path: 'README.md' }))).toBeUndefined();
    expect(coverage(check(optIn('# Only a title\n')))!.label).toBe('Framework coverage 0/7 · missing: Clarifying requirements, Frame the problem as an ML task, Data preparation, Model development, Evaluation, Deployment and serving, Monitoring');
  });
});
