import { describe, expect, it } from 'vitest';
import { status } from '../../src/status/index.js';
import { accepted, catalogue, delegation } from './make.js';

const MS = '市市场监管局';
const EDU = '市教育局';

const cat = catalogue([
  { code: 'A1', department: MS }, { code: 'A2', department: MS }, { code: 'A3', department: MS },
  { code: 'A4', department: MS }, { code: 'A5', department: MS }, { code: 'A6', department: MS },
  { code: 'A7', department: MS }, { code: 'A8', department: MS }, { code: 'A9', department: MS, itemStatus: '已取消' },
  { code: 'E1', department: EDU }, { code: 'E2', department: EDU }, { code: 'E3', department: EDU },
], { file: 'catalogue.yaml' });

const ms = delegation([
  accepted('A1', '1', '2016-06-30'),
  accepted('A2', '第二批', '2017-01-15', { scope: '部分下放', note: '保留吊销' }),
  { code: 'A3', decision: '下放', mode: '委托', scope: '全部下放' }, // status empty → 待承接
  { code: 'A4', decision: '下放', mode: '委托', scope: '全部下放', status: '暂缓承接' },
  { code: 'A5', decision: '不下放', reason: '涉及全市统筹' },
  { code: 'A6', decision: '暂不下放', reason: '条件不具备', acceptance: '坚持承接' }, // open dispute
  { code: 'A7', decision: '不下放', reason: '…', acceptance: '坚持承接', resolution: '下放', status: '待承接' }, // resolved → delegated
  { code: 'A8', decision: '不下放', reason: '…', acceptance: '坚持承接', resolution: '待协调' }, // still open
], { department: MS });

const edu = delegation([
  accepted('E1', '1', '2016-06-30', { department: EDU }),
  { code: 'E2', department: EDU, decision: '暂不下放', reason: '…', acceptance: '坚持承接', resolution: '不下放' }, // resolved, stays
]);

describe('status counts', () => {
  const r = status([ms, edu], { catalogue: cat });
  const byName = Object.fromEntries(r.departments.map((d) => [d.department, d]));

  it('counts every bucket of a department', () => {
    expect(byName[MS]).toEqual({
      department: MS,
      catalogue: 8, // A9 is cancelled
      listed: 8,
      // A7's effective decision is 下放 once its dispute is resolved: 下放 = 已承接 + 待承接 + 暂缓承接
      decision: { 下放: 5, 不下放: 2, 暂不下放: 1 },
      status: { 已承接: 2, 待承接: 2, 暂缓承接: 1 },
      batches: { 1: 1, 2: 1 },
      disputes: { open: 2, resolved: 1 },
      partial: 1,
      takenBack: 0,
    });
  });

  it('counts catalogue items that no list carries', () => {
    expect(byName[EDU].catalogue).toBe(3);
    expect(byName[EDU].listed).toBe(2);
    expect(byName[EDU].disputes).toEqual({ open: 0, resolved: 1 });
    expect(byName[EDU].status).toEqual({ 已承接: 1, 待承接: 0, 暂缓承接: 0 });
  });

  it('totals are the sums of the departments', () => {
    expect(r.totals).toEqual({
      catalogue: 11,
      listed: 10,
      // E2 (暂不下放, resolved 不下放) counts under 不下放
      decision: { 下放: 6, 不下放: 3, 暂不下放: 1 },
      status: { 已承接: 3, 待承接: 2, 暂缓承接: 1 },
      batches: { 1: 2, 2: 1 },
      disputes: { open: 2, resolved: 2 },
      partial: 1,
      takenBack: 0,
    });
    expect(r.catalogueFile).toBe('catalogue.yaml');
  });

  it('takes a catalogue given among the inputs', () => {
    expect(status([cat, ms, edu]).totals).toEqual(r.totals);
  });

  it('without a catalogue, catalogue counts are 0 and catalogueFile is null', () => {
    const alone = status([ms]);
    expect(alone.catalogueFile).toBeNull();
    expect(alone.totals.catalogue).toBe(0);
    expect(alone.totals.listed).toBe(8);
  });

  it('takes the department from the catalogue when neither item nor list names it', () => {
    const r2 = status([delegation([{ code: 'E3', decision: '下放' }])], { catalogue: cat });
    expect(r2.departments.find((d) => d.department === EDU)?.listed).toBe(1);
  });

  it('counts an item listed twice once', () => {
    const twice = status([ms, delegation([{ code: 'A1', decision: '不下放' }], { department: MS, file: 'again.yaml' })]);
    expect(twice.totals.listed).toBe(8);
    expect(twice.totals.decision['下放']).toBe(5);
    // and says so
    expect(twice.duplicates).toBe(1);
    expect(r.duplicates).toBe(0);
  });

  it('adds up for every department and in total: 下放 (effective) = 已承接 + 待承接 + 暂缓承接', () => {
    const odd = delegation([{ code: 'A1', decision: '下放', status: '承接中' }], { department: MS, file: 'odd.yaml' });
    for (const rep of [r, status([odd])]) {
      for (const c of [...rep.departments, rep.totals]) {
        expect(c.decision['下放']).toBe(c.status['已承接'] + c.status['待承接'] + c.status['暂缓承接']);
      }
    }
  });

  it('gives every bucket even when empty, and sorts departments in Chinese order', () => {
    const e = status([]);
    expect(e).toEqual({
      version: 1, departments: [], catalogueFile: null, duplicates: 0,
      totals: { catalogue: 0, listed: 0, decision: { 下放: 0, 不下放: 0, 暂不下放: 0 }, status: { 已承接: 0, 待承接: 0, 暂缓承接: 0 }, batches: {}, disputes: { open: 0, resolved: 0 }, partial: 0, takenBack: 0 },
    });
    // 市公安局 (gong) before 市市场监管局 (shi): pinyin order, not code-point order
    expect(status([delegation([{ code: 'X', department: '市市场监管局', decision: '下放' }, { code: 'Y', department: '市公安局', decision: '下放' }])]).departments.map((d) => d.department))
      .toEqual(['市公安局', '市市场监管局']);
  });
});
