import type { RuleSetModule } from '../lib/compare/types.ts';

/** Negation scopes off: "not angry" counts as angry, "not working" is not found. */
export default {
  description: 'negation scopes off ("not angry" reads as angry)',
  config: { signals: { negation: false } },
} satisfies RuleSetModule;
