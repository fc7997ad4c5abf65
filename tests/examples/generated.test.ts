/**
 * The bundled examples: the committed files are what scripts/make-examples.mjs generates, the
 * scenario has the numbers of the Jinan case, and every file reads as the number of items it holds.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import ExcelJS from 'exceljs';
import YAML from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readList } from '../../src/read/index.js';
import { foldName } from '../../src/model/normalise.js';
import type { Item, PowerList } from '../../src/model/types.js';
import { itemKey } from '../../src/model/types.js';

const root = join(import.meta.dirname, '..', '..');
const examples = join(root, 'examples');
const jinan = join(examples, 'jinan');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}
const json = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

interface ExpectedFile { path: string; kind: string; format: string; sheet?: string; department?: string; rows: number }
interface ExpectedFinding { rule: string; file: string; sheet?: string; row?: number; column?: string; code?: string; details?: Record<string, unknown> }

describe('generated examples are up to date', () => {
  let out: string;
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'qingdan-examples-'));
    execFileSync(process.execPath, [join(root, 'scripts', 'make-examples.mjs'), out], { stdio: 'pipe' });
  }, 180_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('generates exactly the committed files, byte for byte (xlsx zips included)', () => {
    const committed = walk(examples).map((p) => relative(examples, p)).sort();
    const generated = walk(out).map((p) => relative(out, p)).sort();
    expect(generated).toEqual(committed);
    const stale = committed.filter((f) => !readFileSync(join(examples, f)).equals(readFileSync(join(out, f))));
    expect(stale, 'run `npm run examples` and commit the result').toEqual([]);
  });

  it('keeps examples/ small (under 4 MiB)', () => {
    const total = walk(examples).reduce((s, p) => s + statSync(p).size, 0);
    expect(total).toBeLessThan(4 * 1024 * 1024);
  });
});

describe('the Jinan scenario has the case report numbers', () => {
  const files = json<ExpectedFile[]>(join(jinan, 'expected-files.json'));
  const deptFiles = files.filter((f) => f.path.startsWith('depts/'));

  it('has a catalogue of 47 departments, one of which submitted no list', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(jinan, 'catalogue-2016.xlsx'));
    const ws = wb.getWorksheet('目录')!;
    const departments = new Set<string>();
    const categories = new Set<string>();
    for (let r = 3; r <= ws.rowCount; r++) {
      departments.add(String(ws.getRow(r).getCell(6).value));
      categories.add(String(ws.getRow(r).getCell(5).value));
    }
    expect(ws.rowCount - 2).toBe(3400);
    expect(departments.size).toBe(47);
    expect(categories.size).toBe(10);
    const submitted = readdirSync(join(jinan, 'depts')).map((f) => f.replace(/\.(xlsx|xls|csv|yaml)$/u, ''));
    expect(submitted).toHaveLength(46);
    expect([...departments].filter((d) => !submitted.includes(d))).toEqual(['市人防办']);
  });

  it('lists 3,250 rows in the department files, 475 of them from 市市场监管局', () => {
    expect(deptFiles.reduce((s, f) => s + f.rows, 0)).toBe(3250);
    expect(deptFiles.find((f) => f.department === '市市场监管局')?.rows).toBe(475);
    const formats = new Set(deptFiles.map((f) => f.format));
    expect([...formats].sort()).toEqual(['csv', 'xls', 'xlsx', 'yaml']);
  });

  it('finds 20-odd gaps and disputes across 7 departments', () => {
    const findings = json<ExpectedFinding[]>(join(jinan, 'expected-findings.json'));
    const gaps = findings.filter((f) => f.rule === 'gap');
    expect(gaps.length).toBeGreaterThanOrEqual(20);
    expect(gaps.length).toBeLessThan(30);
    const consolidated = YAML.parse(readFileSync(join(jinan, 'delegation-consolidated.yaml'), 'utf8')) as { items: Record<string, string>[] };
    const disputed = consolidated.items.filter((i) => i.acceptance === '坚持承接');
    expect(new Set(disputed.map((i) => i.department)).size).toBe(7);
    expect(findings.filter((f) => f.rule === 'dispute')).toHaveLength(disputed.length);
  });
});

describe('every example file reads with the right item count', () => {
  const files = json<ExpectedFile[]>(join(jinan, 'expected-files.json'));
  const lists = new Map<string, PowerList>();
  beforeAll(async () => {
    for (const f of files) lists.set(f.path, await readList(join(jinan, f.path), { displayPath: f.path }));
  }, 180_000);

  it.each(files.map((f) => [f.path, f] as const))('%s', (_path, f) => {
    const list = lists.get(f.path)!;
    expect({ kind: list.kind, items: list.items.length }).toEqual({ kind: f.kind, items: f.rows });
    // A title, heading or footnote row read as an item would show as an item without a proper code.
    expect(list.items.filter((i) => !/^370(100|010)-[A-Z]{2}-[0-9O]{4}(-\d{2})?$/u.test(i.code)).map((i) => i.code)).toEqual([]);
  });

  it('reads the small example', async () => {
    const counts = { 'catalogue.yaml': 20, 'delegation.yaml': 20, 'zone.yaml': 12 };
    for (const [file, n] of Object.entries(counts)) {
      const list = await readList(join(examples, 'small', file));
      expect([file, list.items.length]).toEqual([file, n]);
    }
  });

  it('the consolidated list is the union of the department lists, item for item', () => {
    const byKey = new Map<string, Item>();
    for (const f of files.filter((x) => x.path.startsWith('depts/'))) {
      for (const item of lists.get(f.path)!.items) if (!byKey.has(itemKey(item))) byKey.set(itemKey(item), item);
    }
    const strip = (i: Item) => Object.fromEntries(Object.entries(i).filter(([k, v]) => !['source', 'raw', 'extra', 'seq'].includes(k) && v !== undefined && v !== '').sort(([a], [b]) => (a < b ? -1 : 1)));
    const merged = [...byKey.values()].map(strip).sort((a, b) => (String(a.code) < String(b.code) ? -1 : String(a.code) > String(b.code) ? 1 : 0));
    const consolidated = lists.get('delegation-consolidated.yaml')!.items.map(strip);
    expect(merged.length).toBe(consolidated.length);
    const differing = merged.map((m, i) => [m, consolidated[i]]).filter(([m, c]) => JSON.stringify(m) !== JSON.stringify(c));
    expect(differing.slice(0, 2)).toEqual([]);
  });

  it('documented rows point at the documented codes', () => {
    const findings = json<ExpectedFinding[]>(join(jinan, 'expected-findings.json'));
    const misplaced = findings
      .filter((f) => f.file.startsWith('depts/') || f.file === 'zone-2016.xlsx' || (f.file === 'catalogue-2016.xlsx' && f.row))
      .filter((f) => {
        const items = lists.get(f.file)!.items;
        return !items.some((i) => i.code === f.code && (i.source.row === f.row || Object.values(i.source.lines ?? {}).includes(f.row!)));
      });
    expect(misplaced).toEqual([]);
  });

  it('names differ from the catalogue only where a name-mismatch is documented', () => {
    const findings = json<ExpectedFinding[]>(join(jinan, 'expected-findings.json'));
    const documented = new Set(findings.filter((f) => f.rule === 'name-mismatch').map((f) => f.code));
    const catalogue = new Map(lists.get('catalogue-2016.xlsx')!.items.map((i) => [itemKey(i), i]));
    const differing: string[] = [];
    for (const f of files.filter((x) => x.path.startsWith('depts/'))) {
      for (const item of lists.get(f.path)!.items) {
        const c = catalogue.get(itemKey(item));
        if (c && foldName(c.name ?? '') !== foldName(item.name ?? '')) differing.push(item.code);
      }
    }
    expect(differing.sort()).toEqual([...documented].sort());
  });
});
