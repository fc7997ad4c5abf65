/**
 * The findings workbook (issue 15 point 3) on the small example, read back with exceljs: the summary's
 * columns and counts, the review rounds when the report has them, English sheet names, links, and
 * the CLI's -o (required for xlsx).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findingsWorkbook, validateFiles } from '../../../src/index.js';
import type { ValidateReport } from '../../../src/check/report.js';
import { runInProcess } from '../../helpers/cli.js';

const SMALL = join(import.meta.dirname, '..', '..', '..', 'examples', 'small');
const INPUTS = [join(SMALL, 'delegation.yaml'), join(SMALL, 'zone.yaml')];
const CATALOGUE = join(SMALL, 'catalogue.yaml');

let report: ValidateReport;
let dir: string;

async function open(buf: Buffer | string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((typeof buf === 'string' ? readFileSync(buf) : buf) as unknown as ArrayBuffer);
  return wb;
}
const row = (ws: ExcelJS.Worksheet, r: number): unknown[] => (ws.getRow(r).values as unknown[]).slice(1).map((v) => (v && typeof v === 'object' && 'text' in v ? (v as { text: string }).text : v));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'qingdan-findings-'));
  report = await validateFiles(INPUTS, { catalogue: CATALOGUE, config: false, baseline: false });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('findingsWorkbook', () => {
  it('has a summary sheet first, then one sheet per department, with the report’s counts', async () => {
    const wb = await open(await findingsWorkbook(report, { lang: 'zh-CN' }));
    const departments = Object.keys(report.summary.byDepartment);
    expect(wb.worksheets[0].name).toBe('汇总');
    for (const d of departments) expect(wb.getWorksheet(d), d).toBeDefined();
    const sum = wb.worksheets[0];
    const heads = row(sum, 1) as string[];
    expect(heads.slice(0, 5)).toEqual(['部门', '错误', '警告', '提示', '合计']);
    expect(heads.some((h) => String(h).endsWith('\nunknown-code') || String(h).includes('\n'))).toBe(true);
    const total = row(sum, departments.length + (report.findings.some((f) => !f.department) ? 3 : 2));
    expect(total.slice(0, 5)).toEqual(['合计', report.summary.errors, report.summary.warnings, report.summary.infos, report.findings.length]);
    // The department's name links to its sheet.
    expect((sum.getCell('A2').value as { hyperlink: string }).hyperlink).toMatch(/^#'.+'!\$A\$1$/u);
  });

  it('shows resolved, still open and new per department when the report has rounds', async () => {
    const [first, ...rest] = report.findings;
    const d = first.department!;
    const withRounds: ValidateReport = {
      ...report,
      findings: [{ ...first, round: 'new' }, ...rest.map((f) => ({ ...f, round: 'open' as const }))],
      rounds: {
        since: 'round-1.json',
        resolved: [{ ...first, code: '370100-XK-9999', row: 99 }],
        counts: { resolved: 1, open: rest.length, new: 1 },
        byDepartment: { [d]: { resolved: 1, open: rest.filter((f) => f.department === d).length, new: 1 } },
      },
    };
    const wb = await open(await findingsWorkbook(withRounds, { lang: 'zh-CN' }));
    const sum = wb.worksheets[0];
    const heads = row(sum, 1);
    expect(heads.slice(5, 8)).toEqual(['已解决', '仍存在', '新增']);
    let found = false;
    sum.eachRow((r) => {
      if (r.getCell(1).text === d) {
        found = true;
        expect([r.getCell(6).value, r.getCell(7).value, r.getCell(8).value]).toEqual([1, withRounds.rounds!.byDepartment[d].open, 1]);
      }
    });
    expect(found).toBe(true);
    const ws = wb.getWorksheet(d)!;
    const rounds = new Set<unknown>();
    ws.eachRow((r, n) => void (n > 1 && rounds.add(r.getCell(9).value)));
    expect(rounds).toEqual(new Set(['新增', '仍存在', '已解决']));
  });

  it('names its sheets and headers in English with lang en, and links each finding to its file', async () => {
    const wb = await open(await findingsWorkbook(report, { lang: 'en' }));
    expect(wb.worksheets[0].name).toBe('Summary');
    expect(row(wb.worksheets[0], 1).slice(0, 5)).toEqual(['Department', 'Errors', 'Warnings', 'Notices', 'Total']);
    const ws = wb.worksheets[1];
    expect(row(ws, 1)).toEqual(['Severity', 'Rule', 'File', 'Sheet', 'Row', 'Column', 'Code', 'Message', 'Go to']);
    const link = (ws.getCell(2, 9).value as { hyperlink: string }).hyperlink;
    expect(link).toBe(ws.getCell(2, 3).value);
  });
});

describe('validate --format xlsx -o', () => {
  it('needs -o, and writes nothing to the terminal', async () => {
    const r = await runInProcess(['validate', ...INPUTS, '--catalogue', CATALOGUE, '--format', 'xlsx'], { tty: true });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('xlsx 是二进制格式，不能输出到终端：请用 -o 指定输出文件');
  });

  it('writes the workbook with -o, says so on stderr, and keeps the exit code of the findings', async () => {
    const out = join(dir, 'review.xlsx');
    const r = await runInProcess(['validate', ...INPUTS, '--catalogue', CATALOGUE, '--format', 'xlsx', '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`已写入问题汇总工作簿 ${out}（${report.findings.length} 条问题）`);
    expect((await open(out)).worksheets[0].name).toBe('汇总');
    const again = await runInProcess(['validate', ...INPUTS, '--catalogue', CATALOGUE, '--format', 'xlsx', '-o', out]);
    expect(again.code).toBe(2);
  });

  it('writes any other format to the file named by -o', async () => {
    const out = join(dir, 'report.json');
    const r = await runInProcess(['validate', ...INPUTS, '--catalogue', CATALOGUE, '--format', 'json', '-o', out]);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).summary.errors).toBe(report.summary.errors);
  });
});
