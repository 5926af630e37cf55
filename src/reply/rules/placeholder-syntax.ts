/**
 * personalization: template placeholders are well formed. An opening `{{` or `{%` that never
 * closes would reach the customer as raw template code.
 */
import { defineRule } from '../rule.ts';

export default defineRule({
  meta: {
    id: 'placeholder-syntax',
    dimension: 'personalization',
    description: 'Template placeholders open and close properly, so none reaches the customer raw.',
    severity: 'error',
    weight: 0.5,
  },
  check(ctx) {
    const { placeholders, text } = ctx.doc;
    if (placeholders.length === 0) return { score: null, findings: [] };
    const broken = placeholders.filter((p) => p.malformed);
    return {
      score: broken.length === 0 ? 1 : 0,
      findings: broken.map((p) => {
        const open = text.slice(p.start, p.end);
        const close = open === '{%' ? '%}' : '}}';
        return {
          start: p.start,
          end: p.end,
          message: `“${open}” opens a placeholder that never closes on this line; the customer would see it as typed.`,
          suggestions: [{ message: `Close it with “${close}”, or delete it.` }],
        };
      }),
    };
  },
});
