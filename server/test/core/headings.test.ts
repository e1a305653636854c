import { describe, expect, it } from 'vitest';
import { normalizeHeading } from '../../src/core/headings.js';
import { bundledSchema } from '../helpers.js';

describe('normalizeHeading', () => {
  it.each([
    ['5. Evaluation', 'evaluation'],
    ['Step 5 – Evaluation', 'evaluation'],
    ['Step 5: Evaluation', 'evaluation'],
    ['5) Evaluation:', 'evaluation'],
    ['IV. Model development', 'model development'],
    ['🚀 Deployment!', 'deployment'],
    ['5. Evaluation ✅', 'evaluation'],
    ['**Data**', 'data'],
    ['2.1 ML objective', 'ml objective'],
    ['Input/Output', 'input and output'],
    ['Data & Features', 'data and features'],
    ['Évaluation', 'evaluation'],
    ['Metrics (Offline and Online)', 'metrics offline and online'],
    // The page, tab or slide of a tool's export.
    ['📄 Page: Open questions', 'open questions'],
    ['Slide 4 · Enfoque', 'enfoque'],
    ['Tab 1 — Summary', 'summary'],
    ['SECTION: MODEL IDEAS', 'model ideas'],
    ['Diapositiva 7 — Qué entra al modelo', 'que entra al modelo'],
    ['Part-time staff', 'part time staff'],
  ])('%s → %s', (heading, expected) => {
    expect(normalizeHeading(heading)).toBe(expected);
  });

  it('keeps a heading that is only a number', () => {
    expect(normalizeHeading('2024')).toBe('2024');
  });
});

describe('alias matching', () => {
  const schema = bundledSchema();
  const ids = (text: string) => schema.aliases.match(text).map((m) => `${m.section.id}${m.strong ? '' : '~'}`);

  it('matches whole aliases strongly', () => {
    expect(ids('6. Model Serving')).toEqual(['serving']);
    expect(ids('Monitoring and maintenance')).toEqual(['monitoring']);
    expect(ids('Offline metrics')).toEqual(['offline-metrics']);
  });

  it('finds every step a compound heading names, weakly', () => {
    expect(ids('Model Development and Offline Evaluation')).toEqual(['model~', 'evaluation~', 'offline-metrics~']);
    expect(ids('Scaling, Monitoring, and Updates')).toContain('monitoring');
  });

  it('prefers the longest alias inside a heading', () => {
    expect(ids('Our model serving stack')).toEqual(['serving~']);
    // A request's way through the system is architecture, not online or offline metrics.
    expect(ids('Step 6: Online path / Offline path')).toEqual(['serving~']);
    expect(ids('Ruta online y ruta offline')).toEqual(['serving~']);
    expect(ids('Online')).toEqual(['online-metrics']);
  });

  it('reads "post deployment" as the monitoring in every language MLSD reads', () => {
    for (const heading of ['7. Post-despliegue', 'Nach dem Go-live', 'Après la mise en production', 'Pós-implantação', 'После внедрения', '上线后', 'リリース後', '출시 후']) {
      expect(ids(heading), heading).toEqual(['monitoring']);
    }
  });

  it('matches nothing in unrelated headings', () => {
    expect(ids('Installation')).toEqual([]);
    expect(ids('Acknowledgements')).toEqual([]);
  });
});

describe('headings in other languages', () => {
  const schema = bundledSchema();
  const ids = (text: string) => schema.aliases.match(text).map((m) => `${m.section.id}${m.strong ? '' : '~'}`);

  it.each([
    ['一、需求澄清', 'requirements'],
    ['（二）问题定义', 'framing'],
    ['第3步 数据准备', 'data'],
    ['五、评估指标', 'evaluation'],
    ['要件定義', 'requirements'],
    ['デプロイ', 'serving'],
    ['모니터링', 'monitoring'],
    ['4. Модель', 'model'],
    ['Шаг 6. Развёртывание', 'serving'],
    ['Planteamiento del problema', 'framing'],
    ['Überwachung', 'monitoring'],
    ['Évaluation', 'evaluation'],
    ['Implantação', 'serving'],
  ])('%s → %s', (heading, id) => {
    expect(ids(heading)).toEqual([id]);
  });

  it('finds aliases inside unspaced headings, longest first', () => {
    expect(ids('模型评估与上线')).toEqual(['evaluation~', 'serving~']);
    expect(ids('Surveillance du modèle en production')).toEqual(['monitoring~']);
    expect(ids('Monitoring in production')).toEqual(['monitoring~']);
  });

  it('reads Korean headings however their compounds are spaced, and nouns inside their particles', () => {
    expect(ids('시범운영')).toEqual(ids('시범 운영'));
    expect(ids('시범운영')).toEqual(['online-metrics']);
    expect(ids('성과 측정 (2개월 시범운영)')).toEqual(['online-metrics~']);
    expect(ids('평가지표')).toEqual(ids('평가 지표'));
    expect(ids('데이터의 수집')).toEqual(['data~']);
  });
});

describe('asides', () => {
  const schema = bundledSchema();

  it('reads feedback with its giver\'s name as the aside, and a step\'s name beside it as no aside', () => {
    for (const heading of ['Фидбек Андрея', "Sabine's feedback", 'Sabines Feedback', '老周的反馈', '田中さんの講評', '지훈님 피드백', 'Feedback (Jihun)', 'References / further reading',
      // The word for whose, and a note in parentheses after the name.
      'Feedback from Priya', 'Feedback von Jonas', 'Feedback da Camila', 'Фидбек от Андрея', 'Feedback from Dana (paraphrased)',
      // A design review's findings are what the reviewers ask for.
      '2. 指摘事項', 'Review findings', '지적 사항', 'Feedback notes (Priya)',
      // A glossary, as every language heads it.
      '1.2 用語定義', 'Glossar', 'Termes et définitions', 'Термины и определения', '术语表', '용어 정의',
      // A table of contents in the other languages.
      'Sumário', 'Sommaire', 'Inhaltsverzeichnis', '目次', '목차']) {
      expect(schema.isAside(heading), heading).toBe(true);
    }
    for (const heading of ['Model feedback', 'Feedback Modell', 'User Feedback', 'Monitoring / references', 'Feedback from Monitoring', 'Feedback de Modelo']) {
      expect(schema.isAside(heading), heading).toBe(false);
    }
  });

  it('reads a chapter\'s summary and a roadmap as closing parts, as conclusions are', () => {
    for (const heading of ['4.8 Bilan du chapitre', '本章小结', 'Chapter summary', 'Roadmap', '🗺️ 路线图', 'Hoja de ruta']) {
      expect(schema.isClosing(heading), heading).toBe(true);
    }
    expect(schema.isClosing('Rollout plan')).toBe(false);
  });

  it('judges a heading with a long run of spaces in one pass', () => {
    // A pattern tried at every position of the run once took seconds for a few tens of thousands of spaces.
    expect(schema.isAside(`Feedback${' '.repeat(300_000)}(Jihun)`)).toBe(true);
    expect(schema.isAside(`References${' '.repeat(300_000)}/ links`)).toBe(true);
    expect(schema.isAside(`a${' '.repeat(300_000)}b`)).toBe(false);
  });
});
