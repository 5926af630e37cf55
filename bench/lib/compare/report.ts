/** The comparison as Markdown (stdout) and as a self-contained HTML page with SVG charts. */
import { significant } from './bootstrap.ts';
import type { Contribution } from './ablate.ts';
import type { Estimate, MetricRow, RuleSet } from './types.ts';

export interface Comparison {
  sets: readonly RuleSet[];
  rows: readonly MetricRow[];
  speed: readonly { detect: number; score: number }[];
  ablation?: { base: string; contributions: readonly Contribution[] } | undefined;
  timing?: readonly { set: string; rules: readonly { id: string; microseconds: number }[]; signals: readonly { id: string; microseconds: number }[] }[] | undefined;
  skipped: readonly string[];
  bootstrap: number;
  seed: number;
}

const f3 = (x: number): string => (Number.isFinite(x) ? x.toFixed(3) : '–');
const sign = (x: number): string => (Number.isFinite(x) ? `${x >= 0 ? '+' : ''}${x.toFixed(3)}` : '–');
const ci = (e: Estimate): string => `[${f3(e.lo)}, ${f3(e.hi)}]`;
const int = (x: number): string => (Number.isFinite(x) ? Math.round(x).toLocaleString('en-US') : '–');

function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const head = `| ${headers.join(' | ')} |\n| ${headers.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`;
  return [head, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

export function markdown(c: Comparison): string {
  const names = c.sets.map((s) => s.name);
  const out: string[] = ['# Rule sets compared', ''];
  out.push(table(['rule set', 'what it changes'], c.sets.map((s) => [`\`${s.name}\``, s.description])), '');
  out.push(`Values with 95% bootstrap intervals (${c.bootstrap} resamples, seed ${c.seed}); Δ is each rule set minus \`${names[0]}\` on the same resamples, **bold** when its interval excludes 0.`, '');
  let task = '';
  const rows: string[][] = [];
  for (const r of c.rows) {
    if (r.task !== task) {
      task = r.task;
      rows.push([`**${task}**`, ...names.map(() => '')]);
    }
    rows.push([r.metric, ...r.values.map((v, i) => {
      const base = `${f3(v.value)} ${ci(v)}`;
      if (i === 0) return base;
      const d = r.deltas[i]!;
      const delta = `Δ ${sign(d.value)}`;
      return `${base} ${significant(d) ? `**${delta}**` : delta}`;
    })]);
  }
  out.push(table(['metric', ...names.map((n) => `\`${n}\``)], rows), '');
  out.push('## Speed', '', 'Each rule set in a fresh process, measured in turns, median of 3, per second of CPU time (detectEmotions on bench/corpus/speed.txt; scoreReply on the fixture replies with their messages).', '', table(['', ...names.map((n) => `\`${n}\``)], [
    ['detectEmotions texts/s', ...c.speed.map((s) => int(s.detect))],
    ['scoreReply replies/s', ...c.speed.map((s) => int(s.score))],
    ['detect, ratio to first', ...c.speed.map((s) => `${(s.detect / c.speed[0]!.detect).toFixed(2)}x`)],
  ]), '');
  if (c.ablation) {
    out.push(`## Ablation of \`${c.ablation.base}\` (dev tasks only)`, '');
    out.push('Each component removed in turn. Contribution = score with it − score without it (positive: it helps), with paired 95% intervals. Rules are ranked by reply-pair accuracy over all pairs, then by their own dimension\'s; signals by fixtures macro-F1, then GoEmotions dev macro-F1. "Largest effect" is the biggest change on any metric whose interval excludes 0. Cost: µs per reply in a rule\'s check, µs per message in a signal (negation scopes are computed while preparing the text, so they have no separate cost).', '');
    const cell = (x: Contribution, m: string | undefined): string => {
      const d = m ? x.deltas[m] : undefined;
      return d ? `${significant(d) ? '**' : ''}${sign(d.value)}${significant(d) ? '**' : ''} ${ci(d)}` : '–';
    };
    out.push(table(['component', 'kind', 'primary', 'secondary', 'largest effect', 'cost', 'verdict'], c.ablation.contributions.map((x) => {
      const any = x.largest !== undefined;
      const helps = any && x.largest!.e.value > 0;
      const verdict = !any ? 'no measurable effect on dev' : helps ? 'helps' : 'hurts on dev';
      const cost = Number.isFinite(x.cost) ? `${x.cost.toFixed(2)} µs` : '–';
      const largest = x.largest ? `${x.largest.metric}: ${sign(x.largest.e.value)}` : '–';
      return [`\`${x.component}\``, x.kind, cell(x, x.primary), cell(x, x.secondary), largest, cost, verdict];
    })), '');
  }
  if (c.timing) {
    for (const t of c.timing) {
      const total = t.rules.reduce((s, r) => s + r.microseconds, 0);
      out.push(`## Time per rule: \`${t.set}\``, '', table(['rule', 'µs per reply', 'share'], t.rules.map((r) => [`\`${r.id}\``, r.microseconds.toFixed(2), `${((100 * r.microseconds) / total).toFixed(1)}%`])), '');
      const stotal = t.signals.reduce((s, r) => s + r.microseconds, 0);
      out.push(`## Time per signal: \`${t.set}\``, '', table(['signal', 'µs per message', 'share'], t.signals.map((r) => [`\`${r.id}\``, r.microseconds.toFixed(2), `${((100 * r.microseconds) / stotal).toFixed(1)}%`])), '');
    }
  }
  if (c.skipped.length) out.push('Skipped: ' + c.skipped.join('; '), '');
  return out.join('\n');
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const COLORS = ['#4e79a7', '#f28e2b', '#59a14f', '#e15759', '#76b7b2', '#b07aa1', '#edc948', '#9c755f'];

/** Horizontal bars with interval whiskers, one group per label. */
function bars(groups: readonly { label: string; items: readonly { name: string; e: Estimate }[] }[], lo: number, hi: number, names: readonly string[]): string {
  const rowH = 14;
  const left = 230;
  const width = 420;
  const x = (v: number): number => left + ((Math.min(hi, Math.max(lo, v)) - lo) / (hi - lo || 1)) * width;
  let y = 20;
  const parts: string[] = [];
  for (const g of groups) {
    parts.push(`<text x="0" y="${y + 10}" font-weight="bold">${esc(g.label)}</text>`);
    g.items.forEach((it, k) => {
      const top = y + k * rowH;
      if (!Number.isFinite(it.e.value)) return;
      const x0 = x(0);
      const xv = x(it.e.value);
      parts.push(`<rect x="${Math.min(x0, xv)}" y="${top + 2}" width="${Math.abs(xv - x0)}" height="${rowH - 4}" fill="${COLORS[names.indexOf(it.name) % COLORS.length]}"><title>${esc(`${it.name}: ${f3(it.e.value)} ${ci(it.e)}`)}</title></rect>`);
      if (Number.isFinite(it.e.lo)) parts.push(`<line x1="${x(it.e.lo)}" x2="${x(it.e.hi)}" y1="${top + rowH / 2}" y2="${top + rowH / 2}" stroke="#222"/>`);
      parts.push(`<text x="${left + width + 8}" y="${top + rowH - 3}" font-size="11">${esc(`${it.name} ${f3(it.e.value)}`)}</text>`);
    });
    y += Math.max(1, g.items.length) * rowH + 12;
  }
 parts.push(`<line x1="${x(0)}" x2="${x(0)}" y1="10" y2="${y}" stroke="#999" stroke-dasharray="3"/>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${left + width + 200}" height="${y + 10}" font-family="sans-serif" font-size="12">${parts.join('')}</svg>`;
}

export function html(c: Comparison): string {
  const names = c.sets.map((s) => s.name);
  const byTask = new Map<string, MetricRow[]>();
  for (const r of c.rows) byTask.set(r.task, [...(byTask.get(r.task) ?? []), r]);
  const sections: string[] = [];
  for (const [task, rows] of byTask) {
    const groups = rows.map((r) => ({ label: r.metric, items: r.values.map((e, i) => ({ name: names[i]!, e })) }));
    sections.push(`<h2>${esc(task)}</h2>${bars(groups, 0, 1, names)}`);
  }
  const speed = bars([
    { label: 'detectEmotions, ratio to first', items: c.speed.map((s, i) => ({ name: names[i]!, e: { value: s.detect / c.speed[0]!.detect, lo: Number.NaN, hi: Number.NaN } })) },
    { label: 'scoreReply, ratio to first', items: c.speed.map((s, i) => ({ name: names[i]!, e: { value: s.score / c.speed[0]!.score, lo: Number.NaN, hi: Number.NaN } })) },
  ], 0, Math.max(2, ...c.speed.map((s) => s.detect / c.speed[0]!.detect)), names);
  let ablation = '';
  if (c.ablation) {
    const items = c.ablation.contributions.map((x) => ({ label: `${x.component} (${x.kind})`, items: x.deltas[x.primary] ? [{ name: x.primary, e: x.deltas[x.primary]! }] : [] }));
    const span = Math.max(0.05, ...c.ablation.contributions.map((x) => Math.abs(x.deltas[x.primary]?.hi ?? 0)), ...c.ablation.contributions.map((x) => Math.abs(x.deltas[x.primary]?.lo ?? 0)));
    ablation = `<h2>Ablation of ${esc(c.ablation.base)}: contribution on dev (with − without)</h2>${bars(items, -span, span, [...new Set(items.flatMap((g) => g.items.map((i) => i.name)))])}`;
  }
  const md = esc(markdown(c));
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>heard: rule sets compared</title>
<style>body{font-family:sans-serif;max-width:1000px;margin:2em auto;padding:0 1em}h2{margin-top:2em}pre{white-space:pre-wrap;font-size:12px;background:#f6f6f6;padding:1em}</style></head>
<body><h1>heard: rule sets compared</h1><p>${names.map((n, i) => `<span style="color:${COLORS[i % COLORS.length]}">■</span> ${esc(n)}: ${esc(c.sets[i]!.description)}`).join('<br>')}</p>
<p>Bars are values on all items; whiskers are 95% bootstrap intervals (${c.bootstrap} resamples). Hover a bar for its numbers.</p>
${sections.join('\n')}<h2>Speed</h2>${speed}${ablation}<h2>The same report as text</h2><pre>${md}</pre></body></html>
`;
}
