/**
 * Accuracy of heard's detectEmotions on the shared datasets and the repo fixtures.
 *
 *   npx tsx bench/accuracy.ts [--data <dir>] [--json] [--strict] [--limit <n>]
 *
 * --data    folder holding the dataset folders (default: ../shared/data beside the repo);
 *           a missing dataset folder is reported and skipped
 * --json    print one JSON object instead of Markdown
 * --strict  exit 1 when a target is missed (default: report only; a crash always exits 1)
 * --limit   use only the first n rows of each dataset (quick smoke runs; not comparable)
 *
 * Sections:
 * 1. GoEmotions dev/test: P/R/F1 of `report.detected` for the five mapped emotions
 *    (anger <- anger; frustration <- annoyance|disappointment; anxiety <- nervousness|fear;
 *    confusion <- confusion; gratitude <- gratitude) and their macro-F1. Target: test >= 0.50.
 * 2. ROC AUC of negativity = max(anger, frustration, anxiety, confusion) scores: complaint vs not
 *    (complaints-social-media, target >= 0.72) and negative vs not (airline tweets with
 *    airline_sentiment_confidence >= 0.99, target >= 0.85), next to AFINN (`sentiment`,
 *    -comparative) and VADER (-compound) on the same rows.
 * 3. fixtures/emotions/{dev,test}.jsonl: P/R/F1 for the six emotions and macro-F1.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Sentiment from 'sentiment';
import vader from 'vader-sentiment';
import {
  dataDir,
  fmt,
  int,
  loadHeard,
  loadScoreReply,
  mdTable,
  note,
  parseArgs,
  REPO_ROOT,
  runFooter,
  runMain,
  verdict,
  commandLine,
  heardEntry,
  type DetectEmotions,
  type HeardReport,
} from './lib/common.ts';
import {
  DIMENSIONS,
  EMOTIONS,
  GOEMOTIONS_EMOTIONS,
  loadAirline,
  loadComplaints,
  loadEpitome,
  loadFixtures,
  loadGoEmotions,
  loadReplyPairs,
  type Emotion,
  type Loaded,
} from './lib/datasets.ts';
import { BASELINES, epitomeAuc, heardScorer, keywordEmpathy, pairwise, type PairScorer } from './lib/replies.ts';
import { bestF1Threshold, macroF1, microPRF, perLabelPRF, rocAuc, type PRF } from './lib/metrics.ts';

const TARGETS = {
  goemotionsTestMacroF1: 0.5,
  complaintsAuc: 0.72,
  airlineAuc: 0.85,
  epitomeAuc: 0.8,
  pairAccuracy: 0.9,
} as const;
const AIRLINE_MIN_CONFIDENCE = 0.99;
const NEGATIVE_EMOTIONS: readonly Emotion[] = ['anger', 'frustration', 'anxiety', 'confusion'];

interface Target {
  name: string;
  value: number;
  target: number;
  pass: boolean;
}

interface LabelRow extends PRF {
  emotion: Emotion;
  auc: number;
}

interface MultiLabelResult {
  n: number;
  perEmotion: LabelRow[];
  macroF1: number;
  microF1: number;
}

interface AucResult {
  n: number;
  positives: number;
  auc: Record<string, number>;
  slices?: Record<string, { n: number; positives: number; auc: Record<string, number> }>;
}

/** Runs detectEmotions with a sanity check of the report's shape, naming the item on failure. */
function makeRunner(detect: DetectEmotions) {
  return (text: string, id: string): HeardReport => {
    let r: HeardReport;
    try {
      r = detect(text);
    } catch (err) {
      throw new Error(`detectEmotions threw on item ${id} (${JSON.stringify(text.slice(0, 80))}): ${(err as Error).message}`);
    }
    for (const e of EMOTIONS) {
      const v = r?.emotions?.[e];
      if (typeof v !== 'number' || !(v >= 0 && v <= 1)) {
        throw new Error(`detectEmotions on item ${id}: emotions.${e} = ${String(v)} is not a number in 0..1`);
      }
    }
    if (!Array.isArray(r.detected)) throw new Error(`detectEmotions on item ${id}: detected is not an array`);
    return r;
  };
}

function negativity(r: HeardReport): number {
  return Math.max(...NEGATIVE_EMOTIONS.map((e) => r.emotions[e]));
}

function multiLabel(
  labels: readonly Emotion[],
  items: readonly { id: string; text: string; emotions: readonly Emotion[] }[],
  run: (text: string, id: string) => HeardReport,
): { result: MultiLabelResult; reports: HeardReport[] } {
  const reports = items.map((it) => run(it.text, it.id));
  const gold = items.map((it) => it.emotions);
  const pred = reports.map((r) => r.detected);
  const prf = perLabelPRF(labels, gold, pred);
  const perEmotion = labels.map((e) => ({
    emotion: e,
    ...prf[e],
    auc: rocAuc(
      items.map((it) => it.emotions.includes(e)),
      reports.map((r) => r.emotions[e]),
    ),
  }));
  return {
    result: { n: items.length, perEmotion, macroF1: macroF1(prf), microF1: microPRF(labels, gold, pred).f1 },
    reports,
  };
}

function prfTable(res: MultiLabelResult): string {
  const rows = res.perEmotion.map((r) => [r.emotion, int(r.support), int(r.predicted), fmt(r.precision), fmt(r.recall), fmt(r.f1), fmt(r.auc)]);
  rows.push(['**macro**', '', '', '', '', `**${fmt(res.macroF1)}**`, '']);
  rows.push(['micro', '', '', '', '', fmt(res.microF1), '']);
  return mdTable(['emotion', '>gold', '>predicted', '>precision', '>recall', '>F1', '>AUC (score)'], rows);
}

function limited<T>(items: T[], limit: number | undefined): T[] {
  return limit === undefined ? items : items.slice(0, limit);
}

async function main(): Promise<number> {
  const started = performance.now();
  const args = parseArgs(process.argv.slice(2), ['data', 'limit'], ['json', 'strict']);
  const data = dataDir(args);
  const json = args.flags.has('json');
  const limitArg = args.values.get('limit');
  const limit = limitArg === undefined ? undefined : Number(limitArg);
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) throw new Error(`--limit must be a positive integer`);

  const detect = await loadHeard();
  const run = makeRunner(detect);
  const afinn = new Sentiment();
  const sia = vader.SentimentIntensityAnalyzer;
  const baselines: Record<string, (text: string) => number> = {
    'sentiment (AFINN), -comparative': (t) => -afinn.analyze(t).comparative,
    'vader-sentiment, -compound': (t) => -sia.polarity_scores(t).compound,
  };

  const out: string[] = [];
  const skipped: string[] = [];
  const targets: Target[] = [];
  const result: Record<string, unknown> = { data, heardEntry: heardEntry(), limit: limit ?? null };
  const section = (md: string) => out.push(md);
  const skip = (r: Loaded<unknown>) => {
    if (!r.ok) {
      if (!skipped.includes(r.reason)) {
        note(`SKIP: ${r.reason}`);
        skipped.push(r.reason);
      }
    } else for (const w of r.warnings) note(`warning: ${w}`);
  };
  if (!existsSync(data)) note(`data folder ${data} does not exist: every shared dataset will be skipped (pass --data <dir>)`);

  section(`# heard accuracy\n\nData: \`${data}\`${limit ? ` (first ${limit} rows of each dataset: a smoke run, not comparable)` : ''}`);

  // 1. GoEmotions ------------------------------------------------------------------------------
  section(
    `## GoEmotions (Reddit comments), \`report.detected\` vs mapped labels\n\n` +
      `anger <- anger; frustration <- annoyance or disappointment; anxiety <- nervousness or fear; ` +
      `confusion <- confusion; gratitude <- gratitude. Urgency has no GoEmotions label and is not scored here. ` +
      `"AUC (score)" ranks items by \`report.emotions[e]\`, independent of thresholds.`,
  );
  const goResults: Record<string, unknown> = {};
  const devReports: { labels: boolean[][]; scores: number[][] } = { labels: [], scores: [] };
  for (const split of ['dev', 'test'] as const) {
    const loaded = loadGoEmotions(data, split);
    skip(loaded);
    if (!loaded.ok) {
      section(`_GoEmotions ${split}: ${loaded.reason}._`);
      continue;
    }
    const items = limited(loaded.items, limit);
    note(`GoEmotions ${split}: ${items.length} texts...`);
    const { result: res, reports } = multiLabel(GOEMOTIONS_EMOTIONS, items, run);
    const urgencyFired = reports.filter((r) => r.detected.includes('urgency')).length;
    goResults[split] = { ...res, urgencyDetected: urgencyFired };
    section(
      `### GoEmotions ${split} (${int(items.length)} texts)\n\n${prfTable(res)}\n\n` +
        `Urgency (not scored) was detected on ${int(urgencyFired)} texts (${fmt((100 * urgencyFired) / items.length, 1)}%).`,
    );
    if (split === 'dev') {
      for (const e of GOEMOTIONS_EMOTIONS) {
        devReports.labels.push(items.map((it) => it.emotions.includes(e)));
        devReports.scores.push(reports.map((r) => r.emotions[e]));
      }
    }
    if (split === 'test') {
      targets.push({
        name: 'GoEmotions test macro-F1 (5 emotions)',
        value: res.macroF1,
        target: TARGETS.goemotionsTestMacroF1,
        pass: res.macroF1 >= TARGETS.goemotionsTestMacroF1,
      });
    }
  }
  if (devReports.labels.length > 0) {
    // Diagnostic only: the score threshold that would maximise F1 on dev.
    const rows = GOEMOTIONS_EMOTIONS.map((e, i) => {
      const best = bestF1Threshold(devReports.labels[i]!, devReports.scores[i]!);
      const cur = (goResults.dev as MultiLabelResult).perEmotion[i]!;
      return [e, fmt(cur.f1), fmt(best.f1), fmt(best.threshold)];
    });
    goResults.devBestThresholds = Object.fromEntries(rows.map((r) => [r[0], { f1: Number(r[2]), threshold: Number(r[3]) }]));
    section(
      `### Threshold diagnostic (GoEmotions dev)\n\nF1 with the current decision rule vs the best F1 any single score ` +
        `threshold reaches on dev (\`emotions[e] >= t\`). Tuned on dev, so this is an upper bound for dev, not a test result.\n\n` +
        mdTable(['emotion', '>F1 now', '>best F1', '>at t'], rows),
    );
  }
  result.goemotions = goResults;

  // 2. Negativity AUC ----------------------------------------------------------------------------
  section(
    `## Negativity ROC AUC\n\nheard's score is \`max(emotions.anger, emotions.frustration, emotions.anxiety, emotions.confusion)\`. ` +
      `Reference scorers on the same rows: \`sentiment\` (AFINN-165) \`-comparative\` and vader-sentiment \`-compound\`.`,
  );
  const scorers: Record<string, (t: string, id: string) => number> = {
    'heard negativity': (t, id) => negativity(run(t, id)),
  };
  for (const [name, f] of Object.entries(baselines)) scorers[name] = (t) => f(t);

  const aucFor = (items: readonly { id: string; text: string }[], labels: boolean[]): Record<string, number> => {
    const out: Record<string, number> = {};
    for (const [name, f] of Object.entries(scorers)) out[name] = rocAuc(labels, items.map((it) => f(it.text, it.id)));
    return out;
  };

  const aucRows: (string | number)[][] = [];
  const complaints = loadComplaints(data);
  skip(complaints);
  if (complaints.ok) {
    const items = limited(complaints.items, limit);
    note(`complaints: ${items.length} tweets...`);
    const labels = items.map((it) => it.complaint);
    const all = aucFor(items, labels);
    const brand = items.filter((it) => !it.domain.startsWith('random_'));
    const brandAuc = aucFor(brand, brand.map((it) => it.complaint));
    const r: AucResult = {
      n: items.length,
      positives: labels.filter(Boolean).length,
      auc: all,
      slices: { brandTweetsOnly: { n: brand.length, positives: brand.filter((b) => b.complaint).length, auc: brandAuc } },
    };
    result.complaints = r;
    const h = all['heard negativity']!;
    targets.push({ name: 'complaints ROC AUC (complaint vs not)', value: h, target: TARGETS.complaintsAuc, pass: h >= TARGETS.complaintsAuc });
    for (const name of Object.keys(scorers)) {
      aucRows.push([
        'complaints-social-media: complaint vs not',
        `${int(r.n)} (${int(r.positives)} pos)`,
        name,
        fmt(all[name]!),
        name === 'heard negativity' ? `>= ${TARGETS.complaintsAuc}` : '',
      ]);
    }
    for (const name of Object.keys(scorers)) {
      aucRows.push([
        '↳ brand tweets only (no random_* controls)',
        `${int(brand.length)} (${int(r.slices!.brandTweetsOnly!.positives)} pos)`,
        name,
        fmt(brandAuc[name]!),
        '',
      ]);
    }
  }
  const airline = loadAirline(data);
  skip(airline);
  if (airline.ok) {
    const items = limited(
      airline.items.filter((it) => it.confidence >= AIRLINE_MIN_CONFIDENCE),
      limit,
    );
    note(`airline: ${items.length} tweets with confidence >= ${AIRLINE_MIN_CONFIDENCE}...`);
    const labels = items.map((it) => it.sentiment === 'negative');
    const all = aucFor(items, labels);
    const r: AucResult = { n: items.length, positives: labels.filter(Boolean).length, auc: all };
    result.airline = { ...r, minConfidence: AIRLINE_MIN_CONFIDENCE };
    const h = all['heard negativity']!;
    targets.push({ name: `airline ROC AUC (negative vs not, conf >= ${AIRLINE_MIN_CONFIDENCE})`, value: h, target: TARGETS.airlineAuc, pass: h >= TARGETS.airlineAuc });
    for (const name of Object.keys(scorers)) {
      aucRows.push([
        `twitter-us-airline-sentiment: negative vs not (confidence >= ${AIRLINE_MIN_CONFIDENCE})`,
        `${int(r.n)} (${int(r.positives)} pos)`,
        name,
        fmt(all[name]!),
        name === 'heard negativity' ? `>= ${TARGETS.airlineAuc}` : '',
      ]);
    }
  }
  if (!complaints.ok) section(`_${complaints.reason}._`);
  if (!airline.ok) section(`_${airline.reason}._`);
  if (aucRows.length) section(mdTable(['dataset', '>n', 'scorer', '>ROC AUC', 'target'], aucRows));

  // 3. Fixtures --------------------------------------------------------------------------------------
  section(`## Fixtures (fixtures/emotions), six emotions`);
  const fixtures: Record<string, unknown> = {};
  for (const split of ['dev', 'test'] as const) {
    const loaded = loadFixtures(REPO_ROOT, split);
    skip(loaded);
    if (!loaded.ok) {
      section(`_fixtures ${split}: ${loaded.reason}._`);
      continue;
    }
    const items = limited(loaded.items, limit);
    note(`fixtures ${split}: ${items.length} texts...`);
    const { result: res, reports } = multiLabel(EMOTIONS, items, run);
    const none = items.map((it, i) => ({ gold: it.emotions.length === 0, fired: reports[i]!.detected.length > 0 }));
    const noneGold = none.filter((x) => x.gold).length;
    const noneFired = none.filter((x) => x.gold && x.fired).length;
    const exact = items.filter((it, i) => sameSet(it.emotions, reports[i]!.detected)).length;
    fixtures[split] = { ...res, noEmotionTexts: noneGold, noEmotionFlagged: noneFired, exactMatch: exact };
    section(
      `### fixtures ${split} (${int(items.length)} texts)\n\n${prfTable(res)}\n\n` +
        `Exact set match: ${int(exact)}/${int(items.length)} (${fmt((100 * exact) / Math.max(1, items.length), 1)}%). ` +
        `Texts with no gold emotion: ${int(noneGold)}; heard detected something on ${int(noneFired)} of them.`,
    );
  }
  result.fixtures = fixtures;

  // 4. Replies: preference pairs and EPITOME -------------------------------------------------------
  const scoreReply = await loadScoreReply();
  const pairScorers: Record<string, PairScorer> = { heard: heardScorer(scoreReply), ...BASELINES };
  section(
    `## Reply scoring: preference pairs (fixtures/replies)\n\nPairwise accuracy: the share of pairs where the better ` +
      `reply scores strictly higher on the pair's dimension (a tie is a miss). Trivial baselines on the same pairs show ` +
      `that length or apologies alone do not win.`,
  );
  const pairResults: Record<string, unknown> = {};
  for (const split of ['dev', 'test'] as const) {
    const loaded = loadReplyPairs(REPO_ROOT, split);
    skip(loaded);
    if (!loaded.ok) continue;
    const pairs = limited(loaded.items, limit);
    note(`reply pairs ${split}: ${pairs.length}...`);
    const res = Object.fromEntries(Object.entries(pairScorers).map(([name, f]) => [name, pairwise(pairs, f)]));
    pairResults[split] = res;
    const rows = [...DIMENSIONS, 'all' as const].map((d) => [
      d,
      int(res.heard![d].n),
      ...Object.keys(pairScorers).map((name) => `${fmt(res[name]![d].accuracy)}${name === 'heard' && res.heard![d].ties ? ` (${res.heard![d].ties} ties)` : ''}`),
    ]);
    section(`### ${split} (${int(pairs.length)} pairs)\n\n` + mdTable(['dimension', '>pairs', ...Object.keys(pairScorers).map((n) => '>' + n)], rows));
    if (split === 'test') {
      const worst = Math.min(...DIMENSIONS.map((d) => res.heard![d].accuracy));
      targets.push({ name: 'reply pairs (test): lowest per-dimension pairwise accuracy', value: worst, target: TARGETS.pairAccuracy, pass: worst >= TARGETS.pairAccuracy });
    }
  }
  result.replyPairs = pairResults;

  const epitome = loadEpitome(data);
  skip(epitome);
  if (epitome.ok) {
    const items = limited(epitome.items, limit);
    note(`EPITOME: ${items.length} seeker/response pairs...`);
    const heardAuc = epitomeAuc(items, (it) => scoreReply(it.response, { message: it.seeker }).dimensions.empathy.score);
    const alone = epitomeAuc(items, (it) => scoreReply(it.response).dimensions.empathy.score);
    const keyword = epitomeAuc(items, (it) => keywordEmpathy(it.response));
    // Diagnostic: the learned warmth model on its own (src/reply/warmth.ts, an internal module).
    const { warmth } = (await import(pathToFileURL(join(REPO_ROOT, 'src', 'reply', 'warmth.ts')).href)) as typeof import('../src/reply/warmth.ts');
    const { prepare } = (await import(pathToFileURL(join(REPO_ROOT, 'src', 'text', 'prepare.ts')).href)) as typeof import('../src/text/prepare.ts');
    const warm = epitomeAuc(items, (it) => warmth(prepare(it.response)));
    const positives = items.filter((it) => it.level >= 1).length;
    result.epitome = { n: items.length, positives, auc: { heard: heardAuc, heardWithoutMessage: alone, warmthModel: warm, keyword } };
    targets.push({ name: 'EPITOME emotional reactions ROC AUC (empathy score, level >= 1 vs 0)', value: heardAuc, target: TARGETS.epitomeAuc, pass: heardAuc >= TARGETS.epitomeAuc });
    section(
      `## Reply scoring: EPITOME emotional reactions (Reddit)\n\nROC AUC of \`dimensions.empathy.score\` for responses ` +
        `with an emotional reaction (level 1 or 2) vs none (level 0), the seeker's post given as the message. ` +
        `Evaluation only: nothing in heard is derived from this data.\n\n` +
        mdTable(['scorer', '>n', '>ROC AUC', 'target'], [
          ['heard empathy, with the seeker post as message', `${int(items.length)} (${int(positives)} pos)`, fmt(heardAuc), `>= ${TARGETS.epitomeAuc}`],
          ['heard empathy, reply alone', '', fmt(alone), ''],
          ['learned warmth model alone (diagnostic; part of the empathy score)', '', fmt(warm), ''],
          ['keyword regex (sorry|hope|hugs|feel|understand|care|here for you)', '', fmt(keyword), ''],
        ]),
    );
  } else section(`_${epitome.reason}._`);

  // Summary ------------------------------------------------------------------------------------------
  const summary = targets.length
    ? mdTable(
        ['target', '>value', '>goal', 'result'],
        targets.map((t) => [t.name, fmt(t.value), `>= ${t.target}`, verdict(t.pass)]),
      )
    : '_No target could be checked (no dataset found)._';
  out.splice(1, 0, `## Targets\n\n${summary}`);
  if (skipped.length) out.splice(2, 0, `Skipped:\n${skipped.map((s) => `- ${s}`).join('\n')}`);
  section(`## Run\n\n${runFooter(started)}`);

  result.targets = targets;
  result.skipped = skipped;
  result.command = commandLine();
  result.wallSeconds = (performance.now() - started) / 1000;
  process.stdout.write(json ? JSON.stringify(result, null, 2) + '\n' : out.join('\n\n') + '\n');

  const missed = targets.filter((t) => !t.pass);
  if (missed.length) note(`${missed.length} target(s) missed: ${missed.map((t) => t.name).join('; ')}`);
  return args.flags.has('strict') && missed.length > 0 ? 1 : 0;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const sa = new Set(a);
  const sb = new Set(b);
  return sa.size === sb.size && [...sa].every((x) => sb.has(x));
}

runMain(main);
