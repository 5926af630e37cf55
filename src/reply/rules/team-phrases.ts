/**
 * authenticity: the team's own banned phrases (`options.phrases`), each with the team's preferred
 * wording as a safe replacement when it gives one. Off until a team lists phrases.
 */
import { capitalizeLike } from '../rewrite.ts';
import { MultiIndex, PhraseIndex, type PhraseEntry, type PhraseMatch } from '../phrases.ts';
import { defineRule, type Report, type TeamPhrases } from '../rule.ts';
import type { TeamPhrase } from '../../types.ts';

/** One index per phrase list (kept as long as the list is). */
const indexes = new WeakMap<TeamPhrases, MultiIndex>();

function indexOf(team: TeamPhrases): MultiIndex {
  let index = indexes.get(team);
  if (!index) {
    index = new MultiIndex([new PhraseIndex(team.phrases.map((p, i): PhraseEntry<TeamPhrase> => ({ tokens: team.tokens[i]!, data: p })))]);
    indexes.set(team, index);
  }
  return index;
}

export default defineRule({
  meta: {
    id: 'team-phrases',
    dimension: 'authenticity',
    description: "None of the team's own banned phrases (options.phrases / config `phrases`).",
    severity: 'warning',
    weight: 1,
  },
  check(ctx) {
    const { doc, team } = ctx;
    if (!team || team.phrases.length === 0) return { score: null, findings: [] };
    const findings: Report[] = [];
    for (const m of indexOf(team).all(doc.tokens)[0] as PhraseMatch<TeamPhrase>[]) {
      const matched = doc.text.slice(m.start, m.end);
      const p = m.entry.data;
      const why = p.message ? ` ${p.message}` : '';
      const replacement = p.replacement === undefined ? undefined : capitalizeLike(matched, p.replacement);
      findings.push({
        start: m.start,
        end: m.end,
        message: `“${matched}” is on your team's list of phrases to avoid.${why}`,
        suggestions: [replacement === undefined
          ? { message: 'Rewrite it in your own words.' }
          : { message: `Write “${replacement}” instead.`, replacement }],
      });
    }
    return { score: Math.max(0, 1 - 0.25 * findings.length), findings };
  },
});
