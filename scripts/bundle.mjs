// Bundles the CLI and the library into dist/bundle/ (shared chunks, one chunk per lazily loaded
// part), so that a run of qingdan, or a program importing it, loads a few files instead of some
// hundred modules: start-up is most of a small review's time. Types stay tsc's, in dist/.
import { build } from 'esbuild';

await build({
  // main: the CLI; index: the library ("qingdan"); read: the readers alone ("qingdan/read"), for
  // programs that only read lists and should not load the rest.
  entryPoints: { main: 'src/cli/main.ts', index: 'src/index.ts', read: 'src/read/index.ts' },
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
console.log('bundled the CLI and the library into dist/bundle/');
