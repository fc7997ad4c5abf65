/**
 * export --publish as a gate, on the bundled Jinan example (issue 16 "Done when"): refused with a
 * report naming every blocking finding; with --allow-findings, exactly the clean accepted items in
 * the catalogue's text, and every other accepted item listed with its reason. The expected numbers
 * come from the review (validate --format json) and the lists as read, never written in here.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishFiles } from '../../src/index.js';
import { readList } from '../../src/read/index.js';
import { itemKey, type Item, type PowerList } from '../../src/model/types.js';
import { runInProcess } from '../helpers/cli.js';

const ROOT = join(import.meta.dirname, '..', '..');
const DEPTS = join('examples', 'jinan', 'depts');
const CATALOGUE = join('examples', 'jinan', 'catalogue-2016.xlsx');

interface JsonFinding { rule: string; severity: string; file?: string; sheet?: string; row?: number; column?: string; code?: string; message: string }
interface Report {
  refused: boolean;
  counts: { accepted: number; published: number; blocked: number; findings: number };
  published: { code: string; subItem?: string; name?: string; department?: string }[];
  blocked: { code: string; file: string; sheet?: string; row: number; reasons: string[]; message: string }[];
  findings: JsonFinding[];
  output?: { path: string; items: number };
}

let dir: string;
let review: { findings: JsonFinding[] };
let lists: PowerList[];
let catalogue: PowerList;
/** Accepted items of the lists, and the error findings of the review on each (by the item's row or a YAML key's line). */
let accepted: { item: Item; errors: JsonFinding[] }[];

const schema = new Ajv({ strict: false, allErrors: true }).compile(JSON.parse(readFileSync(join(ROOT, 'schemas', 'publish-report.schema.json'), 'utf8')));
const valid = (doc: unknown): void => expect(schema(doc), JSON.stringify(schema.errors)).toBe(true);
const cli = (...args: string[]) => runInProcess(args, { lang: 'zh-CN' });
const findingKey = (f: Pick<JsonFinding, 'rule' | 'file' | 'sheet' | 'row' | 'column'>): string => [f.rule, f.file, f.sheet, f.row, f.column].join('|');
const rowsOf = (i: Item): number[] => [i.source.row, ...Object.values(i.source.lines ?? {}).filter((n): n is number => n !== undefined)];

beforeAll(async () => {
  process.chdir(ROOT);
  dir = mkdtempSync(join(tmpdir(), 'qingdan-publish-'));
  const v = await cli('validate', DEPTS, '--catalogue', CATALOGUE, '--format', 'json');
  expect(v.code).toBe(1);
  review = JSON.parse(v.stdout);
  catalogue = await readList(CATALOGUE, { kind: 'catalogue' });
  lists = await Promise.all(readdirSync(DEPTS).sort().map((f) => readList(join(DEPTS, f))));
  const errors = review.findings.filter((f) => f.severity === 'error');
  accepted = lists.flatMap((l) => l.items.filter((i) => i.status === '已承接').map((item) => ({
    item,
    errors: errors.filter((f) => f.file === item.source.file && f.sheet === item.source.sheet && f.row !== undefined && rowsOf(item).includes(f.row)),
  })));
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('export --publish on the Jinan example', () => {
  it('is refused (exit 1, nothing written) with a report naming every error finding on an accepted item', async () => {
    const out = join(dir, 'refused.xlsx');
    const r = await cli('export', DEPTS, '--publish', '--catalogue', CATALOGUE, '-o', out, '--format', 'json');
    expect(r.code).toBe(1);
    expect(existsSync(out)).toBe(false);
    const report: Report = JSON.parse(r.stdout);
    valid(report);
    expect(report.refused).toBe(true);
    expect(report.output).toBeUndefined();
    const expected = accepted.flatMap((a) => a.errors);
    expect(expected.length).toBeGreaterThan(0);
    expect(report.findings.map(findingKey).sort()).toEqual(expected.map(findingKey).sort());
    expect(report.counts.accepted).toBe(accepted.length);

    // The text report names each of them: rule and row, grouped by rule and by department.
    const pretty = await cli('export', DEPTS, '--publish', '--catalogue', CATALOGUE, '-o', out);
    expect(pretty.code).toBe(1);
    expect(pretty.stdout).toContain('拒绝发布');
    expect(pretty.stdout).toContain('阻止发布的错误（按规则）');
    for (const f of expected) expect(pretty.stdout).toContain(`${f.rule}  ${f.file}，${f.sheet ? `工作表“${f.sheet}”，` : ''}第 ${f.row} 行`);
    expect(existsSync(out)).toBe(false);
  }, 60_000);

  it('with --allow-findings publishes exactly the clean accepted items in the catalogue\'s text and lists every other one with its reason', async () => {
    const out = join(dir, 'published.xlsx');
    const r = await cli('export', DEPTS, '--publish', '--catalogue', CATALOGUE, '-o', out, '--allow-findings', '--format', 'json');
    expect(r.code, r.stderr).toBe(0);
    const report: Report = JSON.parse(r.stdout);
    valid(report);
    expect(report.refused).toBe(false);

    // Every accepted item is published or blocked, never both, never dropped.
    const place = (file: string, sheet: string | undefined, row: number): string => `${file}|${sheet ?? ''}|${row}`;
    const blocked = new Set(report.blocked.map((b) => place(b.file, b.sheet, b.row)));
    expect(blocked.size).toBe(report.blocked.length);
    expect(report.counts.published + report.counts.blocked).toBe(accepted.length);
    // Each item with an error finding is blocked; each blocked item says why.
    for (const a of accepted.filter((x) => x.errors.length > 0)) expect(blocked.has(place(a.item.source.file, a.item.source.sheet, a.item.source.row))).toBe(true);
    for (const b of report.blocked) expect(b.message.length).toBeGreaterThan(0);
    const clean = accepted.filter((a) => !blocked.has(place(a.item.source.file, a.item.source.sheet, a.item.source.row)));
    expect(report.counts.published).toBe(clean.length);
    expect(clean.every((a) => a.errors.length === 0 && a.item.legalReview === '通过')).toBe(true);

    // The workbook: the published items with the catalogue's names and legal bases, and the 未公布事项 sheet.
    const back = await readList(out);
    expect(back.items).toHaveLength(clean.length);
    const entries = new Map(catalogue.items.map((e) => [itemKey(e), e]));
    const byCode = new Map(catalogue.items.map((e) => [e.code, e]));
    const cleanCodes = new Map(clean.map((a) => [a.item.code, a.item]));
    for (const item of back.items) {
      const entry = entries.get(itemKey(item)) ?? byCode.get(item.code)!;
      expect(cleanCodes.has(item.code)).toBe(true);
      expect([item.name, item.category, item.department, item.legalBasis]).toEqual([entry.name, entry.category, entry.department, entry.legalBasis]);
      expect(item.legalBasis).toBeTruthy();
    }
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const withheld = wb.getWorksheet('未公布事项')!;
    expect(withheld.actualRowCount - 2).toBe(report.blocked.length);
    expect(withheld.getColumn(1).values.slice(3)).toEqual(report.blocked.map((b) => b.code));
    expect(wb.title).toBe('管委会行政权力清单');
  }, 60_000);

  it('puts items in the catalogue\'s order: its departments as it first names them, then its entries', async () => {
    const report = await publishFiles([DEPTS], join(dir, 'ordered.yaml'), { catalogue: CATALOGUE, allowFindings: true, config: false });
    const position = new Map(catalogue.items.map((e, i) => [itemKey(e), i]));
    const departments = [...new Set(catalogue.items.map((e) => e.department))];
    const keys = report.published.map((p) => [departments.indexOf(p.department), position.get(itemKey(p)) ?? position.get(p.code)!] as const);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    expect(keys).toEqual(sorted);
    expect(report.published[0].department).toBe(catalogue.items[0].department);
  }, 60_000);
});
