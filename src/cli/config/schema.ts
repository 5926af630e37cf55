/**
 * The configuration file's shape, and its validation: every mistake is a ConfigError naming the
 * file, the key and what was expected (exit code 2).
 */
import { builtinRules, type Dimension, type RuleLevel, type RuleOptionValue, type RuleSetting, type TeamPhrase } from '../../index.ts';
import { ConfigError, isObject } from '../errors.ts';

export const DIMENSIONS: readonly Dimension[] = ['empathy', 'personalization', 'positivity', 'authenticity', 'clarity', 'followup'];
export type MinScoreKey = Dimension | 'overall';
const LEVELS: readonly RuleLevel[] = ['off', 'info', 'warning', 'error'];
const KEYS = ['$schema', 'extends', 'rules', 'minScores', 'weights', 'phrases', 'ignore', 'field'] as const;
const RULES = new Map(builtinRules.map((r) => [r.id, r]));

/** A configuration as written, validated but not yet merged with what it extends. */
export interface ConfigFile {
  extends: string[];
  rules: Record<string, RuleSetting>;
  minScores: Partial<Record<MinScoreKey, number>>;
  weights: Partial<Record<Dimension, number>>;
  phrases: TeamPhrase[];
  /** Ignore patterns, relative to the config's folder. */
  ignore: string[];
  /** Default `--field` for collections. */
  field: string | undefined;
}

const describe = (x: unknown): string => (x === null ? 'null' : Array.isArray(x) ? 'an array' : typeof x === 'string' ? `"${x}"` : typeof x === 'object' ? 'an object' : String(x));

/** Edit distance, for "did you mean" (keys are short; inputs are capped at 64 characters). */
function distance(a: string, b: string): number {
  a = a.slice(0, 64).toLowerCase();
  b = b.slice(0, 64).toLowerCase();
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

function closest(word: string, options: readonly string[]): string {
  let best: string | undefined;
  let bestD = Math.max(1, Math.min(3, Math.floor(word.length / 3)));
  for (const o of options) {
    const d = distance(word, o);
    if (d <= bestD) [best, bestD] = [o, d - 1];
  }
  return best ? ` (did you mean "${best}"?)` : '';
}

function checkRule(file: string, id: string, setting: unknown): RuleSetting {
  const key = `rules.${id}`;
  const rule = RULES.get(id);
  if (!rule) throw new ConfigError(file, key, `unknown rule${closest(id, [...RULES.keys()])}; rules are listed in docs/rules/`);
  const level = Array.isArray(setting) ? setting[0] : setting;
  if (typeof level !== 'string' || !LEVELS.includes(level as RuleLevel)) {
    throw new ConfigError(file, Array.isArray(setting) ? `${key}[0]` : key, `expected "off", "info", "warning", "error" or [level, { options }], got ${describe(level)}`);
  }
  if (!Array.isArray(setting)) return level as RuleLevel;
  if (setting.length > 2) throw new ConfigError(file, key, 'expected [level] or [level, { options }]');
  if (setting.length === 1) return [level as RuleLevel, {}];
  const given = setting[1];
  if (!isObject(given)) throw new ConfigError(file, `${key}[1]`, `expected an object of options, got ${describe(given)}`);
  const out: Record<string, RuleOptionValue> = {};
  for (const [name, value] of Object.entries(given)) {
    const spec = rule.options[name];
    const names = Object.keys(rule.options);
    if (!spec) throw new ConfigError(file, `${key}[1].${name}`, names.length ? `unknown option; "${id}" takes ${names.join(', ')}` : `unknown option; "${id}" takes no options`);
    if (spec.type === 'number') {
      if (typeof value !== 'number' || !Number.isFinite(value)) throw new ConfigError(file, `${key}[1].${name}`, `expected a number, got ${describe(value)}`);
      if (spec.min !== undefined && value < spec.min) throw new ConfigError(file, `${key}[1].${name}`, `expected a number >= ${spec.min}, got ${value}`);
      if (spec.max !== undefined && value > spec.max) throw new ConfigError(file, `${key}[1].${name}`, `expected a number <= ${spec.max}, got ${value}`);
      out[name] = value;
    } else {
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) throw new ConfigError(file, `${key}[1].${name}`, `expected an array of strings, got ${describe(value)}`);
      out[name] = value as string[];
    }
  }
  return [level as RuleLevel, out];
}

function score(file: string, key: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 100) throw new ConfigError(file, key, `expected a number from 0 to 100, got ${describe(value)}`);
  return value;
}

function strings(file: string, key: string, value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) throw new ConfigError(file, key, `expected a string or an array of strings, got ${describe(value)}`);
  return value as string[];
}

/** Validates a parsed configuration object from `file`. */
export function validateConfig(file: string, raw: unknown): ConfigFile {
  if (!isObject(raw)) throw new ConfigError(file, '', `expected an object, got ${describe(raw)}`);
  for (const key of Object.keys(raw)) {
    if (!(KEYS as readonly string[]).includes(key)) throw new ConfigError(file, key, `unknown key${closest(key, KEYS)}; expected one of ${KEYS.filter((k) => k !== '$schema').join(', ')}`);
  }
  const config: ConfigFile = { extends: [], rules: {}, minScores: {}, weights: {}, phrases: [], ignore: [], field: undefined };
  if (raw.extends !== undefined) config.extends = strings(file, 'extends', raw.extends);
  if (raw.rules !== undefined) {
    if (!isObject(raw.rules)) throw new ConfigError(file, 'rules', `expected an object of rule id -> level, got ${describe(raw.rules)}`);
    for (const [id, setting] of Object.entries(raw.rules)) config.rules[id] = checkRule(file, id, setting);
  }
  if (raw.minScores !== undefined) {
    if (!isObject(raw.minScores)) throw new ConfigError(file, 'minScores', `expected an object like { "overall": 60, "empathy": 50 }, got ${describe(raw.minScores)}`);
    for (const [k, v] of Object.entries(raw.minScores)) {
      const keys = ['overall', ...DIMENSIONS];
      if (!keys.includes(k)) throw new ConfigError(file, `minScores.${k}`, `unknown score${closest(k, keys)}; expected one of ${keys.join(', ')}`);
      config.minScores[k as MinScoreKey] = score(file, `minScores.${k}`, v);
    }
  }
  if (raw.weights !== undefined) {
    if (!isObject(raw.weights)) throw new ConfigError(file, 'weights', `expected an object of dimension -> weight, got ${describe(raw.weights)}`);
    for (const [k, v] of Object.entries(raw.weights)) {
      if (!DIMENSIONS.includes(k as Dimension)) throw new ConfigError(file, `weights.${k}`, `unknown dimension${closest(k, DIMENSIONS)}; expected one of ${DIMENSIONS.join(', ')}`);
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw new ConfigError(file, `weights.${k}`, `expected a number >= 0, got ${describe(v)}`);
      config.weights[k as Dimension] = v;
    }
  }
  if (raw.phrases !== undefined) {
    if (!Array.isArray(raw.phrases)) throw new ConfigError(file, 'phrases', `expected an array of { phrase, replacement?, message? }, got ${describe(raw.phrases)}`);
    raw.phrases.forEach((p: unknown, i: number) => {
      const key = `phrases[${i}]`;
      const entry = typeof p === 'string' ? { phrase: p } : p;
      if (!isObject(entry)) throw new ConfigError(file, key, `expected a string or { phrase, replacement?, message? }, got ${describe(p)}`);
      for (const k of Object.keys(entry)) if (!['phrase', 'replacement', 'message'].includes(k)) throw new ConfigError(file, `${key}.${k}`, 'unknown key; expected phrase, replacement or message');
      if (typeof entry.phrase !== 'string' || !/[\p{L}\p{N}]/u.test(entry.phrase)) throw new ConfigError(file, `${key}.phrase`, `expected a phrase with at least one word, got ${describe(entry.phrase)}`);
      const out: TeamPhrase = { phrase: entry.phrase };
      for (const k of ['replacement', 'message'] as const) {
        if (entry[k] === undefined) continue;
        if (typeof entry[k] !== 'string') throw new ConfigError(file, `${key}.${k}`, `expected a string, got ${describe(entry[k])}`);
        out[k] = entry[k];
      }
      config.phrases.push(out);
    });
  }
  if (raw.ignore !== undefined) config.ignore = strings(file, 'ignore', raw.ignore);
  if (raw.field !== undefined) {
    if (typeof raw.field !== 'string' || !raw.field) throw new ConfigError(file, 'field', `expected a JSON path such as "items[].body", got ${describe(raw.field)}`);
    config.field = raw.field;
  }
  return config;
}
