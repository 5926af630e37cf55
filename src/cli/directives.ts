/**
 * Inline directives in template comments, as in ESLint and alex:
 * `heard-disable [rule-ids]` … `heard-enable [rule-ids]` (a range, to the end when never
 * enabled), `heard-disable-next-line [rule-ids]`, `heard-disable-line [rule-ids]`. No ids means
 * every rule; ids are separated by spaces or commas; anything after ` -- ` is a reason.
 * Positions are in the template's text coordinates.
 */
import type { Comment } from './types.ts';

type Kind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line';

export interface Directive {
  kind: Kind;
  /** Rule ids, or null for all rules. */
  rules: string[] | null;
  comment: Comment;
}

const DIRECTIVE = /^heard-(disable-next-line|disable-line|disable|enable)(?=$|\s)(.*)$/s;

export function parseDirectives(comments: readonly Comment[]): Directive[] {
  const out: Directive[] = [];
  for (const comment of comments) {
    const m = DIRECTIVE.exec(comment.body.trim());
    if (!m) continue;
    const list = m[2]!.split(' -- ')[0]!.split(/[\s,]+/).filter(Boolean);
    out.push({ kind: m[1] as Kind, rules: list.length ? list : null, comment });
  }
  return out;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Answers "is rule r disabled at offset s?" for one template. */
export class Suppressions {
  private readonly starts: number[];

  constructor(
    text: string,
    private readonly directives: readonly Directive[],
  ) {
    this.starts = lineStarts(text);
  }

  /** Rule ids the directives name, for checking against the known rules. */
  named(): { rule: string; comment: Comment }[] {
    return this.directives.flatMap((d) => (d.rules ?? []).map((rule) => ({ rule, comment: d.comment })));
  }

  /** A template-wide check (min-score): disabled by any `heard-disable` naming it (or all rules). */
  disabledInTemplate(ruleId: string): boolean {
    return this.directives.some((d) => d.kind === 'disable' && (d.rules === null || d.rules.includes(ruleId)));
  }

  disabled(ruleId: string, start: number): boolean {
    const names = (d: Directive): boolean => d.rules === null || d.rules.includes(ruleId);
    const line = lineOf(this.starts, start);
    let off = false;
    for (const d of this.directives) {
      if (!names(d)) continue;
      if (d.kind === 'disable-next-line') {
        if (lineOf(this.starts, d.comment.end) + 1 === line) return true;
      } else if (d.kind === 'disable-line') {
        if (lineOf(this.starts, d.comment.start) === line || lineOf(this.starts, d.comment.end) === line) return true;
      } else if (d.kind === 'disable') {
        if (d.comment.start <= start) off = true;
      } else if (d.comment.start <= start) off = false;
    }
    return off;
  }
}
