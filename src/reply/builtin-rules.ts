/** The built-in rules' metadata, frozen, for the public `builtinRules` export. */
import type { RuleInfo } from '../types.ts';
import { RULES } from './rules/index.ts';

export const builtinRules: readonly RuleInfo[] = Object.freeze(
  RULES.map(({ meta: { id, dimension, description, severity, options } }) => Object.freeze({ id, dimension, description, severity, options: Object.freeze({ ...options }) })),
);
