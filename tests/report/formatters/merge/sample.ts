/** A three-way merge report with conflicts (one over a legal basis of several lines) and a consolidation, shared by the merge formatter tests. */
import { merge } from '../../../../src/merge/consolidate.js';
import { mergeReport } from '../../../../src/merge/report.js';
import { merge3 } from '../../../../src/merge/three-way.js';
import { list } from '../../../merge/helpers.js';

const base = list([{ code: 'A', name: '食品经营许可', department: '市市场监管局', status: '待承接', legalBasis: '《食品安全法》\n第三十五条' }], 'base.yaml');
const ours = list([{ code: 'A', name: '食品经营许可', department: '市市场监管局', status: '已承接', legalBasis: '《食品安全法》\n第三十六条' }], 'ours.yaml');
const theirs = list([{ code: 'A', name: '食品经营许可', department: '市市场监管局', status: '暂缓承接', legalBasis: '《食品安全法》' }], 'theirs.yaml');
export const threeWay = mergeReport(merge3(base, ours, theirs), {
  mode: 'three-way', strategy: 'fail', output: 'merged.yaml', written: false,
  inputs: [{ path: 'base.yaml', rows: 1, role: 'base' }, { path: 'ours.yaml', rows: 1, role: 'ours' }, { path: 'theirs.yaml', rows: 1, role: 'theirs' }],
});
const depts = [list([{ code: 'X', department: '市教育局' }, { code: 'Y', department: '市教育局' }], 'a.yaml'), list([{ code: 'X', department: '市民政局' }], 'b.yaml')];
export const consolidated = mergeReport(merge(depts, { conflicts: 'mark' }), {
  mode: 'consolidate', strategy: 'mark', output: 'all.xlsx', written: true, inputs: [{ path: 'a.yaml', rows: 2 }, { path: 'b.yaml', rows: 1 }],
});
