import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('browser build', () => {
  it('bundles for browsers without Node built-ins and reads no files', async () => {
    const out = await build({
      entryPoints: [join(import.meta.dirname, '..', 'src', 'index.ts')],
      bundle: true, write: false, platform: 'browser', format: 'esm', minify: true, metafile: true, logLevel: 'silent',
    });
    const inputs = Object.keys(out.metafile.inputs);
    expect(inputs.filter((p) => p.includes('node_modules'))).toEqual([]);
    const code = out.outputFiles[0]!.text;
    expect(code).not.toMatch(/\brequire\(|from\s*["']node:|readFileSync|fetch\(/);
    // Budget is checked (and reported) by bench/speed.ts; this guards against gross regressions.
    expect(gzipSync(code).length).toBeLessThan(150 * 1024);
  });
});
