// Bundles the CLI into dist/bundle/ (one chunk per lazily loaded part), so that a run of qingdan
// loads a few files instead of some hundred modules: start-up is most of a small review's time.
// The library (package.json "exports") stays the plain tsc output in dist/.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli/main.ts'],
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Loaded only when an .xlsx or a GB18030 file is met, and CommonJS with dynamic requires of their own.
  external: ['exceljs', 'iconv-lite'],
  // CommonJS dependencies bundled into ES modules call require(): give them one.
  banner: { js: "import { createRequire as __qingdanCreateRequire } from 'node:module'; const require = __qingdanCreateRequire(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'warning',
});
console.log('bundled the CLI into dist/bundle/');
