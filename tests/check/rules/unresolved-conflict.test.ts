import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mergeFiles } from '../../../src/merge/index.js';
import { validate } from '../../../src/index.js';
import { readList } from '../../../src/read/index.js';
import { markerOf } from '../../../src/check/rules/unresolved-conflict.js';
import { FIELD_KEYS } from '../../../src/model/columns.js';
import type { Item } from '../../../src/model/types.js';
import { accepted, check, of, table } from '../helpers.js';

const FIX = join(import.meta.dirname, '..', '..', 'fixtures', 'merge');

let dir: string;
beforeEach(() => void (dir = mkdtempSync(join(tmpdir(), 'qingdan-conflict-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('unresolved-conflict', () => {
  it('fires on a row whose 冲突 cell is filled, naming the fields it names', () => {
    const list = table('delegation', [accepted('XK1', '甲', { department: '市教育局' }), accepted('XK2', '乙', { department: '市教育局' })]);
    list.extraColumns = ['冲突'];
    list.items[1].extra = { 冲突: '承接状态：原为“待承接”，本方改为“已承接”，对方改为“暂缓承接”' };
    expect(of(check([list]), 'unresolved-conflict')).toEqual([
      {
        rule: 'unresolved-conflict', row: 3, column: '冲突',
        details: { mark: 'column', headers: ['承接状态'], text: '承接状态：原为“待承接”，本方改为“已承接”，对方改为“暂缓承接”' },
      },
    ]);
  });

  it('says nothing for a list without marks, or with an empty 冲突 cell', () => {
    const list = table('delegation', [accepted('XK1', '甲', { department: '市教育局' })]);
    list.items[0].extra = { 冲突: ' ' };
    expect(of(check([list]), 'unresolved-conflict')).toEqual([]);
  });

  it('fires once per block of git conflict markers in a CSV, naming the rows and the fields that differ', async () => {
    const csv = join(dir, 'git.csv');
    writeFileSync(csv, [
      '事项编码,事项名称,权力类别,实施部门,下放意见',
      '370100-XK-0001,甲,行政许可,市教育局,下放',
      '<<<<<<< HEAD',
      '370100-XK-0002,乙,行政许可,市教育局,下放',
      '=======',
      '370100-XK-0002,乙,行政许可,市教育局,不下放',
      '>>>>>>> theirs',
      '',
    ].join('\n'));
    const findings = check([await readList(csv)]).filter((f) => f.rule === 'unresolved-conflict');
    expect(findings.map((f) => ({ row: f.row, code: f.code, severity: f.severity, details: f.details }))).toEqual([
      { row: 3, code: '370100-XK-0002', severity: 'error', details: { mark: 'git', headers: ['下放意见'], rows: [3, 7] } },
    ]);
  });

  it('names the git conflict markers of a YAML list (which cannot be read past them) instead of a syntax error', async () => {
    const yaml = join(dir, 'git.yaml');
    writeFileSync(yaml, [
      'kind: delegation', 'items:', '  - code: "370100-XK-0001"', '    name: 甲',
      '<<<<<<< HEAD', '    decision: 下放', '=======', '    decision: 不下放', '>>>>>>> theirs', '',
    ].join('\n'));
    const report = await validate([yaml], { config: false, baseline: false });
    expect(report.findings.map((f) => ({ rule: f.rule, row: f.row, details: f.details }))).toEqual([
      { rule: 'unresolved-conflict', row: 5, details: { mark: 'git', headers: [], rows: [5, 9] } },
    ]);
    expect(report.summary.unreadable).toBe(1);
  });

  it('fires on every item merge left marked, in the file merge wrote', async () => {
    const out = join(dir, 'merged.csv');
    await mergeFiles({ inputs: [join(FIX, 'depts')], output: out, conflicts: 'mark' });
    const findings = of(check([await readList(out)]), 'unresolved-conflict');
    expect(findings).toHaveLength(1);
    // the two departments' rows differ in 实施部门, and the mark merge wrote says so
    expect(findings[0]).toMatchObject({ column: '冲突', details: { mark: 'column', headers: ['实施部门'] } });
  });
});

describe('markerOf', () => {
  // The first-written form: every field of the contract looked up, in order, the value as written first.
  const GIT = /^(<{7}|={7}|>{7})(?:\s|$)/u;
  const KIND: Record<string, string> = { '<': 'ours', '=': 'split', '>': 'end' };
  function reference(item: Item): string | undefined {
    for (const k of FIELD_KEYS) {
      const v = item.raw?.[k] ?? item[k] ?? '';
      const m = GIT.exec(v);
      if (m) return KIND[m[1][0]];
    }
    return undefined;
  }

  it('finds the marker the first-written look-up finds, on random rows', () => {
    const value = fc.oneof(fc.constantFrom('<<<<<<< HEAD', '=======', '>>>>>>> theirs', '>>>>>>>', '<<<<<<', '=== x', '<a', '许可', ''), fc.string({ maxLength: 9 }));
    const fields = fc.dictionary(fc.constantFrom(...FIELD_KEYS), value, { maxKeys: 6 });
    fc.assert(fc.property(fields, fc.option(fields, { nil: undefined }), (f, raw) => {
      const item = { code: '', ...f, ...(raw ? { raw } : {}), source: { file: 'a.csv', row: 2, headers: {} } } as Item;
      expect(markerOf(item)).toBe(reference(item));
    }), { numRuns: 3000 });
  });
});
