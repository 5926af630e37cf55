import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAllLexicons } from '../scripts/lexicon-format.ts';
import { expandPhrase, spellings } from '../scripts/compile-lexicons.ts';

const root = join(import.meta.dirname, '..', 'lexicons');

describe('shipped lexicons', () => {
  const { files, problems } = loadAllLexicons(root);

  it('validate: no duplicates, weights in range, normalized phrases, provenance present', () => {
    expect(problems).toEqual([]);
    expect(files.length).toBeGreaterThanOrEqual(15);
  });

  it('every file names its source and license', () => {
    for (const f of files) {
      expect(f.meta.source, f.id).toBeTruthy();
      expect(f.meta.license, f.id).toMatch(/MIT|Apache-2\.0/);
    }
  });

  it('has a lexicon per emotion with enough cues', () => {
    for (const e of ['frustration', 'anger', 'anxiety', 'confusion', 'urgency', 'gratitude']) {
      const f = files.find((x) => x.id === `emotion/${e}`);
      expect(f?.rows.length, e).toBeGreaterThan(50);
    }
  });

  it('the learned model is derived from GoEmotions under Apache-2.0', () => {
    const f = files.find((x) => x.id === 'learned/goemotions');
    expect(f?.meta.license).toMatch(/Apache-2\.0/);
    expect(f?.meta.source).toMatch(/GoEmotions/);
  });
});

describe('lexicon validator catches mistakes', () => {
  const write = (body: string): string => {
    const dir = mkdtempSync(join(tmpdir(), 'heard-lex-'));
    mkdirSync(join(dir, 'emotion'));
    writeFileSync(join(dir, 'emotion', 'x.tsv'), body);
    return dir;
  };
  const head = '#@ description: d\n#@ source: s\n#@ license: MIT\n#@ columns: phrase:string weight:number\n#@ phrases: yes\n#@ range: -4..4\n';

  it.each([
    ['duplicate', head + 'late\t1\nlate\t2\n', /duplicate entry "late"/],
    ['out of range', head + 'late\t9\n', /outside -4\.\.4/],
    ['not a number', head + 'late\tlots\n', /not a number/],
    ['not normalized', head + 'Very Late\t1\n', /not in normalized form/],
    ['missing license', head.replace('#@ license: MIT\n', '') + 'late\t1\n', /missing provenance\/metadata "#@ license:"/],
    ['missing source', head.replace('#@ source: s\n', '') + 'late\t1\n', /"#@ source:"/],
    ['missing value', head + 'late\n', /missing value for column "weight"/],
    ['value not allowed', head.replace('weight:number', 'weight:number kind:string') + '#@ values: kind=a|b\nlate\t1\tc\n', /"c" is not one of a, b/],
    ['values for an unknown column', head + '#@ values: kind=a|b\nlate\t1\n', /malformed "#@ values:"/],
  ])('%s', (_, body, message) => {
    const { problems } = loadAllLexicons(write(body));
    expect(problems.map((p) => p.message).join('\n')).toMatch(message);
  });
});

describe('inflection expansion (compromise, build time)', () => {
  it('conjugates verbs marked with +', () => {
    expect(expandPhrase('wait+ for')).toEqual(expect.arrayContaining(['wait for', 'waits for', 'waited for', 'waiting for']));
    expect(expandPhrase('cancel+')).toEqual(expect.arrayContaining(['cancel', 'cancelled', 'canceled', 'cancelling', 'canceling']));
  });
});

describe('British spellings', () => {
  it('a phrase written in American spelling also matches the British one', () => {
    expect(expandPhrase('we apologize for the delay')).toEqual(['we apologize for the delay', 'we apologise for the delay']);
    expect(spellings('inquiry')).toEqual(['inquiry', 'enquiry']);
    expect(spellings('organization')).toEqual(['organization', 'organisation']);
    expect(spellings('size')).toEqual(['size']);
    expect(spellings('sorry')).toEqual(['sorry']);
  });
});
