import { describe, expect, it } from 'vitest';
import { dashboard, status, whoExercises } from '../../src/status/index.js';
import { takeBackDocument } from '../../src/model/taken-back.js';
import { accepted, delegation, type Fields } from './make.js';

const MS = '市市场监管局';
const EDU = '市教育局';
const lists = [
  delegation([
    { code: 'T1', decision: '不下放', reason: '收回：审计整改，济高管发〔2024〕11号' },
    { code: 'T2', decision: '暂不下放', reason: '待整改', note: '2024年收回' },
    // The clerk set 不下放 with 收回 but left 已承接 standing: the row still says taken back.
    accepted('T3', '1', '2016-06-30', { decision: '不下放', reason: '收回（济政字[2024]3号）' }),
    { code: 'N1', decision: '不下放', reason: '涉及全市统筹' },
    // 收回 in a delegated row means nothing: the item is delegated.
    accepted('A1', '1', '2016-06-30', { note: '曾于2020年收回，2021年重新下放' }),
  ], { department: MS }),
  delegation([{ code: 'E1', decision: '不下放', reason: '收回', ...({ extra: { 收回文号: '济教发〔2024〕7号' } } as Partial<Fields>) }], { department: EDU }),
];

describe('status: taken back (收回)', () => {
  it('--who says taken-back, exercised by the department, with the document the row gives', () => {
    const who = (code: string) => whoExercises(code, lists)[0];
    expect(who('T1')).toMatchObject({ exercisedBy: 'department', why: 'taken-back', department: MS, document: '济高管发〔2024〕11号' });
    expect(who('T2')).toMatchObject({ exercisedBy: 'department', why: 'taken-back' });
    expect(who('T2').document).toBeUndefined();
    expect(who('T3')).toMatchObject({ exercisedBy: 'department', why: 'taken-back', document: '济政字[2024]3号' });
    expect(who('E1')).toMatchObject({ why: 'taken-back', document: '济教发〔2024〕7号' });
    expect(who('N1').why).toBe('not-delegated');
    expect(who('A1')).toMatchObject({ exercisedBy: 'zone', why: 'accepted' });
  });

  it('counts taken-back items per department, also under their decision', () => {
    const r = status(lists);
    const by = Object.fromEntries(r.departments.map((d) => [d.department, d]));
    expect([by[MS].takenBack, by[EDU].takenBack, r.totals.takenBack]).toEqual([3, 1, 4]);
    expect(by[MS].decision).toEqual({ 下放: 1, 不下放: 3, 暂不下放: 1 });
    expect(r.totals.overdue).toBeUndefined();
    expect(dashboard(lists).items.filter((it) => it.why === 'taken-back').map((it) => it.code).sort()).toEqual(['E1', 'T1', 'T2', 'T3']);
  });

  it('finds a document written in the ways clerks write them', () => {
    expect(takeBackDocument({ reason: '依据济高管发〔2024〕11号文收回' })).toBe('依据济高管发〔2024〕11号');
    expect(takeBackDocument({ reason: '收回', note: '见济政办字（2024）第5号' })).toBe('见济政办字（2024）第5号');
    expect(takeBackDocument({ reason: '收回' })).toBeUndefined();
  });
});
