/** The 2017 revision of the catalogue: every change is recorded so diff and sync tests can check it. */
import { CATEGORY, DEPARTMENTS } from './departments.mjs';
import { CITY, VERSION_2017 } from './catalogue.mjs';
import { cnNumber } from './text.mjs';

const pad = (n) => String(n).padStart(4, '0');

const NEW_ITEMS = [
  ['市发展改革委', 'XK', '企业投资项目备案变更'], ['市教育局', 'XK', '校外培训机构办学许可'],
  ['市生态环境局', 'CF', '对排污单位未按规定开展自行监测的处罚'], ['市市场监管局', 'QT', '仅销售预包装食品经营者备案'],
  ['市市场监管局', 'CF', '对电子商务平台经营者未履行核验登记义务的处罚'], ['市卫生健康委', 'JC', '对医疗机构依法执业情况的监督检查'],
  ['市城乡交通运输局', 'XK', '网络预约出租汽车经营许可'], ['市应急管理局', 'CF', '对生产经营单位未按规定开展安全风险分级管控的处罚'],
  ['市文化和旅游局', 'QR', '旅游民宿等级评定'], ['市住房城乡建设局', 'QT', '建筑工程施工许可告知承诺备案'],
  ['市农业农村局', 'JC', '对农产品生产企业的质量安全监督检查'], ['市民政局', 'JF', '困难残疾人生活补贴给付'],
];

/** The adjustment decision of the merge, the split and the recode (issue 18), and its effective date. */
export const ADJUSTMENT = { document: '济政发〔2017〕12号', effective: '2017-07-01' };

/**
 * Builds the 2017 catalogue from the 2016 rows. eligible(row) says which rows may change
 * (no documented defect, no dispute, no sub-item); listed(code) gives a department list's row for
 * the code, if any (the merge takes two items with the same decision and status, so sync carries
 * them). Returns { rows, changes, adjustments } (adjustments: the rows of the correspondence table).
 */
export function revise(rnd, rows2016, counters, eligible, listed = () => undefined) {
  const rows = rows2016.map((r) => ({ ...r }));
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const free = rnd.shuffle(rows.filter((r) => eligible(r)));
  const take = (filter) => {
    const i = free.findIndex(filter);
    if (i < 0) throw new Error('no row for the revision');
    return free.splice(i, 1)[0];
  };
  const next = { ...counters };
  const changes = { added: [], cancelled: [], changed: [], transferred: [], recoded: [], merged: [], split: [] };
  const adjustments = [];
  const touch = (r) => { r.version = VERSION_2017; };

  for (let i = 0; i < 9; i++) {
    const r = take(() => true);
    r.itemStatus = '已取消';
    r.note = `依据鲁政发〔2017〕${3 + i}号取消`;
    touch(r);
    changes.cancelled.push({ code: r.code, department: r.department, name: r.name });
  }
  for (let i = 0; i < 6; i++) {
    const r = take((x) => x.category !== 'CF' || /的处罚$/u.test(x.name));
    const old = r.name;
    r.name = /的处罚$/u.test(old) ? old.replace(/的处罚$/u, '行为的处罚') : `${old}（含变更）`;
    touch(r);
    changes.changed.push({ code: r.code, fields: { name: { old, new: r.name } } });
  }
  for (let i = 0; i < 6; i++) {
    const r = take(() => true);
    const old = r.legalBasis;
    r.legalBasis = `${old}\n${rnd.pick(['《山东省优化营商环境条例》', '《国务院关于取消和下放一批行政许可事项的决定》', '《山东省行政程序规定》'])}第${cnNumber(rnd.int(5, 60))}条`;
    touch(r);
    changes.changed.push({ code: r.code, fields: { legalBasis: { old, new: r.legalBasis } } });
  }
  for (const [from, to] of [['QT', 'QR'], ['JC', 'QT'], ['XK', 'QT']]) {
    const r = take((x) => x.category === from);
    r.category = to;
    touch(r);
    changes.changed.push({ code: r.code, fields: { category: { old: CATEGORY[from], new: CATEGORY[to] } } });
  }
  for (const [from, to] of [['市住房城乡建设局', '市城市管理局'], ['市文化和旅游局', '市新闻出版局']]) {
    const r = take((x) => x.department === from);
    r.department = to;
    r.dept = DEPARTMENTS.find((d) => d.name === to);
    touch(r);
    changes.transferred.push({ code: r.code, from, to, name: r.name });
  }
  {
    const r = take(() => true);
    const oldCode = r.code;
    r.code = `${CITY}-${r.category}-${pad(++next[r.category])}`;
    r.mainCode = r.code;
    touch(r);
    byCode.delete(oldCode);
    changes.recoded.push({ oldCode, newCode: r.code, name: r.name, department: r.department, ...ADJUSTMENT });
    adjustments.push({ from: oldCode, fromName: r.name, into: r.code, intoName: r.name, kind: '改码' });
  }
  for (const [department, cat, name] of NEW_ITEMS) {
    const dept = DEPARTMENTS.find((d) => d.name === department);
    const code = `${CITY}-${cat}-${pad(++next[cat])}`;
    const law = rnd.pick(dept.laws);
    rows.push({ code, mainCode: code, name, category: cat, department, legalBasis: `${law}第${cnNumber(rnd.int(5, 80))}条`,
      itemStatus: '有效', version: VERSION_2017, fixed: false, dept, added: true });
    changes.added.push({ code, department, name, category: CATEGORY[cat] });
  }
  // Issue 18: one merge (two items of one department, both accepted alike, become one new item) and one
  // split (an accepted licence becomes two sub-items under a new code); the new rows' 备注 say so.
  const when = '自2017年7月1日起施行';
  const gone = new Set();
  {
    const same = (x) => { const l = listed(x.code); return l && l.status === '已承接' ? `${x.department}|${x.category}|${l.decision}|${l.status}` : undefined; };
    const seen = new Map();
    let pair;
    for (const x of free) {
      const k = same(x);
      if (!k || x.category !== 'XK') continue;
      if (seen.has(k)) { pair = [seen.get(k), x]; break; }
      seen.set(k, x);
    }
    if (!pair) throw new Error('no pair of rows for the merge');
    const [a, b] = pair.sort((x, y) => (x.code < y.code ? -1 : 1));
    for (const x of pair) free.splice(free.indexOf(x), 1);
    const code = `${CITY}-${a.category}-${pad(++next[a.category])}`;
    const name = `${a.name}及${b.name}`;
    rows.push({ code, mainCode: code, name, category: a.category, department: a.department, legalBasis: `${a.legalBasis}\n${b.legalBasis}`,
      itemStatus: '有效', version: VERSION_2017, note: `依据${ADJUSTMENT.document}，由${a.code}、${b.code}合并，${when}`, fixed: false, dept: a.dept, added: true });
    gone.add(a.code); gone.add(b.code);
    changes.merged.push({ from: [a.code, b.code], into: code, name, department: a.department, ...ADJUSTMENT });
    for (const x of [a, b]) adjustments.push({ from: x.code, fromName: x.name, into: code, intoName: name, kind: '合并' });
  }
  {
    const r = take((x) => x.category === 'XK' && listed(x.code)?.status === '已承接');
    const main = `${CITY}-XK-${pad(++next.XK)}`;
    const subs = ['新办', '延续'];
    const into = subs.map((_, i) => `${main}-${String(i + 1).padStart(2, '0')}`);
    subs.forEach((sub, i) => rows.push({ code: into[i], mainCode: main, name: r.name, subItem: sub, category: 'XK', department: r.department, legalBasis: r.legalBasis,
      itemStatus: '有效', version: VERSION_2017, note: `依据${ADJUSTMENT.document}，由${r.code}拆分，${when}`, fixed: false, dept: r.dept, added: true }));
    gone.add(r.code);
    changes.split.push({ from: r.code, into, name: r.name, department: r.department, ...ADJUSTMENT });
    into.forEach((c, i) => adjustments.push({ from: r.code, fromName: r.name, into: c, intoName: `${r.name}（${subs[i]}）`, kind: '拆分' }));
  }
  const kept = rows.filter((r) => !gone.has(r.code));
  kept.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return { rows: kept, changes, adjustments };
}
