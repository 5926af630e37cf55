import { defineConfig } from 'tsup';

// The library: one entry, ESM + CommonJS + .d.ts, no Node built-ins, lexicons compiled in.
export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  treeshake: true,
  minify: false,
});
