/** The `mlsd.*` settings, typed, with one pure mapping from whatever the client sends. */
import { DEFAULT_INCLUDE, RULES, type RuleSetting } from './core/index.js';

export interface Settings {
  enable: boolean;
  include: string[];
  rules: Record<string, RuleSetting>;
}

export const DEFAULT_SETTINGS: Settings = { enable: true, include: [...DEFAULT_INCLUDE], rules: {} };

const LEVELS = new Set<RuleSetting>(['error', 'warning', 'information', 'hint', 'off']);
const RULE_IDS = new Set(RULES.map((rule) => rule.id));

/** Anything the client sends for the `mlsd` section, made safe: unknown or malformed values fall back to defaults. */
export function toSettings(raw: unknown): Settings {
  if (!raw || typeof raw !== 'object') return DEFAULT_SETTINGS;
  const value = raw as Record<string, unknown>;
  const rules: Record<string, RuleSetting> = {};
  if (value.rules && typeof value.rules === 'object') {
    for (const [id, level] of Object.entries(value.rules as Record<string, unknown>)) {
      if (RULE_IDS.has(id) && LEVELS.has(level as RuleSetting)) rules[id] = level as RuleSetting;
    }
  }
  return {
    enable: typeof value.enable === 'boolean' ? value.enable : DEFAULT_SETTINGS.enable,
    include:
      Array.isArray(value.include) && value.include.every((glob) => typeof glob === 'string')
        ? (value.include as string[])
        : DEFAULT_SETTINGS.include,
    rules,
  };
}
