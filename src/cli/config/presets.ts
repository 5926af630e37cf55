/** The built-in presets a config can extend: `recommended` (heard's defaults) and `strict`. */
import { builtinRules, type RuleSetting, type Severity } from '../../index.ts';
import type { ConfigFile } from './schema.ts';

const empty = (): ConfigFile => ({ extends: [], rules: {}, minScores: {}, weights: {}, phrases: [], ignore: [], field: undefined });

const RAISE: Record<Severity, Severity> = { info: 'warning', warning: 'error', error: 'error' };

export const PRESETS: Readonly<Record<string, () => ConfigFile>> = {
  /** Every rule at its default severity; no minimum scores. */
  recommended: empty,
  /** Every rule one severity higher (info -> warning -> error) and a template must score 70 overall and 50 on each dimension. */
  strict: () => ({
    ...empty(),
    rules: Object.fromEntries(builtinRules.map((r): [string, RuleSetting] => [r.id, RAISE[r.severity]])),
    minScores: { overall: 70, empathy: 50, personalization: 50, positivity: 50, authenticity: 50, clarity: 50, followup: 50 },
  }),
};

/** `recommended`, `heard:recommended` and `heard/recommended` name the same preset. */
export function presetName(name: string): string | undefined {
  const bare = name.replace(/^heard[:/]/, '');
  return Object.hasOwn(PRESETS, bare) ? bare : undefined;
}
