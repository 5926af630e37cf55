import type { RuleSetModule } from '../lib/compare/types.ts';

/** Only the hand-written lexicons: emotion cue phrases (with negation) and the reply rules, no learned model, no other signal. */
export default {
  description: 'lexicon cues with negation only (no learned weights, no caps/punctuation/time/sarcasm/sign-off signals); reply rules without the warmth model',
  config: {
    signals: { 'negated-positive': false, sarcasm: false, signoff: false, caps: false, punctuation: false, time: false, contradiction: false, model: false },
    warmth: false,
  },
} satisfies RuleSetModule;
