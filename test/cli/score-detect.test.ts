/** `heard score` and `heard detect`: human and JSON output, stdin, and --jsonl streaming (in-process and with worker threads). */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { detectEmotions, scoreReply } from '../../src/index.ts';
import { heard, ROOT } from './run.ts';

const tmp = mkdtempSync(join(tmpdir(), 'heard-score-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const REPLY = "Hi Maria, I'm sorry the refund took three weeks. I've sent it today; reply here if it isn't there by Friday.";
const MESSAGE = "I've waited THREE WEEKS for my refund!!!";

describe('heard score', () => {
  it('prints scores and findings; --json is the library result', async () => {
    const human = await heard(['score', REPLY, '--message', MESSAGE, '--name', 'Maria']);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/^Overall \d+\/100/);
    expect(human.stdout).toMatch(/Customer: frustration/);
    const r = await heard(['score', REPLY, '--message', MESSAGE, '--name', 'Maria', '--json']);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(scoreReply(REPLY, { message: MESSAGE, customerName: 'Maria' }))));
  });

  it('reads the reply from a file or stdin and the message from a file', async () => {
    writeFileSync(join(tmp, 'reply.txt'), REPLY);
    writeFileSync(join(tmp, 'msg.txt'), MESSAGE);
    const a = await heard(['score', 'reply.txt', '-m', 'msg.txt', '--json'], { cwd: tmp });
    const b = await heard(['score', '-', '-m', MESSAGE, '--json'], { cwd: tmp, stdin: REPLY });
    expect(JSON.parse(a.stdout).score).toBe(scoreReply(REPLY, { message: MESSAGE }).score);
    expect(JSON.parse(b.stdout)).toEqual(JSON.parse(a.stdout));
  });

  it('usage errors exit 2', async () => {
    expect((await heard(['score'])).code).toBe(2);
    expect((await heard(['score', 'a', 'b'])).code).toBe(2);
    expect((await heard(['score', '--jsonl', 'missing.jsonl'])).code).toBe(2);
    expect((await heard(['score', '--jsonl', 'x', '--workers', '-1'])).code).toBe(2);
    expect((await heard(['frobnicate'])).code).toBe(2);
    expect((await heard([])).code).toBe(2);
    expect((await heard(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

describe('heard detect', () => {
  it('human and JSON output', async () => {
    const h = await heard(['detect', MESSAGE]);
    expect(h.stdout).toMatch(/^Detected: frustration/);
    const j = await heard(['detect', MESSAGE, '--json']);
    expect(JSON.parse(j.stdout)).toEqual(JSON.parse(JSON.stringify(detectEmotions(MESSAGE))));
  });
});

function lines(n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(JSON.stringify({ id: `t${i}`, reply: `${REPLY} (${i})`, message: i % 3 ? MESSAGE : undefined, customerName: 'Maria' }));
  return out.join('\n');
}

describe('--jsonl', () => {
  it('one record per non-blank line, in order, with error records for bad lines', async () => {
    const input = `${lines(3)}\n\nnot json\n{"id": 7}\n[1]\n`;
    const r = await heard(['score', '--jsonl', '-', '--workers', '0'], { stdin: input });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/3 of 6 lines could not be scored/);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.line)).toEqual([1, 2, 3, 5, 6, 7]);
    expect(out[0]).toMatchObject({ id: 't0', score: scoreReply(`${REPLY} (0)`, { customerName: 'Maria' }).score });
    expect(out[1].customer.detected).toContain('frustration');
    expect(out[3].error).toMatch(/invalid JSON/);
    expect(out[4]).toMatchObject({ id: 7, error: 'expected "reply" to be a string, got undefined' });
    expect(out[5].error).toMatch(/expected an object/);
  });

  it('draws a progress bar on stderr only when it is a terminal', async () => {
    const tty = await heard(['detect', '--jsonl', '-', '--workers', '0'], { stdin: '{"text":"hi"}\n', tty: true });
    expect(tty.stderr).toMatch(/heard: detecting .*1 lines/);
    expect(tty.stderr.endsWith('\r\x1b[K')).toBe(true); // cleared at the end
    const pipe = await heard(['detect', '--jsonl', '-', '--workers', '0'], { stdin: '{"text":"hi"}\n' });
    expect(pipe.stderr).toBe('');
    expect(tty.stdout).toBe(pipe.stdout);
  });

  it('detect --jsonl', async () => {
    const r = await heard(['detect', '--jsonl', '-'], { stdin: '{"text":"thank you so much!","id":1}\n{"text":"WHERE IS IT"}\n' });
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out[0]).toMatchObject({ id: 1, line: 1, primary: 'gratitude' });
    expect(out[1].line).toBe(2);
  });

  it('a reader that closes the pipe early ends the run quietly (subprocess)', async () => {
    const { spawn } = await import('node:child_process');
    const file = join(tmp, 'pipe.jsonl');
    writeFileSync(file, `${lines(3000)}\n`);
    const cli = join(ROOT, 'src', 'cli', 'main.ts');
    const tsx = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
    const child = spawn(process.execPath, [tsx, cli, 'score', '--jsonl', file, '--workers', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|Error/);
    expect(code).toBe(0);
  });

  it('worker threads give byte-identical output to the main thread (subprocess)', () => {
    const file = join(tmp, 'many.jsonl');
    writeFileSync(file, `${lines(2600)}\nbad\n`);
    const cli = join(ROOT, 'src', 'cli', 'main.ts');
    const tsx = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
    const run = (workers: string) => spawnSync(process.execPath, [tsx, cli, 'score', '--jsonl', file, '--workers', workers], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const pooled = run('2');
    const single = run('0');
    expect(pooled.status).toBe(2);
    expect(pooled.stdout.split('\n').length).toBe(2602);
    expect(pooled.stdout).toBe(single.stdout);
    expect(() => execFileSync(process.execPath, [tsx, cli, '--version'])).not.toThrow();
  });
});
