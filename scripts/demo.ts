/**
 * `npm start`: runs detectEmotions over the bundled example messages and prints what it
 * found, scores the bundled example replies (fixtures/examples/replies.jsonl) with
 * scoreReply, then lints the bundled reply templates (fixtures/templates/) with the `heard`
 * CLI, as a CI job would. Pass a file of messages (one per line) to use your own messages.
 */
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../src/cli/run.ts';
import { nodeIo } from '../src/cli/io.ts';
import { detectEmotions, scoreReply, type EmotionReport, type ReplyScore } from '../src/index.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const file = process.argv[2] ?? join(root, 'fixtures', 'examples', 'messages.txt');
let lines: string[];
try {
  lines = readFileSync(file, 'utf8').split(/\r?\n/).filter((l) => l.trim() && !l.startsWith('#'));
} catch (err) {
  console.error(`heard: cannot read ${file}: ${(err as Error).message}`);
  process.exit(2);
}

const bar = (x: number): string => '█'.repeat(Math.round(x * 10)).padEnd(10, '·');

function show(text: string, r: EmotionReport): void {
  console.log(`\n“${text}”`);
  const found = r.detected.length ? r.detected.map((e) => `${e} ${r.emotions[e].toFixed(2)}`).join(', ') : 'no strong emotion';
  console.log(`  detected: ${found}   (intensity ${r.intensity.toFixed(2)})`);
  for (const e of Object.keys(r.emotions) as (keyof typeof r.emotions)[]) {
    const why = r.evidence.filter((ev) => ev.emotion === e && ev.weight > 0).map((ev) => `"${ev.text}"`);
    if (r.emotions[e] < 0.2 && why.length === 0) continue;
    console.log(`  ${e.padEnd(11)} ${bar(r.emotions[e])} ${r.emotions[e].toFixed(2)}  ${why.slice(0, 5).join(' ')}`);
  }
}

for (const text of lines) show(text, detectEmotions(text));
console.log(`\n${lines.length} messages from ${file}`);

function showReply(reply: string, message: string | undefined, r: ReplyScore): void {
  console.log(`\n${'─'.repeat(72)}\nCustomer: “${message ?? '(no message)'}”\nReply:\n${reply.replace(/^/gm, '  | ')}`);
  console.log(`  overall ${r.score}/100   ` + Object.entries(r.dimensions).map(([d, v]) => `${d} ${v.score}`).join(' · '));
  for (const f of r.findings) {
    const fix = f.suggestions?.[0];
    const how = fix ? (fix.replacement !== undefined ? `→ “${fix.replacement}”` : `→ ${fix.message}`) : '';
    console.log(`  ${f.severity.padEnd(7)} ${f.ruleId.padEnd(20)} “${f.text.replace(/\s+/g, ' ').slice(0, 60)}”\n          ${f.message}\n          ${how}`);
  }
}

const repliesFile = join(root, 'fixtures', 'examples', 'replies.jsonl');
const replies = readFileSync(repliesFile, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { reply: string; message?: string; customerName?: string });
console.log(`\n\nScoring ${replies.length} draft replies (${repliesFile}):`);
for (const x of replies) showReply(x.reply, x.message, scoreReply(x.reply, { message: x.message, customerName: x.customerName }));

// The CLI over the bundled templates: one file of each format and helpdesk export (not broken/).
const lintArgs = ['lint', 'fixtures/templates/*.{txt,md,html,hbs,liquid,json,yaml,csv}'];
console.log(`\n\n${'═'.repeat(72)}\n$ heard ${lintArgs.join(' ')}\n`);
const code = await runCli(lintArgs, { ...nodeIo(), cwd: root });
const meaning = ['clean', 'error-level findings or a template below its minimum score', 'usage, config or file errors'][code];
console.log(`\nheard lint exit code: ${code} (${meaning}); in CI this would ${code === 0 ? 'pass' : 'fail'} the job. See docs/cli.md.`);
