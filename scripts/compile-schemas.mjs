// Compiles every JSON Schema of schemas/ ahead of time into dist/schemas/<name>.cjs with ajv's
// standalone code, so no run of qingdan spends start-up time compiling schemas.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';

const src = new URL('../schemas/', import.meta.url);
const out = new URL('../dist/schemas/', import.meta.url);
mkdirSync(out, { recursive: true });
let n = 0;
for (const file of readdirSync(src).filter((f) => f.endsWith('.schema.json')).sort()) {
  const schema = JSON.parse(readFileSync(new URL(file, src), 'utf8'));
  const ajv = new Ajv({ allErrors: false, strict: false, code: { source: true } });
  const validate = ajv.compile(schema);
  const name = file.replace(/\.schema\.json$/u, '');
  writeFileSync(new URL(`${name}.cjs`, out), standaloneCode.default ? standaloneCode.default(ajv, validate) : standaloneCode(ajv, validate));
  n++;
}
console.log(`compiled ${n} schemas into dist/schemas/`);
