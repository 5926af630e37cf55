/**
 * What each NLP package on the design card costs: import time, throughput on a comparable job,
 * and browser bundle size. Backs the architecture doc's claims about where each one earns its
 * place (e.g. compromise only at build time, natural not in the browser).
 *
 *   npx tsx bench/packages.ts [--rounds <n>] [--startup-runs <n>]
 *
 * --rounds        timed throughput rounds per job (default 5)
 * --startup-runs  child processes per import variant (default 9)
 *
 * 1. Import: fresh `node --input-type=module -e` children that `import()` the package (and for
 *    "first call", also set it up and process one corpus message), minus a bare `node -e ""`.
 *    Medians of interleaved runs; "in child" is `performance.now()` around the work.
 * 2. Throughput on bench/corpus/speed.txt, alternating rounds in this process (median texts/s):
 *    sentiment.analyze; wink-nlp tokenize-only (`winkNLP(model, [])`, `readDoc(t).tokens().out()`)
 *    and with its full default pipe; compromise `nlp(t).json()` and `nlp.tokenize(t)`; natural
 *    WordTokenizer + PorterStemmer over the words; heard detectEmotions for reference.
 * 3. Browser bundle: esbuild of a minimal entry importing the package (platform browser, ESM,
 *    minified), bytes and gzip -9, or "does not bundle" with esbuild's first error.
 */
import { pathToFileURL } from 'node:url';
import Sentiment from 'sentiment';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import nlp from 'compromise';
import {
  bundleForBrowser,
  bundleHeardForNode,
  esmArgs,
  fmt,
  heardEntry,
  int,
  loadSpeedCorpus,
  mdTable,
  measureStartup,
  note,
  parseArgs,
  ratio,
  runFooter,
  runMain,
  scratchDir,
  throughput,
  type Contender,
  type DetectEmotions,
} from './lib/common.ts';

interface PackageCase {
  name: string;
  /** Whether it is on the design card (others are references). */
  onCard: boolean;
  /** ESM statements that import the package (into `m`). */
  importCode: string;
  /** ESM statements run after `importCode` that set it up and process `TEXT` once. */
  callCode: string;
  /** A minimal browser entry. */
  bundleEntry: string;
}

function positiveInt(v: string | undefined, dflt: number, name: string): number {
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive integer`);
  return n;
}

function cases(heardNodeUrl: string, heardSrc: string): PackageCase[] {
  return [
    {
      name: 'natural',
      onCard: true,
      importCode: `const m = (await import('natural')).default;`,
      callCode: `const tok = new m.WordTokenizer(); tok.tokenize(TEXT).map((w) => m.PorterStemmer.stem(w));`,
      bundleEntry: `import * as m from 'natural'; export default m;`,
    },
    {
      name: 'natural (deep imports: WordTokenizer, PorterStemmer)',
      onCard: true,
      importCode:
        `const { WordTokenizer } = (await import('natural/lib/natural/tokenizers/regexp_tokenizer.js')).default; ` +
        `const PorterStemmer = (await import('natural/lib/natural/stemmers/porter_stemmer.js')).default;`,
      callCode: `new WordTokenizer().tokenize(TEXT).map((w) => PorterStemmer.stem(w));`,
      bundleEntry:
        `import { WordTokenizer } from 'natural/lib/natural/tokenizers/regexp_tokenizer.js'; ` +
        `import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js'; export { WordTokenizer, PorterStemmer };`,
    },
    {
      name: 'compromise',
      onCard: true,
      importCode: `const m = (await import('compromise')).default;`,
      callCode: `m(TEXT).json();`,
      bundleEntry: `import nlp from 'compromise'; export default nlp;`,
    },
    {
      name: 'compromise/one (tokenizer build)',
      onCard: true,
      importCode: `const m = (await import('compromise/one')).default;`,
      callCode: `m(TEXT).json();`,
      bundleEntry: `import nlp from 'compromise/one'; export default nlp;`,
    },
    {
      name: 'sentiment',
      onCard: true,
      importCode: `const m = (await import('sentiment')).default;`,
      callCode: `new m().analyze(TEXT);`,
      bundleEntry: `import Sentiment from 'sentiment'; export default Sentiment;`,
    },
    {
      name: 'wink-nlp + wink-eng-lite-web-model',
      onCard: true,
      importCode: `const w = (await import('wink-nlp')).default; const model = (await import('wink-eng-lite-web-model')).default;`,
      callCode: `w(model, []).readDoc(TEXT).tokens().out();`,
      bundleEntry: `import winkNLP from 'wink-nlp'; import model from 'wink-eng-lite-web-model'; export { winkNLP, model };`,
    },
    {
      name: 'wink-sentiment',
      onCard: false,
      importCode: `const m = (await import('wink-sentiment')).default;`,
      callCode: `m(TEXT);`,
      bundleEntry: `import s from 'wink-sentiment'; export default s;`,
    },
    {
      name: 'vader-sentiment',
      onCard: false,
      importCode: `const m = (await import('vader-sentiment')).default;`,
      callCode: `m.SentimentIntensityAnalyzer.polarity_scores(TEXT);`,
      bundleEntry: `import v from 'vader-sentiment'; export default v;`,
    },
    {
      name: 'heard',
      onCard: false,
      importCode: `const m = await import(${JSON.stringify(heardNodeUrl)});`,
      callCode: `m.detectEmotions(TEXT);`,
      bundleEntry: `export * from ${JSON.stringify(heardSrc)};`,
    },
  ];
}

async function main(): Promise<number> {
  const started = performance.now();
  const args = parseArgs(process.argv.slice(2), ['rounds', 'startup-runs'], []);
  const rounds = positiveInt(args.values.get('rounds'), 5, 'rounds');
  const startupRuns = positiveInt(args.values.get('startup-runs'), 9, 'startup-runs');
  // natural's storage backends call dotenv.config(), which logs a banner unless told not to.
  process.env.DOTENV_CONFIG_QUIET = 'true';

  const corpus = loadSpeedCorpus();
  const tmp = scratchDir('heard-bench-packages-');
  const heardBundle = await bundleHeardForNode(tmp);
  const heardUrl = pathToFileURL(heardBundle).href;
  const all = cases(heardUrl, heardEntry());
  const TEXT = JSON.stringify(corpus[0]!);

  // 1. Import time ---------------------------------------------------------------------------------
  note(`import time: ${all.length} packages x ${startupRuns} runs x 2 variants...`);
  const variants = [{ name: 'bare', args: ['-e', ''] }];
  for (const c of all) {
    variants.push({
      name: `${c.name}|import`,
      args: esmArgs(`const t0 = performance.now(); ${c.importCode} console.log(performance.now() - t0);`),
    });
    variants.push({
      name: `${c.name}|call`,
      args: esmArgs(`const TEXT = ${TEXT}; const t0 = performance.now(); ${c.importCode} ${c.callCode} console.log(performance.now() - t0);`),
    });
  }
  const startup = new Map(measureStartup(variants, startupRuns).map((r) => [r.name, r]));
  const bareMs = startup.get('bare')!.wallMs;

  // 2. Browser bundles ----------------------------------------------------------------------------
  note('browser bundles...');
  const bundles = new Map<string, Awaited<ReturnType<typeof bundleForBrowser>>>();
  for (const c of all) bundles.set(c.name, await bundleForBrowser(c.bundleEntry));

  const importRows = all.map((c) => {
    const imp = startup.get(`${c.name}|import`)!;
    const call = startup.get(`${c.name}|call`)!;
    const b = bundles.get(c.name)!;
    return [
      c.onCard ? c.name : `${c.name} (reference)`,
      fmt(imp.wallMs - bareMs, 1),
      fmt(imp.inChildMs, 1),
      fmt(call.wallMs - bareMs, 1),
      fmt(call.inChildMs, 1),
      b.ok ? int(b.bytes) : '',
      b.ok ? int(b.gzipBytes) : `does not bundle: ${b.error}`,
    ];
  });

  // 3. Throughput ------------------------------------------------------------------------------------
  const natural = (await import('natural')).default;
  const afinn = new Sentiment();
  const winkTok = winkNLP(model, []);
  const winkFull = winkNLP(model);
  const its = winkFull.its;
  const wordTok = new natural.WordTokenizer();
  const stem = natural.PorterStemmer;
  const heard = (await import(heardUrl)) as { detectEmotions: DetectEmotions };
  const jobs: (Contender & { job: string })[] = [
    { job: 'sentiment scoring', name: 'sentiment analyze', fn: (t) => afinn.analyze(t) },
    { job: 'tokenize', name: 'wink-nlp readDoc(t).tokens().out(), pipe []', fn: (t) => winkTok.readDoc(t).tokens().out() },
    { job: 'full NLP pipe', name: 'wink-nlp readDoc(t).out(its.sentiment), default pipe', fn: (t) => winkFull.readDoc(t).out(its.sentiment) },
    { job: 'full NLP pipe', name: 'compromise nlp(t).json()', fn: (t) => nlp(t).json() },
    { job: 'tokenize', name: 'compromise nlp.tokenize(t)', fn: (t) => nlp.tokenize(t) },
    { job: 'tokenize + stem', name: 'natural WordTokenizer + PorterStemmer', fn: (t) => wordTok.tokenize(t).map((w) => stem.stem(w)) },
    { job: 'emotion detection', name: 'heard detectEmotions (reference)', fn: (t) => heard.detectEmotions(t) },
  ];
  note(`throughput: ${jobs.length} jobs, ${rounds} rounds...`);
  const tp = throughput(jobs, corpus, { rounds, warmupMs: 400, targetRunMs: 300, onProgress: note });
  const base = tp[0]!.median;

  const out = [
    '# NLP packages: import cost, throughput, browser size',
    `## Import time and browser bundle\n\n` +
      `"ms above node" = median wall time of a fresh \`node --input-type=module -e\` child minus a bare \`node -e ""\` ` +
      `(${fmt(bareMs, 1)} ms), ${startupRuns} interleaved runs. "In child" = \`performance.now()\` around the import (and call). ` +
      `"First call" also constructs what the job needs and processes one corpus message. Bundle: esbuild, platform browser, ESM, minified, ` +
      `entry importing the package; gzip at level 9.\n\n` +
      mdTable(
        ['package', '>import: ms above node', '>import: in child', '>+ first call: ms above node', '>+ first call: in child', '>browser min bytes', '>browser gzip bytes'],
        importRows,
      ),
    `## Throughput\n\nbench/corpus/speed.txt (${corpus.length} messages), alternating rounds, ${rounds} timed rounds after warm-up, median.\n\n` +
      mdTable(
        ['job', 'library and call', '>texts/s', '>µs/text', '>vs sentiment.analyze'],
        jobs.map((j, i) => [j.job, j.name, int(tp[i]!.median), fmt(1e6 / tp[i]!.median, 1), ratio(tp[i]!.median / base)]),
      ),
    `## Run\n\n${runFooter(started)}`,
  ];
  process.stdout.write(out.join('\n\n') + '\n');
  return 0;
}

runMain(main);
