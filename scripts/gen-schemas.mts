/**
 * Writes schemas/{catalogue,delegation,zone}.schema.json from the column table of
 * src/model/columns.ts, so the schemas editors use never drift from what qingdan reads.
 * Run: npx tsx scripts/gen-schemas.mts (a test checks the committed files are current).
 */
import { writeFileSync } from 'node:fs';
import { listSchema } from '../src/model/schema.js';
import { KINDS } from '../src/model/enums.js';

for (const kind of KINDS) {
  const path = new URL(`../schemas/${kind}.schema.json`, import.meta.url);
  writeFileSync(path, JSON.stringify(listSchema(kind), null, 2) + '\n');
  console.log(`wrote schemas/${kind}.schema.json`);
}
