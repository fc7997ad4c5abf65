import { describe, expect, it } from 'vitest';
import type { RuleDetails } from '../../../src/check/details.js';
import { RULE_IDS, type RuleId } from '../../../src/check/rule-ids.js';
import { LANGS } from '../../../src/text/lang.js';
import { findingMessage, RULE_MESSAGES } from '../../../src/report/text/rules.js';

const other = { file: 'depts/市教育局.xlsx', sheet: '清单', row: 12, department: '市教育局' };

/** Sample details of every rule, including each variant a message branches on. */
const SAMPLES: { [K in RuleId]: RuleDetails[K][] } = {
  'file-unreadable': [{ error: 'xls-legacy', args: {} }, { error: 'yaml-syntax', args: { detail: 'bad indentation' } }],
  'missing-column': [
    { field: 'department', header: '实施部门', kind: 'delegation' },
    {
      field: 'code', header: '事项编码', kind: 'delegation', unrecognised: [{ header: '事项编吗', nearest: '事项编码' }, { header: '联系人' }],
      notRun: ['unknown-code', 'gap'],
    },
  ],
  'missing-value': [
    { field: 'name', header: '事项名称', when: 'always' },
    { field: 'reason', header: '不下放理由', when: 'not-delegated', decision: '暂不下放' },
    { field: 'mode', header: '下放方式', when: 'delegated', decision: '下放' },
    { field: 'note', header: '备注', when: 'partial', scope: '部分下放' },
    { field: 'batch', header: '承接批次', when: 'accepted', status: '已承接' },
  ],
  'invalid-value': [
    { field: 'decision', header: '下放意见', value: '同意', expected: 'enum', allowed: ['下放', '不下放', '暂不下放'] },
    { field: 'acceptedOn', header: '承接日期', value: '六月底', expected: 'date' },
    { field: 'batch', header: '承接批次', value: '首批', expected: 'batch' },
    { field: 'code', header: '事项编码', value: 'xk-2', expected: 'pattern', pattern: 'XK\\d+' },
    { field: 'code', header: 'code', value: '0012', expected: 'text', reason: 'yaml-number' },
    { header: 'x-laws', value: 'x-laws', expected: 'text', reason: 'yaml-unknown-key' },
  ],
  'duplicate-code': [{ across: false, other }, { subItem: '子项一', across: true, other }],
  'unknown-code': [
    { name: '甲', suggestions: [{ code: 'XK0002', name: '药品零售企业许可' }] },
    { name: '甲', subItem: '市政工程', suggestions: [{ code: 'XK0101', name: '建设工程规划许可', subItem: '建筑工程' }] },
    { suggestions: [] },
  ],
  'name-mismatch': [{ name: '食品流通许可', expected: '食品经营许可' }],
  'category-mismatch': [{ category: '行政许可', expected: '行政处罚' }],
  'department-mismatch': [{ department: '市卫健委', expected: '市市场监管局' }],
  'cancelled-item': [{ name: '广告发布登记', version: '2024' }, {}],
  gap: [{ department: '市规划局', name: '建设工程规划许可', subItem: '市政工程' }, { department: '市教育局', items: 80 }],
  dispute: [
    { decision: '不下放', acceptance: '坚持承接', open: true },
    { decision: '暂不下放', acceptance: '坚持承接', resolution: '待协调', open: true },
    { decision: '不下放', acceptance: '坚持承接', resolution: '下放', open: false },
  ],
  'missing-confirmation': [{ fields: ['delegatorConfirmation'], headers: ['放权方确认'] }],
  'legal-review': [{ value: '待审查' }, { value: '' }],
  'partial-delegation': [{ kept: '保留跨区县事项' }, { kept: '' }],
  'pending-acceptance': [{ status: '待承接', exercisedBy: '市教育局' }],
  'zone-mismatch': [
    { reason: 'not-in-delegation' },
    { reason: 'not-accepted', status: '待承接', other },
    { reason: 'not-published', status: '已承接' },
    { reason: 'differs', field: 'batch', value: '2', expected: '1', other },
  ],
  'unresolved-conflict': [
    { mark: 'column', headers: ['承接状态'], text: '承接状态：原为“待承接”，本方改为“已承接”，对方改为“暂缓承接”' },
    { mark: 'column', headers: [], text: '同一事项另见 depts/市人社局.csv:3（市人社局）' },
    { mark: 'git', headers: ['下放意见'], rows: [3, 7] },
    { mark: 'git', headers: [], rows: [3, 5] },
  ],
};

describe('rule messages', () => {
  it('has a message for every rule id', () => {
    expect(Object.keys(RULE_MESSAGES).sort()).toEqual([...RULE_IDS].sort());
  });

  for (const rule of RULE_IDS) {
    for (const lang of LANGS) {
      it(`renders ${rule} in ${lang} for every sample`, () => {
        for (const details of SAMPLES[rule]) {
          const text = findingMessage({ rule, details: details as unknown as Record<string, unknown> }, lang);
          expect(text.length).toBeGreaterThan(8);
          expect(text).not.toMatch(/undefined|null|\[object Object\]|NaN/u);
          if (lang === 'en') expect(text).toMatch(/[a-z]{3}/u);
          else expect(text).toMatch(/[\u4e00-\u9fff]{4}/u);
        }
      });
    }
  }

  it('does not throw on details missing altogether', () => {
    for (const rule of RULE_IDS) for (const lang of LANGS) expect(() => findingMessage({ rule, details: {} }, lang)).not.toThrow();
  });

  it('says so when a waiver has expired', () => {
    const f = { rule: 'legal-review' as const, details: { value: '待审查', waiverExpired: '2024-01-31' } };
    expect(findingMessage(f, 'en')).toContain('2024-01-31');
    expect(findingMessage(f, 'zh-CN')).toContain('2024-01-31');
  });

  it('names the suggested codes of an unknown code', () => {
    const text = findingMessage({ rule: 'unknown-code', details: SAMPLES['unknown-code'][0] as unknown as Record<string, unknown> }, 'zh-CN');
    expect(text).toContain('XK0002');
  });
});
