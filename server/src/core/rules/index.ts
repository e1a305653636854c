/** Every rule, in the order their findings are produced. */
import documentTooComplex from './document-too-complex.js';
import documentTooLarge from './document-too-large.js';
import duplicateSection from './duplicate-section.js';
import emptySection from './empty-section.js';
import frontmatterError from './frontmatter-error.js';
import leftoverPlaceholder from './leftover-placeholder.js';
import metricCategoryMismatch from './metric-category-mismatch.js';
import missingBaseline from './missing-baseline.js';
import missingFact from './missing-fact.js';
import missingInputOutput from './missing-input-output.js';
import missingMlCategory from './missing-ml-category.js';
import missingMlObjective from './missing-ml-objective.js';
import missingMonitoring from './missing-monitoring.js';
import missingOfflineMetrics from './missing-offline-metrics.js';
import missingOnlineMetrics from './missing-online-metrics.js';
import missingSection from './missing-section.js';
import missingServingMode from './missing-serving-mode.js';
import type { Rule } from './rule.js';
import schemaError from './schema-error.js';

export const RULES: readonly Rule[] = [
  frontmatterError,
  schemaError,
  documentTooLarge,
  documentTooComplex,
  missingSection,
  emptySection,
  duplicateSection,
  missingMlObjective,
  missingInputOutput,
  missingMlCategory,
  missingBaseline,
  missingOfflineMetrics,
  missingOnlineMetrics,
  metricCategoryMismatch,
  missingServingMode,
  missingMonitoring,
  missingFact,
  leftoverPlaceholder,
];

export type { Rule };
