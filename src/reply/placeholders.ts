/**
 * Template placeholders in a reply: `{{ticket.requester.first_name}}`, `{% if x %}`,
 * `{first_name}`, `%customer.firstName%`, `[name]`. They are template code, not text: the
 * rules never flag words inside them, and a name placeholder counts as using the customer's
 * name. One left-to-right scan, each candidate bounded in length: linear time.
 */
import type { Span } from '../types.ts';

export interface Placeholder extends Span {
  /** `name`: the customer's name; `agent`: the agent's; `other`: any other field or tag. */
  kind: 'name' | 'agent' | 'other';
  /** An opening `{{` or `{%` that never closes: a template error worth reporting. */
  malformed: boolean;
}

const MAX_INNER = 120;
/** `customer.firstName` or `user.fullName,fallback=…`: a dotted field, no spaces before the first comma (bounded by MAX_INNER). */
const HELPSCOUT_FIELD = /^[A-Za-z]+\.[A-Za-z.]+(?:,|$)/;

function isField(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 45;
}

function kindOf(inner: string): Placeholder['kind'] {
  const k = inner.toLowerCase().replace(/[^a-z]/g, '');
  if (/agent|currentuser|assignee|sender|signature|staff|yourname|myname|rep(name)?$/.test(k)) return 'agent';
  // Names of things are fields, not the customer: {{product_name}}, {{organization.name}}, [company name].
  if (/product|organi[sz]ation|company|business|store|shop|brand|plan|item|team|group|department|file|event|course/.test(k)) return 'other';
  if (/name|first|requester|customer|recipient|contact|client/.test(k)) return 'name';
  return 'other';
}

/** Index of `close` in text within [from, from + MAX_INNER] on the same line, or -1. */
function closing(text: string, from: number, close: string): number {
  const limit = Math.min(text.length, from + MAX_INNER + close.length);
  for (let j = from; j + close.length <= limit; j++) {
    const c = text.charCodeAt(j);
    if (c === 10 || c === 13) return -1;
    if (text.startsWith(close, j)) return j;
  }
  return -1;
}

export function findPlaceholders(text: string): Placeholder[] {
  const out: Placeholder[] = [];
  const n = text.length;
  // Next "{", "%" and "[" at or after i (-1: none left): the text between them is skipped with
  // indexOf instead of read one code unit at a time. Each only moves forward: linear in all.
  let brace = text.indexOf('{');
  let percent = text.indexOf('%');
  let bracket = text.indexOf('[');
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c !== 123 && c !== 37 && c !== 91) {
      if (brace >= 0 && brace < i) brace = text.indexOf('{', i);
      if (percent >= 0 && percent < i) percent = text.indexOf('%', i);
      if (bracket >= 0 && bracket < i) bracket = text.indexOf('[', i);
      let next = n;
      if (brace >= 0 && brace < next) next = brace;
      if (percent >= 0 && percent < next) next = percent;
      if (bracket >= 0 && bracket < next) next = bracket;
      i = next;
      continue;
    }
    // {{ ... }}, {{{ ... }}}, {% ... %}
    if (c === 123 && (text.charCodeAt(i + 1) === 123 || text.charCodeAt(i + 1) === 37)) {
      const tag = text.charCodeAt(i + 1) === 37;
      const close = tag ? '%}' : '}}';
      const end = closing(text, i + 2, close);
      if (end < 0) {
        out.push({ start: i, end: i + 2, kind: 'other', malformed: true });
        i += 2;
        continue;
      }
      let stop = end + 2;
      if (!tag && text.charCodeAt(stop) === 125) stop++; // triple-stash
      const inner = text.slice(i + 2, end);
      // A Liquid tag ({% if x %}) is code; Help Scout's {%customer.firstName,fallback=there%} is a field.
      const kind = !tag ? kindOf(inner) : HELPSCOUT_FIELD.test(inner) ? kindOf(inner.split(',')[0]!) : 'other';
      out.push({ start: i, end: stop, kind, malformed: false });
      i = stop;
      continue;
    }
    // {field}, %field%, [Field Name]
    if (c === 123 || c === 37 || c === 91) {
      const close = c === 123 ? 125 : c === 37 ? 37 : 93;
      let j = i + 1;
      let letters = 0;
      while (j < n && j - i <= MAX_INNER) {
        const d = text.charCodeAt(j);
        if (isField(d)) { if ((d | 0x20) >= 97 && (d | 0x20) <= 122) letters++; j++; continue; }
        if (d === 32 && c === 91) { j++; continue; } // [Customer Name]
        break;
      }
      const closed = j < n && text.charCodeAt(j) === close && letters > 0;
      // "[click here](https://…)" is a Markdown link, not a placeholder.
      const link = c === 91 && text.charCodeAt(j + 1) === 40;
      // "%" needs a letter right after it ("20% off and 10%" is not a field).
      const percentOk = c !== 37 || isField(text.charCodeAt(i + 1));
      if (closed && !link && percentOk && text.charCodeAt(j - 1) !== 32) {
        out.push({ start: i, end: j + 1, kind: kindOf(text.slice(i + 1, j)), malformed: false });
        i = j + 1;
        continue;
      }
    }
    i++;
  }
  return out;
}
