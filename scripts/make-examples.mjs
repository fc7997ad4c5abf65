#!/usr/bin/env node
/**
 * Generates examples/ (the bundled example lists): `node scripts/make-examples.mjs [outDir]`.
 * Deterministic: a seeded PRNG and fixed dates, so two runs give byte-identical files.
 * Independent of qingdan's src/: it uses exceljs, yaml, iconv-lite and node only.
 */
import { mkdir, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeJinan } from './examples/jinan.mjs';
import { makeSmall } from './examples/small.mjs';
import { writeGuide } from './examples/guide.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = resolve(process.argv[2] ?? join(root, 'examples'));

await rm(join(out, 'small'), { recursive: true, force: true });
await rm(join(out, 'jinan'), { recursive: true, force: true });
await mkdir(out, { recursive: true });
const small = await makeSmall(join(out, 'small'));
const jinan = await makeJinan(join(out, 'jinan'));
await writeGuide(out, { small, jinan });
console.log(`examples written to ${out}: small ${small.items} items, jinan ${jinan.cat.length} catalogue rows, ${jinan.allRows.length} rows in ${jinan.files.length} department files`);
