import type { RuleSetModule } from '../lib/compare/types.ts';

/** Without the two models fitted on GoEmotions: the emotion word weights and the reply warmth model. */
export default {
  description: 'without the weights fitted on GoEmotions (emotion model signal and reply warmth model)',
  config: { signals: { model: false }, warmth: false },
} satisfies RuleSetModule;
