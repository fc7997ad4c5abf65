// Bundles the CLI and the library into dist/bundle/ (shared chunks, one chunk per lazily loaded
// part), so that a run of qingdan, or a program importing it, loads a few files instead of some
// hundred modules: start-up is most of a small review's time. Types stay tsc's, in dist/.
import { readFile } from 'node:fs/promises';
import { build } from 'esbuild';

/**
 * yaml's parser and composer read process.env.LOG_TOKENS and LOG_STREAM (debugging switches of their
 * own) for every token and every document: an environment lookup is a call into C++, and these are
 * a sixth of the time of reading a large YAML list and a tenth of a small validation's. The bundled
 * copy has the switches off; nothing else of the library changes. If a version of yaml no longer
 * has one of the lines, the build says so and bundles the file as it is.
 */
const YAML_LOG_SWITCHES = { 'parse/parser.js': 'LOG_TOKENS', 'compose/composer.js': 'LOG_STREAM' };
const yamlLogSwitchesOff = {
  name: 'yaml-log-switches-off',
  setup(b) {
    b.onLoad({ filter: /[\\/]yaml[\\/]dist[\\/](parse[\\/]parser|compose[\\/]composer)\.js$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      const file = args.path.replace(/\\/g, '/').replace(/^.*\/yaml\/dist\//, '');
      const off = text.replace(`if (node_process.env.${YAML_LOG_SWITCHES[file]})`, 'if (false)');
      if (off === text) console.warn(`bundle: ${args.path} has no ${YAML_LOG_SWITCHES[file]} switch any more; bundled as it is`);
      return { contents: off, loader: 'js' };
    });
  },
};

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
  plugins: [yamlLogSwitchesOff],
  legalComments: 'none',
  logLevel: 'warning',
});
console.log('bundled the CLI and the library into dist/bundle/');
