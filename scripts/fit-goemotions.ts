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
 * Hyper-parameters are chosen on dev.tsv only; test.tsv is scored once at the end, for
 * information. For each minCount, each emotion gets the L2 strength and positive-class
 * weight with the best dev average precision (AP: threshold-free, and far less noisy on
 * dev than F1 at a tuned threshold; the detector re-calibrates the model's logit anyway).
 * minCount is then chosen by the dev macro-AP of the model that fits the size budget (at
 * most MAX_FEATURES surface features, refitted, rounded to 2 decimals). F1-maximizing
 * thresholds and P/R/F1 are reported per emotion. Finally the pruning threshold:
 * the largest eps (keep features whose largest |weight| over the five emotions is at
 * least eps, refit, round) that loses less than MAX_DEV_LOSS of both dev macro-F1 and
 * dev macro average precision against the unpruned model.
 *
 * One coupling needs care: `prepare` undoes elongation ("thaaanks") only towards words
 * some lexicon knows, and the run time also counts the learned model's own features as
 * known. So that the output does not depend on whichever model is compiled now, the
 * search runs with the compiled model blanked out; then the chosen configuration is
 * refitted with exactly the exported features marked known (as at run time), repeated
 * until the exported feature set stops changing (features near eps can flip in and out;
 * if the sets cycle, the union of the cycle is marked known and exported). The output is
 * then identical whatever model src/lexicon/compiled.ts held.
 *
 * Everything is deterministic (full-batch L-BFGS from a fixed start, fixed grids, sorted
 * output); the run takes about 1.5 minutes on 2 cores for the emotion model, about 6.5 for the
 * empathy model (its search repeats for each weight of the extra rows).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadExtra } from './warmth-data.ts';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import natural from 'natural';
import { LEXICONS, type Row as LexiconRow } from '../src/lexicon/compiled.ts';
import { lexicon, newWordInfo, reindexWords } from '../src/lexicon/index.ts';
import { prepare } from '../src/text/prepare.ts';
import { forEachFeature } from '../src/emotion/features.ts';
import { WORD } from '../src/text/tokenize.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** What each model predicts, and how it is written. `--model` picks one (default `emotions`). */
interface ModelSpec {
  /** Output columns, in order. */
  targets: readonly string[];
  /** GoEmotions labels whose union is each target's positive class. */
  labels: Readonly<Record<string, readonly string[]>>;
  out: string;
  description: string;
  /**
   * The emotion model's own features count as known words at run time (elongation undo), so its
   * search runs with the compiled model blanked and refits with its exported features known.
   * Other models read the run time's words as they are.
   */
  ownKnownWords: boolean;
  /**
   * A folder of heard's own labeled sentences (`label<TAB>text`, label 0/1 for the single target)
   * with train.tsv, dev.tsv and test.tsv, fitted together with GoEmotions: its train rows join
   * GoEmotions train at a weight chosen on dev (EXTRA_WEIGHTS), and every dev choice averages the
   * average precision of GoEmotions dev and of its dev.
   */
  extra?: { dir: string; description: string };
  /**
   * Export the bias minus ln(positive-class weight), so the model's output is a probability
   * again rather than one inflated by the class weight (prior correction). For a model whose
   * probability is read as it is; the emotion model is re-calibrated at run time instead.
   */
  priorCorrection?: boolean;
}

const MODELS: Record<string, ModelSpec> = {
  emotions: {
    // Column order must match MODEL_EMOTIONS in src/lexicon/index.ts.
    targets: ['anger', 'frustration', 'anxiety', 'confusion', 'gratitude'],
    labels: {
      anger: ['anger'],
      frustration: ['annoyance', 'disappointment'],
      anxiety: ['nervousness', 'fear'],
      confusion: ['confusion'],
      gratitude: ['gratitude'],
    },
    out: 'lexicons/learned/goemotions.tsv',
    description: "Logistic-regression weights fitted on GoEmotions train (mapped to heard's five emotions); features are normalized words, not:word in negation scope, emoji.",
    ownKnownWords: true,
  },
  empathy: {
    // EPITOME's "emotional reactions" (warmth, compassion, concern) as GoEmotions labels them:
    // concern and compassion (caring), sympathy and apology (remorse), encouragement (optimism).
    // Chosen from the label definitions before any evaluation.
    targets: ['empathy'],
    labels: { empathy: ['caring', 'remorse', 'optimism'] },
    out: 'lexicons/learned/empathy.tsv',
    description: 'Logistic-regression weights for expressed warmth, compassion and concern (GoEmotions caring | remorse | optimism, and heard\'s hand-written fixtures/warmth), read by the reply empathy rule; features as for goemotions.tsv.',
    ownKnownWords: false,
    extra: {
      dir: 'fixtures/warmth',
      description: 'heard\'s own hand-written replies labeled for an expressed emotional reaction (fixtures/warmth, MIT)',
    },
    priorCorrection: true,
  },
};
const MODEL_NAME = (() => {
  const i = process.argv.indexOf('--model');
  return i >= 0 ? process.argv[i + 1] ?? '' : 'emotions';
})();
const SPEC: ModelSpec = MODELS[MODEL_NAME] ?? (() => {
  throw new Error(`--model must be one of ${Object.keys(MODELS).join(', ')}`);
})();
const TARGETS = SPEC.targets;
const TARGET_LABELS = SPEC.labels;
const K = TARGETS.length;

// Hyper-parameter grids (searched on dev).
const MIN_COUNTS = [2, 3, 5, 8, 10];
const L2_GRID = [16, 8, 4, 2, 1]; // strongest first: warm starts along the path
const POS_WEIGHTS = [1, 2, 4];
/** Tried largest first; the first that keeps dev macro-F1 and macro-AP within MAX_DEV_LOSS wins. */
const PRUNE_EPS = [1.2, 1, 0.9, 0.8, 0.7, 0.6, 0.5, 0.45, 0.4, 0.35, 0.3, 0.25, 0.2, 0.15, 0.1, 0.05, 0];
const MAX_FEATURES = 4000;
const MAX_DEV_LOSS = 0.005; // largest drop of dev macro-F1 (and macro-AP) that pruning may cost
const WEIGHT_RANGE = 20; // "#@ range: -20..20"
/**
 * Weight of an extra (hand-written) train row against a GoEmotions row. At 0 the extra rows add
 * nothing to the loss, but their words still count towards minCount, so the feature space is not
 * quite GoEmotions's alone.
 */
const EXTRA_WEIGHTS = [0, 1, 2, 4, 8, 16];

// ---------------------------------------------------------------------------------
// Data

/** A train/dev/test row: GoEmotions label ids, or (extra rows) the target's 0/1 directly. */
interface Row { text: string; labels: number[]; y?: number; extra?: boolean }

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

/**
 * Surface features of each row, as ids into a shared surface table; `extra` marks the rows of
 * the extra (hand-written) set, `weight` is each row's weight in the loss.
 */
interface Featurized { surfaces: Int32Array[]; y: Uint8Array[]; extra: Uint8Array; weight: Float64Array }

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
  const extra = new Uint8Array(rows.length);
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
    if (row.extra) { extra[r] = 1; y[0]![r] = row.y ?? 0; } else labelIds.forEach((set, k) => { if (row.labels.some((l) => set.includes(l))) y[k]![r] = 1; });
  });
  return { surfaces, y, extra, weight: new Float64Array(rows.length).fill(1) };
}

/** Sparse rows over pooled features: `cols`/`vals` in CSR form. */
interface Csr { n: number; ptr: Int32Array; cols: Int32Array; vals: Float64Array }

/** Pooled feature space for one minCount: surface id -> pooled column (or -1). */
interface Space { dim: number; surfaceCol: Int32Array; colKeys: string[] }

/** Pooled feature space over the given surface features. */
function buildSpace(table: SurfaceTable, surfaceIds: number[]): Space {
  const surfaceCol = new Int32Array(table.names.length).fill(-1);
  const colOf = new Map<string, number>();
  // Columns in sorted key order so the fit does not depend on input order.
  const colKeys = [...new Set(surfaceIds.map((id) => table.keys[id]!))].sort();
  colKeys.forEach((key, c) => colOf.set(key, c));
  for (const id of surfaceIds) surfaceCol[id] = colOf.get(table.keys[id]!)!;
  return { dim: colKeys.length, surfaceCol, colKeys };
}

function frequentSurfaces(table: SurfaceTable, minCount: number): number[] {
  return table.names.map((_, id) => id).filter((id) => table.trainCount[id]! >= minCount);
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

function objective(X: Csr, y: Uint8Array, rowWeight: Float64Array, posWeight: number, l2: number, w: Float64Array, g: Float64Array, z: Float64Array): number {
  const dim = w.length - 1;
  const { n, ptr, cols, vals } = X;
  scores(X, w, z);
  g.fill(0);
  let loss = 0;
  let gb = 0;
  for (let r = 0; r < n; r++) {
    const zr = z[r]!;
    const pos = y[r] === 1;
    const c = (pos ? posWeight : 1) * rowWeight[r]!;
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
function lbfgs(X: Csr, y: Uint8Array, rowWeight: Float64Array, posWeight: number, l2: number, w: Float64Array, maxIter = 400, tol = 1e-7): number {
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
  let f = objective(X, y, rowWeight, posWeight, l2, w, g, z);
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
      fNew = objective(X, y, rowWeight, posWeight, l2, wNew, gNew, z);
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

/** Average precision: the mean of the precision at the rank of every positive (ties broken pessimistically). */
function averagePrecision(z: Float64Array, y: Uint8Array): number {
  const order = [...z.keys()].sort((a, b) => z[b]! - z[a]! || y[a]! - y[b]! || a - b);
  let tp = 0;
  let sum = 0;
  order.forEach((i, rank) => { if (y[i]) { tp++; sum += tp / (rank + 1); } });
  return tp > 0 ? sum / tp : 0;
}

/** The rows of one source (GoEmotions: extra = 0; the extra set: 1) of z and y. */
function part(z: Float64Array, d: Featurized, k: number, extra: 0 | 1): { z: Float64Array; y: Uint8Array } {
  const idx: number[] = [];
  for (let r = 0; r < z.length; r++) if (d.extra[r] === extra) idx.push(r);
  return { z: Float64Array.from(idx, (r) => z[r]!), y: Uint8Array.from(idx, (r) => d.y[k]![r]!) };
}

/** Dev average precision: GoEmotions's, averaged with the extra set's when there is one. */
function devAp(z: Float64Array, d: Featurized, k: number): number {
  const ge = part(z, d, k, 0);
  const base = averagePrecision(ge.z, ge.y);
  if (!d.extra.includes(1)) return base;
  const ex = part(z, d, k, 1);
  return (base + averagePrecision(ex.z, ex.y)) / 2;
}

/** F1 at the best threshold on the GoEmotions rows (thresholds and F1 stay GoEmotions's). */
function devF1(z: Float64Array, d: Featurized, k: number): Prf {
  const ge = part(z, d, k, 0);
  return bestThreshold(ge.z, ge.y);
}

// ---------------------------------------------------------------------------------
// Export: surface table, pruning, rounding

interface Exported { features: string[]; weights: Float64Array[]; bias: Float64Array }

const round2 = (v: number): number => {
  const r = Math.round(v * 100) / 100;
  return Object.is(r, -0) ? 0 : Math.max(-WEIGHT_RANGE, Math.min(WEIGHT_RANGE, r));
};

/**
 * Surface features (of the space) whose largest |weight| over the five emotions is at
 * least eps, the MAX_FEATURES largest if there are more. All surface forms of a stem
 * share its weights, so a stem is kept or dropped as a whole (except at the cap).
 */
function selectSurfaces(table: SurfaceTable, space: Space, models: Float64Array[], eps: number): number[] {
  const cand: { id: number; mag: number }[] = [];
  for (let id = 0; id < table.names.length; id++) {
    const c = space.surfaceCol[id]!;
    if (c < 0) continue;
    let mag = 0;
    for (const w of models) mag = Math.max(mag, Math.abs(w[c]!));
    if (mag >= eps) cand.push({ id, mag });
  }
  cand.sort((a, b) => b.mag - a.mag || (table.names[a.id]! < table.names[b.id]! ? -1 : 1));
  return cand.slice(0, MAX_FEATURES).map((c) => c.id);
}

/** The run-time table: every surface feature of the space with its stem's weights, rounded to 2 decimals. */
function exportModel(table: SurfaceTable, space: Space, models: Float64Array[], posWeights: readonly number[]): Exported {
  const rows: { name: string; w: Float64Array }[] = [];
  for (let id = 0; id < table.names.length; id++) {
    const c = space.surfaceCol[id]!;
    if (c < 0) continue;
    const w = Float64Array.from(models, (m) => round2(m[c]!));
    if (w.some((v) => v !== 0)) rows.push({ name: table.names[id]!, w });
  }
  rows.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return {
    features: rows.map((r) => r.name),
    weights: rows.map((r) => r.w),
    bias: Float64Array.from(models, (w, k) => round2(w[w.length - 1]! - (SPEC.priorCorrection ? Math.log(posWeights[k]!) : 0))),
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

interface Choice { l2: number; posWeight: number; dev: Prf; ap: number; w: Float64Array }
interface Pruned { model: Exported; dev: Prf[]; macro: number; ap: number; stems: number }

/**
 * Keeps the surface features with max |weight| >= eps (at most MAX_FEATURES; or exactly
 * those in `keep`), refits
 * each emotion on them with its chosen hyper-parameters (warm start), rounds to 2
 * decimals and scores dev the way the run time does.
 */
function pruneRefit(table: SurfaceTable, train: Featurized, dev: Featurized, space: Space, choices: Choice[], eps: number, keep?: Set<string>): Pruned {
  const ids = keep
    ? table.names.map((_, id) => id).filter((id) => space.surfaceCol[id]! >= 0 && keep.has(table.names[id]!))
    : selectSurfaces(table, space, choices.map((c) => c.w), eps);
  const pruned = buildSpace(table, ids);
  const Xtr = toCsr(train, pruned);
  const refit = choices.map((c, k) => {
    const w = new Float64Array(pruned.dim + 1);
    for (let id = 0; id < table.names.length; id++) {
      if (pruned.surfaceCol[id]! >= 0) w[pruned.surfaceCol[id]!] = c.w[space.surfaceCol[id]!]!;
    }
    w[pruned.dim] = c.w[space.dim]!;
    lbfgs(Xtr, train.y[k]!, train.weight, c.posWeight, c.l2, w);
    return w;
  });
  const model = exportModel(table, pruned, refit, choices.map((c) => c.posWeight));
  const z = scoreExported(model, table, dev);
  const devRows = z.map((zk, k) => devF1(zk, dev, k));
  const ap = z.reduce((s, zk, k) => s + devAp(zk, dev, k), 0) / K;
  return { model, dev: devRows, macro: devRows.reduce((s, m) => s + m.f1, 0) / K, ap, stems: pruned.dim };
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
  const outPath = resolve(arg('--out') ?? join(root, SPEC.out));
  const elapsed = (): string => `${((Date.now() - started) / 1000).toFixed(1)}s`;

  const labelNames = readFileSync(join(dataDir, 'emotions.txt'), 'utf8').split('\n').map((s) => s.trim()).filter(Boolean);
  const labelIds = TARGETS.map((e) => TARGET_LABELS[e]!.map((name) => {
    const id = labelNames.indexOf(name);
    if (id < 0) throw new Error(`label "${name}" not in emotions.txt`);
    return id;
  }));
  const splits = { train: loadSplit(dataDir, 'train', labelNames), dev: loadSplit(dataDir, 'dev', labelNames), test: loadSplit(dataDir, 'test', labelNames) };
  if (SPEC.extra) {
    if (K !== 1) throw new Error('extra rows label a single target; this model has ' + K);
    for (const name of ['train', 'dev', 'test'] as const) splits[name].push(...loadExtra(join(root, SPEC.extra.dir), name));
  }
  /** Weight of an extra train row in the loss (searched over EXTRA_WEIGHTS when the model has extra rows). */
  let extraWeight = 1;
  const applyExtraWeight = (d: Featurized): void => {
    for (let r = 0; r < d.weight.length; r++) d.weight[r] = d.extra[r] ? extraWeight : 1;
  };

  // The run-time lexicon counts the model's features as known words (elongation undo).
  // Blank the compiled model before the first prepare() so the search does not depend on it.
  if (SPEC.ownKnownWords) (LEXICONS as Record<string, readonly LexiconRow[]>)['learned/goemotions'] = [];
  const lex = lexicon();
  if ((SPEC.ownKnownWords && lex.model.size !== 0) || !(lex.words instanceof Map)) throw new Error('could not blank the compiled model (lexicon internals changed?)');
  /** Makes the words of exactly these model features known (on top of the other lexicons), as the run time does. */
  const added = new Set<string>();
  const markKnown = (features: string[]): void => {
    if (!SPEC.ownKnownWords) return;
    const want = new Set(features.map((f) => (f.startsWith('not:') ? f.slice(4) : f)));
    for (const w of added) if (!want.has(w)) { lex.words.delete(w); lex.known.delete(w); added.delete(w); }
    for (const w of want) {
      if (lex.words.has(w) || added.has(w)) continue;
      lex.words.set(w, newWordInfo());
      lex.known.add(w);
      added.add(w);
    }
    reindexWords(lex);
  };
  const featurizeAll = (): { table: SurfaceTable; train: Featurized; dev: Featurized; test: Featurized } => {
    const table = new SurfaceTable();
    const train = featurize(splits.train, table, true, labelIds);
    applyExtraWeight(train);
    return { table, train, dev: featurize(splits.dev, table, false, labelIds), test: featurize(splits.test, table, false, labelIds) };
  };

  let { table, train, dev, test } = featurizeAll();
  const positives = (d: Featurized): string => TARGETS.map((e, k) => `${e} ${d.y[k]!.reduce((s, v) => s + v, 0)}`).join(', ');
  console.log(`[${elapsed()}] train ${train.surfaces.length} rows, dev ${dev.surfaces.length}, test ${test.surfaces.length}; ${table.names.length} surface features in train`);
  console.log(`  train positives: ${positives(train)}`);

  // --- Grid search on dev: per minCount, choose each emotion's L2 and positive weight
  // (unpruned model) by dev average precision; then choose minCount by the dev macro-AP
  // of its model cut to the MAX_FEATURES budget (refitted, rounded), since that is the
  // model that can ship. AP rather than F1 at a tuned threshold: it is threshold-free
  // (the detector re-calibrates the model's logit anyway) and much less noisy on dev.
  const macroOf = (rows: Prf[]): number => rows.reduce((s, m) => s + m.f1, 0) / K;
  let best: { extraWeight: number; minCount: number; space: Space; choices: Choice[]; macro: number; ap: number; capped: number } | undefined;
  for (const ew of SPEC.extra ? EXTRA_WEIGHTS : [1]) {
  extraWeight = ew;
  applyExtraWeight(train);
  if (SPEC.extra) console.log(`  extra rows at weight ${ew}:`);
  for (const minCount of MIN_COUNTS) {
    const space = buildSpace(table, frequentSurfaces(table, minCount));
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
          lbfgs(Xtr, train.y[k]!, train.weight, posWeight, l2, w); // warm start from the previous (stronger) L2
          const z = scores(Xdev, w);
          const ap = devAp(z, dev, k);
          if (!bestK || ap > bestK.ap + 1e-12) bestK = { l2, posWeight, dev: devF1(z, dev, k), ap, w: Float64Array.from(w) };
        }
      }
      choices.push(bestK!);
    }
    const macro = macroOf(choices.map((c) => c.dev));
    const ap = choices.reduce((s, c) => s + c.ap, 0) / K;
    const capped = pruneRefit(table, train, dev, space, choices, 0);
    console.log(`[${elapsed()}] minCount=${minCount}: ${frequentSurfaces(table, minCount).length} surface features -> ${space.dim} stems; ` +
      `dev macro-F1 ${macro.toFixed(4)} (AP ${ap.toFixed(4)}), capped to ${capped.model.features.length} features ${capped.macro.toFixed(4)} (AP ${capped.ap.toFixed(4)})\n    ` +
      choices.map((c, k) => `${TARGETS[k]} AP=${c.ap.toFixed(3)} F1=${c.dev.f1.toFixed(3)} l2=${c.l2} pw=${c.posWeight}`).join(', '));
    if (!best || capped.ap > best.capped + 1e-12) best = { extraWeight: ew, minCount, space, choices, macro, ap, capped: capped.ap };
  }
  }
  const { minCount, choices } = best!;
  extraWeight = best!.extraWeight;
  applyExtraWeight(train);
  const fullMacro = best!.macro;
  const fullAp = best!.ap;

  // --- Pruning: largest eps whose exported model loses less than MAX_DEV_LOSS dev
  // macro-F1 against the unpruned, unrounded model of the chosen minCount. F1 at tuned
  // thresholds swings by ~0.01 between neighbouring eps on dev (about 100-400 positives
  // per emotion), so the ranking quality must hold too: macro average precision, which
  // is threshold-free and smooth in eps, may also lose at most MAX_DEV_LOSS.
  let chosen: (Pruned & { eps: number }) | undefined;
  for (const eps of PRUNE_EPS) {
    const pruned = pruneRefit(table, train, dev, best!.space, choices, eps);
    const ok = fullMacro - pruned.macro < MAX_DEV_LOSS && fullAp - pruned.ap < MAX_DEV_LOSS;
    console.log(`  prune eps=${eps}: ${pruned.model.features.length} features (${pruned.stems} stems), dev macro-F1 ${pruned.macro.toFixed(4)} macro-AP ${pruned.ap.toFixed(4)}` +
      (ok ? ' ok' : ' (loses too much)'));
    if (ok) { chosen = { ...pruned, eps }; break; }
  }
  if (!chosen) throw new Error('no pruning setting keeps dev macro-F1 and macro-AP within tolerance');
  const eps = chosen.eps;

  // --- Refit the chosen configuration with the exported features known, as at run time,
  // until the exported feature set is stable. A feature can make itself known and so
  // change its own count ("soo" vs "so"); if the sets cycle, the union of the cycle is
  // marked known and exported as is.
  let space = best!.space;
  const seenSets: string[] = [chosen.model.features.join('\n')];
  let keep: Set<string> | undefined;
  for (let round = 1; ; round++) {
    const before = chosen.model.features;
    markKnown(keep ? [...keep] : before);
    ({ table, train, dev, test } = featurizeAll());
    space = buildSpace(table, frequentSurfaces(table, minCount));
    const Xtr = toCsr(train, space);
    const refit = choices.map((c, k) => {
      const w = new Float64Array(space.dim + 1);
      w[space.dim] = c.w[best!.space.dim]!;
      lbfgs(Xtr, train.y[k]!, train.weight, c.posWeight, c.l2, w);
      return { ...c, w };
    });
    chosen = { ...pruneRefit(table, train, dev, space, refit, eps, keep), eps };
    const after = chosen.model.features;
    const beforeSet = new Set(before);
    const afterSet = new Set(after);
    const diff = [...after.filter((f) => !beforeSet.has(f)).map((f) => '+' + f), ...before.filter((f) => !afterSet.has(f)).map((f) => '-' + f)];
    console.log(`[${elapsed()}] refit ${round} with the exported features known: ${after.length} features, dev macro-F1 ${chosen.macro.toFixed(4)}` +
      (diff.length === 0 ? ', feature set stable' : ` (${diff.slice(0, 8).join(' ')}${diff.length > 8 ? ' ...' : ''})`));
    if (diff.length === 0 || keep || round >= 6) break;
    const key = after.join('\n');
    if (seenSets.includes(key)) keep = new Set([...after, ...before]); // a cycle: settle on its union
    seenSets.push(key);
  }
  const { model } = chosen;

  // --- Write the TSV.
  const devMacro = macroOf(chosen.dev);
  const thresholds = TARGETS.map((e, k) => `${e}=${chosen!.dev[k]!.threshold}`).join(' ');
  const hyper = `minCount=${minCount} prune-eps=${eps} max-features=${MAX_FEATURES} ` + (SPEC.extra ? `extra-weight=${extraWeight} ` : '') +
    TARGETS.map((e, k) => `${e}:l2=${choices[k]!.l2},pos-weight=${choices[k]!.posWeight}`).join(' ');
  const lines = [
    `#@ description: ${SPEC.description}`,
    `#@ source: Fitted by scripts/fit-goemotions.ts on GoEmotions train.tsv (Demszky et al., ACL 2020; google-research/goemotions)${SPEC.extra ? ` and the train split of ${SPEC.extra.description}` : ''}, hyper-parameters chosen on dev${SPEC.extra ? ' (the mean of both dev splits\' average precision)' : '.tsv'}. Inflections pooled with natural's PorterStemmer at fit time: every surface form gets its stem's weight, so no stemmer is needed at run time.`,
    `#@ license: Apache-2.0 (derived from GoEmotions, Apache License 2.0)${SPEC.extra ? `; ${SPEC.extra.dir} is heard's own (MIT)` : ''}`,
    `#@ command: npx tsx scripts/fit-goemotions.ts --data ../shared/data/goemotions${MODEL_NAME === 'emotions' ? '' : ` --model ${MODEL_NAME}`}`,
    `#@ mapping: ${TARGETS.map((t) => `${t}<-${TARGET_LABELS[t]!.join('|')}`).join(' ')}`,
    `#@ hyper-parameters: ${hyper}`,
    ...(SPEC.priorCorrection ? ['#@ prior-correction: the bias is the fitted bias minus ln(pos-weight), so the output is a probability'] : []),
    `#@ dev-macro-f1: ${devMacro.toFixed(3)}`,
    `#@ dev-thresholds: ${thresholds}`,
    `#@ columns: feature:string ${TARGETS.map((t) => `${t}:number`).join(' ')}`,
    `#@ range: -${WEIGHT_RANGE}..${WEIGHT_RANGE}`,
    ['__bias__', ...Array.from(model.bias, fmt)].join('\t'),
    ...model.features.map((f, i) => [f, ...Array.from(model.weights[i]!, fmt)].join('\t')),
  ];
  writeFileSync(outPath, lines.join('\n') + '\n');

  // --- Report.
  console.log(`[${elapsed()}] chosen: ${hyper}`);
  console.log(`  search: unpruned, unrounded dev macro-F1 ${fullMacro.toFixed(4)}, macro-AP ${fullAp.toFixed(4)} (${best!.space.dim} stems); exported macro-AP ${chosen.ap.toFixed(4)}`);
  report(`dev (exported model, ${model.features.length} features, thresholds tuned on dev):`, chosen.dev);
  const testZ = scoreExported(model, table, test);
  report('GoEmotions test (information only; thresholds from dev, not used for any choice):', testZ.map((z, k) => {
    const ge = part(z, test, k, 0);
    return prf(ge.z, ge.y, chosen!.dev[k]!.threshold);
  }));
  if (SPEC.extra) {
    const ex = part(testZ[0]!, test, 0, 1);
    const dx = part(scoreExported(model, table, dev)[0]!, dev, 0, 1);
    console.log(`  ${SPEC.extra.dir}: dev AP ${averagePrecision(dx.z, dx.y).toFixed(3)}, test AP ${averagePrecision(ex.z, ex.y).toFixed(3)} (test: information only)`);
  }
  console.log(`[${elapsed()}] wrote ${outPath}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) main();
