import type { RuleSetModule } from '../lib/compare/types.ts';

/** heard as shipped: every signal, every rule, the learned models. */
export default {
  description: 'heard as shipped: every emotion signal and reply rule, both learned models',
  config: {},
} satisfies RuleSetModule;
