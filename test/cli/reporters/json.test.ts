import { describe, expect, it } from 'vitest';
import { json } from '../../../src/cli/reporters/json.ts';
import { clean, ctx, mixed } from './summaries.ts';

describe('json reporter', () => {
  it('round-trips the summary in a stable shape', () => {
    const s = mixed();
    const out = json(s, ctx());
    expect(out.endsWith('}\n')).toBe(true);
    expect(out).toContain('\n  "files": [\n'); // 2-space indent
    const parsed = JSON.parse(out);
    expect(Object.keys(parsed)).toEqual(['version', 'files', 'errorCount', 'warningCount', 'infoCount', 'fatalCount', 'fixedCount']);
    expect(parsed).toEqual({ version: '0.1.0', ...s });
    expect(Object.keys(parsed.files[0])).toEqual(['path', 'templates', 'messages', 'fixed']);
    expect(Object.keys(parsed.files[0].templates[0])).toEqual(['name', 'index', 'line', 'score', 'dimensions', 'messages']);
    expect(Object.keys(parsed.files[0].templates[0].dimensions)).toEqual(['empathy', 'personalization', 'positivity', 'authenticity', 'clarity', 'followup']);
    expect(parsed.files[2].messages[0].fatal).toBe(true);
    expect('fatal' in parsed.files[0].templates[0].messages[0]).toBe(false);
    expect(parsed.files[1].templates[0].messages[0].message).toBe('Line one\nline two: 100%, <b> & "quotes" 😀');
  });

  it('does not depend on the order of the input keys', () => {
    const s = clean();
    const t = s.files[0]!.templates[0]!;
    const reordered = { ...s, files: [{ fixed: 0, messages: [], templates: [{ ...t, dimensions: Object.fromEntries(Object.entries(t.dimensions).reverse()) as typeof t.dimensions }], path: s.files[0]!.path }] };
    expect(json(reordered, ctx())).toBe(json(s, ctx()));
  });
});
