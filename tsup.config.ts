import { defineConfig } from 'tsup';

export default defineConfig([
  // The library: one entry, ESM + CommonJS + .d.ts, no Node built-ins, lexicons compiled in.
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
    minify: false,
  },
  // The `heard` CLI and its --jsonl worker: Node only, ESM, `yaml` bundled in (the library has no dependencies).
  {
    entry: { cli: 'src/cli/main.ts', 'cli-worker': 'src/cli/jsonl/worker.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: true,
    clean: false,
    target: 'node20',
    platform: 'node',
    noExternal: ['yaml'],
    // yaml is CommonJS and requires Node built-ins; give the ESM bundle a require().
    banner: { js: "import { createRequire as __heardCreateRequire } from 'node:module'; const require = __heardCreateRequire(import.meta.url);" },
    treeshake: true,
    minify: false,
  },
]);
