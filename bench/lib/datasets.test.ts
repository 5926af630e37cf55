import { afterAll, describe, it, expect } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadComplaints, loadFixtures, loadGoEmotions, mapGoEmotionsLabels, parseCsv, parseCsvObjects } from './datasets.ts';

describe('parseCsv (RFC 4180)', () => {
  it('splits plain fields and records, with or without a final line break', () => {
    expect(parseCsv('a,b,c\n1,2,3\n')).toEqual([['a', 'b', 'c'], ['1', '2', '3']]);
    expect(parseCsv('a,b,c\r\n1,2,3')).toEqual([['a', 'b', 'c'], ['1', '2', '3']]);
  });

  it('keeps empty fields', () => {
    expect(parseCsv(',a,,\n')).toEqual([['', 'a', '', '']]);
  });

  it('reads quoted fields with separators, doubled quotes and embedded newlines', () => {
    const text = 'id,text\n1,"hello, world"\n2,"she said ""hi"""\n3,"line one\nline two\r\nline three"\n4,""\n';
    expect(parseCsv(text)).toEqual([
      ['id', 'text'],
      ['1', 'hello, world'],
      ['2', 'she said "hi"'],
      ['3', 'line one\nline two\r\nline three'],
      ['4', ''],
    ]);
  });

  it('keeps a lone CR inside an unquoted field (twcs.csv quirk)', () => {
    expect(parseCsv('1,a\rb,c\n')).toEqual([['1', 'a\rb', 'c']]);
  });

  it('drops a BOM and blank lines', () => {
    expect(parseCsv('\uFEFFa,b\n\n1,2\n')).toEqual([['a', 'b'], ['1', '2']]);
    expect(parseCsv('a\n\nb', { skipEmptyLines: false })).toEqual([['a'], [''], ['b']]);
  });

  it('supports a tab delimiter with CSV quoting (GoEmotions)', () => {
    const tsv = '"""We need more content."" ok"\t3,10\tabc\nplain text\t27\tdef\n';
    expect(parseCsv(tsv, { delimiter: '\t' })).toEqual([
      ['"We need more content." ok', '3,10', 'abc'],
      ['plain text', '27', 'def'],
    ]);
  });

  it('throws on an unclosed quote and, when strict, on stray quotes', () => {
    expect(() => parseCsv('a,"open\n')).toThrow(/never closed/);
    expect(() => parseCsv('a,b"c\n')).toThrow(/quote inside an unquoted field/);
    expect(() => parseCsv('"a"b,c\n')).toThrow(/after a closing quote/);
    expect(parseCsv('a,b"c\n', { strict: false })).toEqual([['a', 'b"c']]);
    expect(parseCsv('"a"b,c\n', { strict: false })).toEqual([['ab', 'c']]);
  });

  it('maps a header row to objects', () => {
    expect(parseCsvObjects('x,y\n1,"2\n3"\n')).toEqual([{ x: '1', y: '2\n3' }]);
    expect(() => parseCsvObjects('x,y\n1\n')).toThrow(/1 fields/);
  });
});

describe('GoEmotions label mapping', () => {
  it('maps annoyance/disappointment to frustration and nervousness/fear to anxiety', () => {
    expect(mapGoEmotionsLabels(['annoyance'])).toEqual(['frustration']);
    expect(mapGoEmotionsLabels(['disappointment', 'fear'])).toEqual(['frustration', 'anxiety']);
    expect(mapGoEmotionsLabels(['anger', 'gratitude', 'confusion'])).toEqual(['anger', 'confusion', 'gratitude']);
    expect(mapGoEmotionsLabels(['neutral', 'joy', 'disgust'])).toEqual([]);
  });
});

describe('loaders', () => {
  const root = mkdtempSync(join(tmpdir(), 'heard-bench-test-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('reports a missing dataset folder instead of throwing', () => {
    const r = loadComplaints(join(root, 'nope'));
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.reason).toMatch(/not found/);
  });

  it('loads a GoEmotions split and maps ids through emotions.txt', () => {
    const dir = join(root, 'data', 'goemotions');
    mkdirSync(dir, { recursive: true });
    const names = [
      'admiration', 'amusement', 'anger', 'annoyance', 'approval', 'caring', 'confusion', 'curiosity', 'desire',
      'disappointment', 'disapproval', 'disgust', 'embarrassment', 'excitement', 'fear', 'gratitude', 'grief', 'joy',
      'love', 'nervousness', 'optimism', 'pride', 'realization', 'relief', 'remorse', 'sadness', 'surprise', 'neutral',
    ];
    writeFileSync(join(dir, 'emotions.txt'), names.join('\n'));
    writeFileSync(join(dir, 'dev.tsv'), '"""Quoted"" text"\t3,15\tid1\nplain\t27\tid2\n');
    const r = loadGoEmotions(join(root, 'data'), 'dev');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.items).toEqual([
      { id: 'id1', text: '"Quoted" text', labels: ['annoyance', 'gratitude'], emotions: ['frustration', 'gratitude'] },
      { id: 'id2', text: 'plain', labels: ['neutral'], emotions: [] },
    ]);
    expect(r.warnings[0]).toMatch(/2 rows, SOURCE.md says 5426/);
  });

  it('loads fixtures and rejects unknown emotions', () => {
    const dir = join(root, 'repo', 'fixtures', 'emotions');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'dev.jsonl'),
      '{"id":"a","domain":"saas","text":"hi","emotions":["anger"],"tags":["x"]}\n\n{"id":"b","domain":"retail","text":"yo","emotions":[],"tags":[]}\n',
    );
    writeFileSync(join(dir, 'test.jsonl'), '{"id":"a","text":"hi","emotions":["rage"]}\n');
    const dev = loadFixtures(join(root, 'repo'), 'dev');
    expect(dev.ok && dev.items.map((i) => i.id)).toEqual(['a', 'b']);
    expect(() => loadFixtures(join(root, 'repo'), 'test')).toThrow(/test.jsonl:1: unknown emotion "rage"/);
    expect(loadFixtures(join(root, 'elsewhere'), 'dev').ok).toBe(false);
  });
});
