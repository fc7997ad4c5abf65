import { describe, expect, it } from 'vitest';
import { whoExercises } from '../../src/status/index.js';
import { whoReport } from '../../src/status/who.js';
import { accepted, catalogue, delegation } from './make.js';

const MS = '市市场监管局';
const cat = catalogue([{ code: 'C9', department: '市教育局', name: '教师资格认定' }]);
const lists = [
  delegation([
    accepted('Z1', '2', '2017-01-15'),
    // accepted wins over everything else, even a dispute left in the row
    accepted('Z2', '1', '2016-06-30', { decision: '不下放', acceptance: '坚持承接', resolution: '下放' }),
    { code: 'D1', decision: '暂不下放', acceptance: '坚持承接', resolution: '待协调' },
    { code: 'N1', decision: '不下放' },
    { code: 'N2', decision: '暂不下放', acceptance: '坚持承接', resolution: '不下放' }, // resolved: not delegated
    { code: 'W1', decision: '暂不下放' },
    { code: 'F1', decision: '下放', status: '暂缓承接' },
    { code: 'P1', decision: '下放' },
    { code: 'P2', decision: '不下放', acceptance: '坚持承接', resolution: '下放', status: '待承接' }, // resolved: delegated
    { code: 'S1', subItem: '新办', decision: '下放', status: '已承接', batch: '1', acceptedOn: '2016-06-30' },
    { code: 'S1', subItem: '变更', decision: '下放' },
  ], { department: MS }),
];

const one = (code: string) => {
  const a = whoExercises(code, lists, cat);
  expect(a).toHaveLength(1);
  return a[0];
};

describe('whoExercises', () => {
  it('accepted: the zone, with batch, date and confirmations', () => {
    expect(one('Z1')).toMatchObject({
      code: 'Z1', exercisedBy: 'zone', department: MS, why: 'accepted', batch: 2, acceptedOn: '2017-01-15',
      confirmations: { delegator: '济市监函〔2016〕12号', receiver: '济高管函〔2016〕30号' },
    });
    expect(one('Z2')).toMatchObject({ exercisedBy: 'zone', why: 'accepted', batch: 1 });
  });

  it.each([
    ['D1', 'disputed'],
    ['N1', 'not-delegated'],
    ['N2', 'not-delegated'],
    ['W1', 'withheld'],
    ['F1', 'deferred'],
    ['P1', 'pending'],
    ['P2', 'pending'],
  ] as const)('%s stays with the department: %s', (code, why) => {
    const a = one(code);
    expect(a).toMatchObject({ code, exercisedBy: 'department', department: MS, why });
    expect(a.confirmations).toBeUndefined();
  });

  it('a code in the catalogue but in no list is unknown, with the catalogue department', () => {
    expect(one('C9')).toEqual({ code: 'C9', exercisedBy: 'department', why: 'unknown', department: '市教育局', name: '教师资格认定' });
  });

  it('a code nowhere is unknown, without a department, and not in the catalogue', () => {
    expect(one('NOPE')).toEqual({ code: 'NOPE', exercisedBy: 'department', why: 'unknown', inCatalogue: false });
  });

  it('answers per sub-item', () => {
    const a = whoExercises('S1', lists);
    expect(a.map((x) => [x.subItem, x.exercisedBy, x.why])).toEqual([
      ['新办', 'zone', 'accepted'],
      ['变更', 'department', 'pending'],
    ]);
  });

  it('finds a code written in full width or with spaces', () => {
    expect(one('Ｐ1 ').code).toBe('P1');
  });

  it('whoReport answers in the order asked, and says where the row is', () => {
    const r = whoReport(['P1', 'Z1'], lists, cat);
    expect(r.version).toBe(1);
    expect(r.who.map((a) => [a.code, a.file, a.row])).toEqual([['P1', 'delegation.yaml', 9], ['Z1', 'delegation.yaml', 2]]);
  });
});
