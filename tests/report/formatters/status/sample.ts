/** A small status input with Chinese department names of different widths, shared by the formatter tests. */
import { catalogue, delegation, accepted } from '../../../status/make.js';

export const sampleCatalogue = catalogue([
  { code: 'A1', department: '市市场监督管理局' }, { code: 'A2', department: '市市场监督管理局' }, { code: 'A3', department: '市市场监督管理局' },
  { code: 'B1', department: '市教育局' }, { code: 'B2', department: '市教育局' },
  { code: 'C1', department: 'Bureau of Water' },
], { file: 'catalogue.yaml' });

export const sampleLists = [
  delegation([
    accepted('A1', '1', '2016-06-30'),
    { code: 'A2', decision: '下放', scope: '部分下放' },
    { code: 'A3', decision: '不下放', acceptance: '坚持承接' },
  ], { department: '市市场监督管理局', file: 'depts/市市场监督管理局.yaml' }),
  delegation([accepted('B1', '2', '2017-03-01'), accepted('B2', '2', '2017-03-01')], { department: '市教育局', file: 'depts/市教育局.yaml' }),
  delegation([{ code: 'C1', decision: '下放', status: '暂缓承接', category: '行政处罚' }], { department: 'Bureau of Water', file: 'depts/water.yaml' }),
];
