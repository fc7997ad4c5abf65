// Compiles docs/rules/*.md into src/text/rule-docs.ts, so formatters (SARIF's rule help) take the
// pages from data and read no files. Run by the build before tsc; `--check` exits 1 when the
// module is out of date with the pages (tests/docs/rule-docs.test.ts checks the same).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const DOCS = new URL('../docs/rules/', import.meta.url);
const OUT = new URL('../src/text/rule-docs.ts', import.meta.url);

/** The module's text for the pages as they are now. */
export function ruleDocsModule() {
  const pages = readdirSync(DOCS).filter((f) => f.endsWith('.md')).sort();
  const entries = pages.map((f) => `  ${JSON.stringify(f.slice(0, -3))}: ${JSON.stringify(readFileSync(new URL(f, DOCS), 'utf8'))},`);
  return [
    '// Generated from docs/rules/*.md by scripts/compile-rule-docs.mjs (run by `npm run build`); do not edit.',
    '/** Each rule\'s documentation page (Markdown), by rule id. */',
    'export const RULE_DOCS: Readonly<Record<string, string>> = {',
    ...entries,
    '};',
    '',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const text = ruleDocsModule();
  let current = '';
  try {
    current = readFileSync(OUT, 'utf8');
  } catch {
    /* not there yet */
  }
  if (process.argv.includes('--check')) {
    if (current !== text) {
      console.error('src/text/rule-docs.ts is out of date with docs/rules/: run npm run build');
      process.exit(1);
    }
  } else if (current !== text) writeFileSync(OUT, text);
}
