/**
 * personalization: the reply refers to the specifics of the customer's message (order
 * numbers, amounts, dates, the product or device, what they already tried), so it reads as
 * an answer to them rather than to anyone. Applies only when a message with specifics is given.
 */
import { NUM, WORD, type Token } from '../../text/tokenize.ts';
import { openingAnchor } from '../anchors.ts';
import { stemKey, type Specific } from '../message.ts';
import { defineRule } from '../rule.ts';

function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** Above this many specifics, the reply's tokens are looked up in Maps of their keys; below, compared with each. */
const SCAN_LIMIT = 8;

/**
 * Indices of the specifics the reply repeats: by digits for ids, else by word or its first
 * five letters (stemKey). Few specifics (the usual case): each token is compared with each, no
 * key string built per token. Many: Maps of the keys, so each token costs a few lookups
 * whatever their number.
 */
function referencedBy(specifics: readonly Specific[], tokens: readonly Token[]): Set<number> {
  const found = new Set<number>();
  if (specifics.length <= SCAN_LIMIT) {
    // stemKey(norm) === stem, without slicing norm: a stem shorter than five letters is the whole key.
    const stems = specifics.map((s) => (s.kind === 'id' ? s.key : stemKey(s.key)));
    // First code unit of each stem (-1 for an empty one), compared before the strings.
    const firsts = stems.map((s) => (s.length > 0 ? s.charCodeAt(0) : -1));
    for (const t of tokens) {
      if (t.kind !== WORD && t.kind !== NUM) continue;
      const norm = t.norm;
      const first = norm.charCodeAt(0);
      let digits: string | undefined;
      for (let k = 0; k < specifics.length; k++) {
        if (specifics[k]!.kind === 'id') {
          if (digits === undefined) digits = hasDigit(norm) ? norm.replace(/\D/g, '') : '\0';
          if (digits === stems[k]) found.add(k);
        } else {
          const stem = stems[k]!;
          const f = firsts[k]!;
          if ((f === -1 || f === first) && (stem.length < 5 ? norm === stem : norm.length >= 5 && norm.startsWith(stem))) found.add(k);
        }
      }
    }
    return found;
  }
  const ids = new Map<string, number[]>();
  const keys = new Map<string, number[]>();
  const stems = new Map<string, number[]>();
  const put = (m: Map<string, number[]>, key: string, k: number): void => {
    const list = m.get(key);
    if (list) list.push(k);
    else m.set(key, [k]);
  };
  specifics.forEach((s, k) => {
    if (s.kind === 'id') put(ids, s.key, k);
    else {
      put(keys, s.key, k);
      put(stems, stemKey(s.key), k);
    }
  });
  const mark = (list: number[] | undefined): void => {
    if (list) for (const k of list) found.add(k);
  };
  for (const t of tokens) {
    if (t.kind !== WORD && t.kind !== NUM) continue;
    if (hasDigit(t.norm)) mark(ids.get(t.norm.replace(/\D/g, '')));
    mark(keys.get(t.norm));
    mark(stems.get(stemKey(t.norm)));
  }
  return found;
}

export default defineRule({
  meta: {
    id: 'reference-specifics',
    dimension: 'personalization',
    description: "Refers to the specifics of the customer's message: ids, amounts, dates, products, what they tried.",
    severity: 'warning',
    weight: 1.5,
  },
  check(ctx) {
    const specifics = ctx.message?.specifics ?? [];
    if (specifics.length === 0) return { score: null, findings: [] };
    const found = referencedBy(specifics, ctx.doc.tokens);
    const referenced = specifics.filter((_, k) => found.has(k));
    if (referenced.length > 0) {
      return { score: Math.min(1, 0.6 + (0.4 * referenced.length) / Math.min(3, specifics.length)), findings: [] };
    }
    // The first three, quoted: “a”, “b”, “c”.
    let named = '';
    for (let k = 0; k < specifics.length && k < 3; k++) named += `${k > 0 ? ', ' : ''}“${specifics[k]!.text}”`;
    const anchor = openingAnchor(ctx.doc);
    return {
      score: 0.2,
      findings: [{
        start: anchor.start,
        end: anchor.end,
        message: `The reply mentions none of the specifics the customer gave (${named}), so it could answer anyone.`,
        suggestions: [{ message: `Refer to them, for example ${named}, so the customer sees their message was read.` }],
      }],
    };
  },
});
