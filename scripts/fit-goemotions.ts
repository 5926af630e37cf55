/**
 * Fits heard's learned model: one-vs-rest L2-regularized logistic regression on
 * GoEmotions (Demszky et al., ACL 2020), and writes its weights to
 * lexicons/learned/goemotions.tsv.
 *
 *   npx tsx scripts/fit-goemotions.ts --data ../shared/data/goemotions [--out lexicons/learned/goemotions.tsv]
 *
 * Targets (GoEmotions labels -> heard emotions): anger <- anger; frustration <-
 * annoyance | disappointment; anxiety <- nervousness | fear; confusion <- confusion;
 * gratitude <- gratitude. (Urgency has no GoEmotions label.)
 *
 * Features are exactly the run-time ones: `forEachFeature(prepare(text))` (normalized
 * words, `not:word` inside a negation scope, emoji, emoticons), binary presence.
 * Surface features seen in at least `minCount` train rows are pooled by their Porter
 * stem (natural's PorterStemmer; the `not:` prefix is kept, emoji and emoticons are
 * their own key) and the model is fitted on the pooled features. A row's value for a
 * pooled feature is the number of its distinct surface features that map to it, so
 * the fitted score of a row equals what the run time computes by summing the weights
 * of the surface features it finds (every exported surface feature carries its
 * stem's weight). The run time therefore needs no stemmer.
 *
 * Hyper-parameters (minCount; per emotion the L2 strength and the positive-class
 * weight; the pruning threshold) are chosen on dev.tsv only. test.tsv is scored once
 * at the end, for information. Everything is deterministic: full-batch L-BFGS from a
 * fixed start, fixed grids, sorted output.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import natural from 'natural';
import { prepare } from '../src/text/prepare.ts';
import { forEachFeature } from '../src/emotion/features.ts';
import { WORD } from '../src/text/tokenize.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Output column order (must match MODEL_EMOTIONS in src/lexicon/index.ts). */
const TARGETS = ['anger', 'frustration', 'anxiety', 'confusion', 'gratitude'] as const;
const TARGET_LABELS: Record<(typeof TARGETS)[number], string[]> = {
  anger: ['anger'],
  frustration: ['annoyance', 'disappointment'],
  anxiety: ['nervousness', 'fear'],
  confusion: ['confusion'],
  gratitude: ['gratitude'],
};
const K = TARGETS.length;

// Hyper-parameter grids (searched on dev).
const MIN_COUNTS = process.env.FIT_MC ? process.env.FIT_MC.split(',').map(Number) : [1, 2, 3, 5];
const L2_GRID = process.env.FIT_L2 ? process.env.FIT_L2.split(',').map(Number) : [32, 16, 8, 4, 2, 1, 0.5]; // strongest first: warm starts along the path
const POS_WEIGHTS = process.env.FIT_PW ? process.env.FIT_PW.split(',').map(Number) : [1, 2, 4];
const PRUNE_EPS = [0, 0.02, 0.05, 0.08, 0.1, 0.12, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 0.7, 0.8, 1];
const MAX_FEATURES = 4000;
const MAX_DEV_LOSS = 0.005; // largest macro-F1 drop on dev that pruning may cost
const WEIGHT_RANGE = 20; // "#@ range: -20..20"

// ---------------------------------------------------------------------------------
// Data

interface Row { text: string; labels: number[] }

/** Splits a TSV file whose fields may be CSV-quoted ("..." with "" for a quote). */
export function parseTsv(content: string): string[][] {
  const rows: string[][] = [];
  let fields: string[] = [];
  let i = 0;
  const n = content.length;
  while (i < n) {
    let field = '';
    if (content[i] === '"') {
      i++;
      for (;;) {
        if (i >= n) throw new Error('unterminated quoted field');
        const c = content[i] as string;
        if (c === '"') {
          if (content[i + 1] === '"') { field += '"'; i += 2; continue; }
          i++;
          break;
        }
        field += c;
        i++;
      }
      if (i < n && content[i] !== '\t' && content[i] !== '\n' && content[i] !== '\r') {
        throw new Error(`text after a closing quote at offset ${i}`);
      }
    } else {
      let j = i;
      while (j < n && content[j] !== '\t' && content[j] !== '\n' && content[j] !== '\r') j++;
      field = content.slice(i, j);
      i = j;
    }
    fields.push(field);
    if (i >= n || content[i] === '\n' || content[i] === '\r') {
      if (content[i] === '\r') i++;
      if (content[i] === '\n') i++;
      rows.push(fields);
      fields = [];
    } else i++; // tab
  }
  return rows;
}

function loadSplit(dir: string, name: string, labelNames: string[]): Row[] {
  const rows = parseTsv(readFileSync(join(dir, `${name}.tsv`), 'utf8'));
  return rows.map((cells, r) => {
    if (cells.length !== 3) throw new Error(`${name}.tsv row ${r + 1}: expected 3 fields, got ${cells.length}`);
    const labels = (cells[1] as string).split(',').map((s) => {
      const id = Number(s);
      if (!Number.isInteger(id) || id < 0 || id >= labelNames.length) throw new Error(`${name}.tsv row ${r + 1}: bad label "${s}"`);
      return id;
    });
    return { text: cells[0] as string, labels };
  });
}

// ---------------------------------------------------------------------------------
// Features

/** Surface features of each row, as ids into a shared surface table. */
interface Featurized { surfaces: Int32Array[]; y: Uint8Array[] }

/** Whether a surface feature may go into the TSV: already lower-case, no tab/newline, not a comment. */
function exportable(f: string): boolean {
  return f !== '' && f === f.toLowerCase() && f === f.trim() && !/[\t\n\r]/.test(f) && !f.startsWith('#') && f !== '__bias__';
}

const stemCache = new Map<string, string>();
/** The pooling key of a surface feature: Porter stem of the word part, `not:` kept; emoji/emoticons as they are. */
function poolKey(f: string, isWord: boolean): string {
  if (!isWord) return 'E\u0000' + f;
  const neg = f.startsWith('not:');
  const word = neg ? f.slice(4) : f;
  let stem = stemCache.get(word);
  if (stem === undefined) stemCache.set(word, (stem = natural.PorterStemmer.stem(word)));
  return (neg ? 'N\u0000' : 'W\u0000') + stem;
}

class SurfaceTable {
  ids = new Map<string, number>();
  names: string[] = [];
  keys: string[] = [];
  trainCount: number[] = [];
  id(f: string, isWord: boolean, grow: boolean): number {
    let id = this.ids.get(f);
    if (id === undefined) {
      if (!grow) return -1;
      id = this.names.length;
      this.ids.set(f, id);
      this.names.push(f);
      this.keys.push(poolKey(f, isWord));
      this.trainCount.push(0);
    }
    return id;
  }
}

function featurize(rows: Row[], table: SurfaceTable, grow: boolean, labelIds: number[][]): Featurized {
  const surfaces: Int32Array[] = [];
  const y = TARGETS.map(() => new Uint8Array(rows.length));
  rows.forEach((row, r) => {
    const p = prepare(row.text);
    const ids: number[] = [];
    forEachFeature(p, (f, tokenIndex) => {
      if (!exportable(f)) return;
      const id = table.id(f, p.tokens[tokenIndex]!.kind === WORD, grow);
      if (id < 0) return;
      ids.push(id);
      if (grow) table.trainCount[id]!++;
    });
    surfaces.push(Int32Array.from(ids));
    labelIds.forEach((set, k) => { if (row.labels.some((l) => set.includes(l))) y[k]![r] = 1; });
  });
  return { surfaces, y };
}

/** Sparse rows over pooled features: `cols`/`vals` in CSR form. */
interface Csr { n: number; ptr: Int32Array; cols: Int32Array; vals: Float64Array }

/** Pooled feature space for one minCount: surface id -> pooled column (or -1). */
interface Space { dim: number; surfaceCol: Int32Array; colKeys: string[] }

function buildSpace(table: SurfaceTable, minCount: number): Space {
  const surfaceCol = new Int32Array(table.names.length).fill(-1);
  const colOf = new Map<string, number>();
  const colKeys: string[] = [];
  // Columns in sorted key order so the fit does not depend on input order.
  const kept = table.names.map((_, id) => id).filter((id) => table.trainCount[id]! >= minCount);
  const keys = [...new Set(kept.map((id) => table.keys[id]!))].sort();
  for (const key of keys) { colOf.set(key, colKeys.length); colKeys.push(key); }
  for (const id of kept) surfaceCol[id] = colOf.get(table.keys[id]!)!;
  return { dim: colKeys.length, surfaceCol, colKeys };
}

function toCsr(data: Featurized, space: Space): Csr {
  const n = data.surfaces.length;
  const ptr = new Int32Array(n + 1);
  const cols: number[] = [];
  const vals: number[] = [];
  const acc = new Map<number, number>();
  for (let r = 0; r < n; r++) {
    acc.clear();
    for (const id of data.surfaces[r]!) {
      const c = space.surfaceCol[id]!;
      if (c >= 0) acc.set(c, (acc.get(c) ?? 0) + 1);
    }
    for (const c of [...acc.keys()].sort((a, b) => a - b)) { cols.push(c); vals.push(acc.get(c)!); }
    ptr[r + 1] = cols.length;
  }
  return { n, ptr, cols: Int32Array.from(cols), vals: Float64Array.from(vals) };
}

// ---------------------------------------------------------------------------------
// Model: L2-regularized logistic regression, full-batch L-BFGS

/** w has dim+1 entries; the last is the (unregularized) bias. */
function scores(X: Csr, w: Float64Array, out: Float64Array = new Float64Array(X.n)): Float64Array {
  const { n, ptr, cols, vals } = X;
  const b = w[w.length - 1]!;
  for (let r = 0; r < n; r++) {
    let z = b;
    const end = ptr[r + 1]!;
    for (let j = ptr[r]!; j < end; j++) z += w[cols[j]!]! * vals[j]!;
    out[r] = z;
  }
  return out;
}

function objective(X: Csr, y: Uint8Array, posWeight: number, l2: number, w: Float64Array, g: Float64Array, z: Float64Array): number {
  const dim = w.length - 1;
  const { n, ptr, cols, vals } = X;
  scores(X, w, z);
  g.fill(0);
  let loss = 0;
  let gb = 0;
  for (let r = 0; r < n; r++) {
    const zr = z[r]!;
    const pos = y[r] === 1;
    const c = pos ? posWeight : 1;
    const e = Math.exp(-Math.abs(zr));
    // c * (log(1 + e^z) - y z), computed stably; p = sigmoid(z)
    loss += c * ((zr > 0 ? zr : 0) + Math.log1p(e) - (pos ? zr : 0));
    const p = zr >= 0 ? 1 / (1 + e) : e / (1 + e);
    const res = c * (pos ? p - 1 : p);
    gb += res;
    const end = ptr[r + 1]!;
    for (let j = ptr[r]!; j < end; j++) g[cols[j]!]! += res * vals[j]!;
  }
  let reg = 0;
  for (let f = 0; f < dim; f++) { const wf = w[f]!; reg += wf * wf; g[f]! += l2 * wf; }
  g[dim] = gb;
  return loss + 0.5 * l2 * reg;
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

/** Minimizes the objective from `w` (modified in place). Returns iterations used. */
function lbfgs(X: Csr, y: Uint8Array, posWeight: number, l2: number, w: Float64Array, maxIter = 400, tol = 1e-7): number {
  const m = 8;
  const n = w.length;
  const z = new Float64Array(X.n);
  const g = new Float64Array(n);
  const gNew = new Float64Array(n);
  const wNew = new Float64Array(n);
  const d = new Float64Array(n);
  const S: Float64Array[] = [];
  const Y: Float64Array[] = [];
  const rho: number[] = [];
  const alpha = new Float64Array(m);
  let f = objective(X, y, posWeight, l2, w, g, z);
  let iter = 0;
  for (; iter < maxIter; iter++) {
    // Two-loop recursion: d = -H g
    for (let i = 0; i < n; i++) d[i] = -g[i]!;
    for (let k = S.length - 1; k >= 0; k--) {
      const a = rho[k]! * dot(S[k]!, d);
      alpha[k] = a;
      const yk = Y[k]!;
      for (let i = 0; i < n; i++) d[i]! -= a * yk[i]!;
    }
    if (S.length > 0) {
      const last = S.length - 1;
      const gamma = dot(S[last]!, Y[last]!) / dot(Y[last]!, Y[last]!);
      for (let i = 0; i < n; i++) d[i]! *= gamma;
    } else {
      const gn = Math.sqrt(dot(g, g));
      for (let i = 0; i < n; i++) d[i]! /= Math.max(1, gn);
    }
    for (let k = 0; k < S.length; k++) {
      const b = rho[k]! * dot(Y[k]!, d);
      const sk = S[k]!;
      for (let i = 0; i < n; i++) d[i]! += (alpha[k]! - b) * sk[i]!;
    }
    let gd = dot(g, d);
    if (gd >= 0) { // not a descent direction: reset to steepest descent
      S.length = 0; Y.length = 0; rho.length = 0;
      for (let i = 0; i < n; i++) d[i] = -g[i]!;
      gd = dot(g, d);
    }
    // Backtracking (Armijo) line search.
    let step = 1;
    let fNew = Infinity;
    for (let ls = 0; ls < 40; ls++) {
      for (let i = 0; i < n; i++) wNew[i] = w[i]! + step * d[i]!;
      fNew = objective(X, y, posWeight, l2, wNew, gNew, z);
      if (fNew <= f + 1e-4 * step * gd) break;
      step *= 0.5;
    }
    if (!(fNew < f)) break;
    const s = new Float64Array(n);
    const yv = new Float64Array(n);
    for (let i = 0; i < n; i++) { s[i] = wNew[i]! - w[i]!; yv[i] = gNew[i]! - g[i]!; }
    const sy = dot(s, yv);
    if (sy > 1e-12) {
      if (S.length === m) { S.shift(); Y.shift(); rho.shift(); }
      S.push(s); Y.push(yv); rho.push(1 / sy);
    }
    w.set(wNew);
    g.set(gNew);
    const done = (f - fNew) / Math.max(1, Math.abs(fNew)) < tol;
    f = fNew;
    if (done) { iter++; break; }
  }
  return iter;
}

// ---------------------------------------------------------------------------------
// Evaluation

interface Prf { threshold: number; p: number; r: number; f1: number }

function prf(z: Float64Array, y: Uint8Array, threshold: number): Prf {
  let tp = 0, fp = 0, fn = 0;
  const zt = Math.log(threshold / (1 - threshold));
  for (let i = 0; i < z.length; i++) {
    const pred = z[i]! >= zt;
    if (pred && y[i]) tp++;
    else if (pred) fp++;
    else if (y[i]) fn++;
  }
  const p = tp + fp > 0 ? tp / (tp + fp) : 0;
  const r = tp + fn > 0 ? tp / (tp + fn) : 0;
  return { threshold, p, r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
}

/** F1-maximizing probability threshold (rounded to 3 decimals) and its P/R/F1. */
function bestThreshold(z: Float64Array, y: Uint8Array): Prf {
  const order = [...z.keys()].sort((a, b) => z[b]! - z[a]! || a - b);
  const positives = y.reduce((s, v) => s + v, 0);
  let tp = 0;
  let best = { f1: -1, at: 0 };
  for (let k = 0; k < order.length; k++) {
    tp += y[order[k]!]!;
    // predict the top k+1 rows positive; only cut between distinct scores
    if (k + 1 < order.length && z[order[k + 1]!] === z[order[k]!]) continue;
    const f1 = (2 * tp) / (k + 1 + positives);
    if (f1 > best.f1) best = { f1, at: k };
  }
  const hi = z[order[best.at]!]!;
  const lo = best.at + 1 < order.length ? z[order[best.at + 1]!]! : hi - 1;
  const sigmoid = (v: number): number => 1 / (1 + Math.exp(-v));
  let t = Math.round(sigmoid((hi + lo) / 2) * 1000) / 1000;
  t = Math.min(0.999, Math.max(0.001, t));
  return prf(z, y, t);
}

// ---------------------------------------------------------------------------------
// Export: surface table, pruning, rounding

interface Exported { features: string[]; weights: Float64Array[]; bias: Float64Array }

const round2 = (v: number): number => {
  const r = Math.round(v * 100) / 100;
  return Object.is(r, -0) ? 0 : Math.max(-WEIGHT_RANGE, Math.min(WEIGHT_RANGE, r));
};

/** Every surface feature (train count >= minCount) with its stem's weights; pruned to |w| >= eps, capped, rounded. */
function exportModel(table: SurfaceTable, space: Space, models: Float64Array[], eps: number, round: boolean): Exported {
  const cand: { id: number; mag: number }[] = [];
  for (let id = 0; id < table.names.length; id++) {
    const c = space.surfaceCol[id]!;
    if (c < 0) continue;
    let mag = 0;
    for (const w of models) mag = Math.max(mag, Math.abs(w[c]!));
    if (mag >= eps && (!round || mag >= 0.005)) cand.push({ id, mag });
  }
  cand.sort((a, b) => b.mag - a.mag || (table.names[a.id]! < table.names[b.id]! ? -1 : 1));
  const kept = cand.slice(0, MAX_FEATURES).sort((a, b) => (table.names[a.id]! < table.names[b.id]! ? -1 : 1));
  const r = round ? round2 : (v: number): number => v;
  return {
    features: kept.map((k) => table.names[k.id]!),
    weights: kept.map((k) => Float64Array.from(models, (w) => r(w[space.surfaceCol[k.id]!]!))),
    bias: Float64Array.from(models, (w) => r(w[w.length - 1]!)),
  };
}

/** Run-time scoring: sum the weights of the surface features found, plus the bias. */
function scoreExported(model: Exported, table: SurfaceTable, data: Featurized): Float64Array[] {
  const byId = new Map<number, Float64Array>();
  model.features.forEach((f, i) => byId.set(table.ids.get(f)!, model.weights[i]!));
  const out = TARGETS.map(() => new Float64Array(data.surfaces.length));
  data.surfaces.forEach((ids, r) => {
    for (let k = 0; k < K; k++) out[k]![r] = model.bias[k]!;
    for (const id of ids) {
      const w = byId.get(id);
      if (w) for (let k = 0; k < K; k++) out[k]![r]! += w[k]!;
    }
  });
  return out;
}

function fmt(v: number): string {
  return String(v); // already rounded to 2 decimals
}

function report(label: string, rows: Prf[]): number {
  const macro = rows.reduce((s, m) => s + m.f1, 0) / K;
  console.log(`${label}`);
  TARGETS.forEach((e, k) => {
    const m = rows[k]!;
    console.log(`  ${e.padEnd(12)} t=${m.threshold.toFixed(3)}  P=${m.p.toFixed(3)}  R=${m.r.toFixed(3)}  F1=${m.f1.toFixed(3)}`);
  });
  console.log(`  macro-F1 ${macro.toFixed(4)}`);
  return macro;
}

// ---------------------------------------------------------------------------------

function main(): void {
  const started = Date.now();
  const args = process.argv.slice(2);
  const arg = (name: string): string | undefined => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const dataDir = resolve(arg('--data') ?? join(root, '..', 'shared', 'data', 'goemotions'));
  const outPath = resolve(arg('--out') ?? join(root, 'lexicons', 'learned', 'goemotions.tsv'));
  const elapsed = (): string => `${((Date.now() - started) / 1000).toFixed(1)}s`;

  const labelNames = readFileSync(join(dataDir, 'emotions.txt'), 'utf8').split('\n').map((s) => s.trim()).filter(Boolean);
  const labelIds = TARGETS.map((e) => TARGET_LABELS[e].map((name) => {
    const id = labelNames.indexOf(name);
    if (id < 0) throw new Error(`label "${name}" not in emotions.txt`);
    return id;
  }));
  const table = new SurfaceTable();
  const train = featurize(loadSplit(dataDir, 'train', labelNames), table, true, labelIds);
  const dev = featurize(loadSplit(dataDir, 'dev', labelNames), table, false, labelIds);
  const test = featurize(loadSplit(dataDir, 'test', labelNames), table, false, labelIds);
  const positives = (d: Featurized): string => TARGETS.map((e, k) => `${e} ${d.y[k]!.reduce((s, v) => s + v, 0)}`).join(', ');
  console.log(`[${elapsed()}] train ${train.surfaces.length} rows, dev ${dev.surfaces.length}, test ${test.surfaces.length}; ${table.names.length} surface features in train`);
  console.log(`  train positives: ${positives(train)}`);

  // --- Grid search on dev: minCount (shared), per emotion L2 and positive weight.
  interface Choice { l2: number; posWeight: number; dev: Prf; w: Float64Array }
  let best: { minCount: number; space: Space; choices: Choice[]; macro: number } | undefined;
  for (const minCount of MIN_COUNTS) {
    const space = buildSpace(table, minCount);
    const Xtr = toCsr(train, space);
    const Xdev = toCsr(dev, space);
    const choices: Choice[] = [];
    for (let k = 0; k < K; k++) {
      let bestK: Choice | undefined;
      for (const posWeight of POS_WEIGHTS) {
        const w = new Float64Array(space.dim + 1);
        const rate = (train.y[k]!.reduce((s, v) => s + v, 0) * posWeight) / train.surfaces.length;
        w[space.dim] = Math.log(rate / (1 - rate));
        for (const l2 of L2_GRID) {
          const t0 = Date.now();
          const it = lbfgs(Xtr, train.y[k]!, posWeight, l2, w); // warm start from the previous (stronger) L2
          const m = bestThreshold(scores(Xdev, w), dev.y[k]!);
          if (process.env.FIT_DEBUG) console.log(`    ${TARGETS[k]} pw=${posWeight} l2=${l2}: ${it} it ${Date.now() - t0}ms dev F1 ${m.f1.toFixed(4)}`);
          if (!bestK || m.f1 > bestK.dev.f1 + 1e-12) bestK = { l2, posWeight, dev: m, w: Float64Array.from(w) };
        }
      }
      choices.push(bestK!);
    }
    const macro = choices.reduce((s, c) => s + c.dev.f1, 0) / K;
    console.log(`[${elapsed()}] minCount=${minCount}: ${space.dim} pooled features; dev macro-F1 ${macro.toFixed(4)} (` +
      choices.map((c, k) => `${TARGETS[k]} ${c.dev.f1.toFixed(3)} l2=${c.l2} pw=${c.posWeight}`).join(', ') + ')');
    if (!best || macro > best.macro + 1e-12) best = { minCount, space, choices, macro };
  }
  const { minCount, space, choices } = best!;
  const models = choices.map((c) => c.w);

  // --- Pruning: largest eps whose rounded, capped export loses < MAX_DEV_LOSS dev macro-F1.
  const evalDev = (model: Exported): Prf[] => scoreExported(model, table, dev).map((z, k) => bestThreshold(z, dev.y[k]!));
  const macroOf = (rows: Prf[]): number => rows.reduce((s, m) => s + m.f1, 0) / K;
  const full = exportModel(table, space, models, 0, false);
  const fullMacro = macroOf(evalDev({ ...full, features: full.features.slice(), weights: full.weights }));
  let chosen: { eps: number; model: Exported; dev: Prf[] } | undefined;
  for (const eps of PRUNE_EPS) {
    const model = exportModel(table, space, models, eps, true);
    const devRows = evalDev(model);
    const macro = macroOf(devRows);
    const ok = fullMacro - macro < MAX_DEV_LOSS;
    console.log(`  prune eps=${eps}: ${model.features.length} features, dev macro-F1 ${macro.toFixed(4)}${ok ? '' : ' (loses too much)'}`);
    if (ok) chosen = { eps, model, dev: devRows };
  }
  if (!chosen) throw new Error('no pruning setting keeps dev macro-F1 within tolerance');
  const { eps, model } = chosen;

  // --- Write the TSV.
  const devMacro = macroOf(chosen.dev);
  const thresholds = TARGETS.map((e, k) => `${e}=${chosen!.dev[k]!.threshold}`).join(' ');
  const hyper = `minCount=${minCount} prune-eps=${eps} max-features=${MAX_FEATURES} ` +
    TARGETS.map((e, k) => `${e}:l2=${choices[k]!.l2},pos-weight=${choices[k]!.posWeight}`).join(' ');
  const lines = [
    `#@ description: Logistic-regression weights fitted on GoEmotions train (mapped to heard's five emotions); features are normalized words, not:word in negation scope, emoji.`,
    `#@ source: Fitted by scripts/fit-goemotions.ts on GoEmotions train.tsv (Demszky et al., ACL 2020; google-research/goemotions), hyper-parameters chosen on dev.tsv. Inflections pooled with natural's PorterStemmer at fit time: every surface form gets its stem's weight, so no stemmer is needed at run time.`,
    `#@ license: Apache-2.0 (derived from GoEmotions, Apache License 2.0)`,
    `#@ command: npx tsx scripts/fit-goemotions.ts --data ../shared/data/goemotions`,
    `#@ mapping: anger<-anger frustration<-annoyance|disappointment anxiety<-nervousness|fear confusion<-confusion gratitude<-gratitude`,
    `#@ hyper-parameters: ${hyper}`,
    `#@ dev-macro-f1: ${devMacro.toFixed(3)}`,
    `#@ dev-thresholds: ${thresholds}`,
    `#@ columns: feature:string anger:number frustration:number anxiety:number confusion:number gratitude:number`,
    `#@ range: -${WEIGHT_RANGE}..${WEIGHT_RANGE}`,
    ['__bias__', ...Array.from(model.bias, fmt)].join('\t'),
    ...model.features.map((f, i) => [f, ...Array.from(model.weights[i]!, fmt)].join('\t')),
  ];
  writeFileSync(outPath, lines.join('\n') + '\n');

  // --- Report.
  console.log(`[${elapsed()}] chosen: ${hyper}`);
  console.log(`  unpruned dev macro-F1 ${fullMacro.toFixed(4)} (${full.features.length} features)`);
  report(`dev (exported model, ${model.features.length} features, thresholds tuned on dev):`, chosen.dev);
  const testZ = scoreExported(model, table, test);
  report('test (information only; thresholds from dev, not used for any choice):', testZ.map((z, k) => prf(z, test.y[k]!, chosen!.dev[k]!.threshold)));
  console.log(`[${elapsed()}] wrote ${outPath}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) main();
