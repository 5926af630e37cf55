/** createAnalyzer: defaults equal the top-level functions, config validation, custom rules, lexicon changes, determinism. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnalyzer, defaultRules, defineRule, detectEmotions, scoreReply, SIGNALS, type Rule } from '../src/index.ts';

const MESSAGES = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'examples', 'messages.txt'), 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
const PAIRS = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'replies', 'dev.jsonl'), 'utf8').split('\n').filter(Boolean).slice(0, 60)
  .map((l) => JSON.parse(l) as { message?: string; customerName?: string; better: string; worse: string });

describe('createAnalyzer()', () => {
  it('with the defaults gives exactly the top-level results', () => {
    const a = createAnalyzer();
    for (const m of MESSAGES) expect(a.detectEmotions(m)).toEqual(detectEmotions(m));
    for (const p of PAIRS) expect(a.scoreReply(p.better, { message: p.message, customerName: p.customerName })).toEqual(scoreReply(p.better, { message: p.message, customerName: p.customerName }));
    expect(a.rules.map((r) => r.id)).toEqual(defaultRules.map((r) => r.meta.id));
    expect(a.signals).toEqual(SIGNALS);
  });

  it('is deterministic: the same input gives the same output, in any order and across analyzers', () => {
    const a = createAnalyzer({ signals: { model: false }, warmth: false });
    const b = createAnalyzer({ signals: { model: false }, warmth: false });
    const first = PAIRS.map((p) => a.scoreReply(p.worse, { message: p.message }));
    const again = [...PAIRS].reverse().map((p) => b.scoreReply(p.worse, { message: p.message })).reverse();
    expect(again).toEqual(first);
    expect(MESSAGES.map((m) => a.detectEmotions(m))).toEqual(MESSAGES.map((m) => b.detectEmotions(m)));
  });

  it('turns signals off: no model evidence, no negation', () => {
    const text = "I'm not angry, just confused. This is useless!!!";
    const noModel = createAnalyzer({ signals: { model: false } }).detectEmotions(text);
    expect(noModel.evidence.some((e) => e.source.startsWith('model:'))).toBe(false);
    expect(detectEmotions(text).evidence.some((e) => e.source.startsWith('model:'))).toBe(true);
    const noNegation = createAnalyzer({ signals: { negation: false } }).detectEmotions(text);
    expect(noNegation.emotions.anger).toBeGreaterThan(detectEmotions(text).emotions.anger);
    const lexOnly = createAnalyzer({ signals: Object.fromEntries(SIGNALS.filter((s) => s !== 'lexicon').map((s) => [s, false])) });
    expect(lexOnly.signals).toEqual(['lexicon']);
    expect(lexOnly.detectEmotions(text).evidence.every((e) => e.source.startsWith('lexicon:') || e.source === 'signal:anger-spillover')).toBe(true);
  });

  it('extra cues and thresholds', () => {
    const a = createAnalyzer({ cues: [{ phrase: 'chargeback', emotion: 'anger', weight: 3 }], thresholds: { anger: 0.5 } });
    const r = a.detectEmotions('I will file a chargeback today.');
    expect(r.evidence.find((e) => e.source === 'config:cue')?.text).toBe('chargeback');
    expect(r.detected).toContain('anger');
    expect(detectEmotions('I will file a chargeback today.').detected).not.toContain('anger');
    const negated = a.detectEmotions("I won't file a chargeback.");
    expect(negated.evidence.find((e) => e.source === 'config:cue')!.weight).toBeLessThan(0);
  });

  it('custom rules through defineRule run, score and report like built-in ones', () => {
    const noExclamations: Rule = defineRule({
      meta: { id: 'no-exclamations', dimension: 'authenticity', description: 'No "!!".', severity: 'warning', weight: 1, options: { max: { type: 'number', default: 1, min: 0, description: 'Most "!" allowed.' } } },
      check(ctx, options) {
        const bangs = ctx.doc.tokens.filter((t) => t.norm.startsWith('!'));
        const over = bangs.length > (options.max as number);
        return {
          score: over ? 0 : 1,
          findings: over ? bangs.map((t) => ({ start: t.start, end: t.end, message: 'Too many exclamation marks.', suggestions: [{ message: 'Use a full stop.', replacement: '.' }] })) : [],
        };
      },
    });
    const a = createAnalyzer({ ruleSet: [...defaultRules, noExclamations] });
    const reply = 'Hi Sam! Your order ships today! Reply here if it does not arrive by Friday.';
    const r = a.scoreReply(reply);
    expect(r.findings.filter((f) => f.ruleId === 'no-exclamations').map((f) => f.text)).toEqual(['!', '!']);
    expect(r.dimensions.authenticity.score).toBeLessThan(scoreReply(reply).dimensions.authenticity.score);
    expect(a.scoreReply(reply, {}, { rules: { 'no-exclamations': ['warning', { max: 5 }] } }).findings.some((f) => f.ruleId === 'no-exclamations')).toBe(false);
    expect(a.rules.at(-1)?.id).toBe('no-exclamations');
    // A rule set without a rule: it neither reports nor counts.
    const without = createAnalyzer({ ruleSet: defaultRules.filter((x) => x.meta.id !== 'no-canned-phrases') });
    expect(without.scoreReply('We apologize for any inconvenience.').findings.some((f) => f.ruleId === 'no-canned-phrases')).toBe(false);
  });

  it('rule settings, rule weights and dimension weights from the config; call options on top', () => {
    const a = createAnalyzer({ rules: { 'no-canned-phrases': 'error' }, ruleWeights: { 'no-canned-phrases': 10 }, weights: { empathy: 0 } });
    const reply = 'Thank you for reaching out. Your refund is on its way and arrives by Friday.';
    const r = a.scoreReply(reply);
    expect(r.findings.find((f) => f.ruleId === 'no-canned-phrases')?.severity).toBe('error');
    expect(r.dimensions.authenticity.score).toBeLessThan(scoreReply(reply).dimensions.authenticity.score);
    expect(a.scoreReply(reply, {}, { rules: { 'no-canned-phrases': 'info' } }).findings.find((f) => f.ruleId === 'no-canned-phrases')?.severity).toBe('info');
  });

  it('changes lexicons: add, remove, replace', () => {
    const a = createAnalyzer({ lexicons: { canned: { add: [{ phrase: 'at your earliest convenience', alternative: 'when you can' }], remove: ['thank you for reaching out'] }, jargon: { replace: [{ phrase: 'ticket' }] } } });
    const r = a.scoreReply('Thank you for reaching out. Please send the file at your earliest convenience so I can update your ticket.');
    const texts = (id: string) => r.findings.filter((f) => f.ruleId === id).map((f) => f.text);
    expect(texts('no-canned-phrases')).toEqual(['at your earliest convenience']);
    expect(r.findings.find((f) => f.ruleId === 'no-canned-phrases')?.suggestions?.[0]?.replacement).toBe('when you can');
    expect(texts('no-jargon')).toEqual(['ticket']);
  });

  it('the learned warmth model can be turned off', () => {
    const reply = "I'm so sorry, that sounds really stressful. I'm here for you.";
    expect(createAnalyzer({ warmth: false }).scoreReply(reply).dimensions.empathy.score).toBeLessThanOrEqual(scoreReply(reply).dimensions.empathy.score);
  });
});

describe('createAnalyzer config validation', () => {
  const bad: [unknown, RegExp][] = [
    ['x', /expected a config object/],
    [{ signal: {} }, /createAnalyzer: signal: unknown key/],
    [{ signals: { modle: false } }, /signals\.modle: unknown signal/],
    [{ signals: { model: 'no' } }, /signals\.model: expected true or false/],
    [{ thresholds: { anger: 2 } }, /thresholds\.anger: expected a number from 0 to 1/],
    [{ thresholds: { rage: 0.5 } }, /thresholds\.rage: unknown emotion/],
    [{ cues: [{ phrase: 'x', emotion: 'rage', weight: 1 }] }, /cues\[0\]\.emotion/],
    [{ cues: [{ phrase: '', emotion: 'anger', weight: 1 }] }, /cues\[0\]\.phrase: expected at least one word/],
    [{ ruleSet: [{ meta: { id: 'Bad Id', dimension: 'clarity', description: '', severity: 'info', weight: 1 }, check: () => ({ score: 1, findings: [] }) }] }, /ruleSet\[0\]: rule id "Bad Id" must be kebab-case/],
    [{ ruleSet: [defaultRules[0], defaultRules[0]] }, /ruleSet\[1\]: duplicate rule id/],
    [{ ruleSet: [{}] }, /ruleSet\[0\]: expected a rule made with defineRule/],
    [{ rules: { 'no-such-rule': 'off' } }, /createAnalyzer\.rules: unknown rule "no-such-rule"/],
    [{ rules: { 'sentence-length': ['warning', { max: -1 }] } }, /createAnalyzer\.rules\.sentence-length\.max: expected a number >= 1/],
    [{ ruleWeights: { 'use-name': -1 } }, /ruleWeights\.use-name: expected a number >= 0/],
    [{ weights: { empathy: 'high' } }, /createAnalyzer\.weights\.empathy: expected a number >= 0/],
    [{ warmth: 1 }, /warmth: expected true or false/],
    [{ lexicons: { cannned: {} } }, /lexicons\.cannned: unknown list/],
    [{ lexicons: { canned: { add: [{ phrase: 'x', action: 'replace' }] } } }, /canned\.add\[0\]: action "replace" needs an alternative/],
    [{ lexicons: { acknowledgement: { add: [{ phrase: 'x', kind: 'hug' }] } } }, /acknowledgement\.add\[0\]\.kind: expected one of/],
  ];
  it.each(bad.map(([c, re]) => [JSON.stringify(c)?.slice(0, 80), c, re] as const))('%s', (_, config, re) => {
    expect(() => createAnalyzer(config as never)).toThrow(TypeError);
    expect(() => createAnalyzer(config as never)).toThrow(re);
  });
});
