/** The Jinan master catalogue: 3,400 rows of 47 departments, and its 2017 revision. */
import { CATEGORY, CATEGORY_WEIGHTS, DEPARTMENTS, SUB_ITEM_SETS, TEMPLATES } from './departments.mjs';
import { cnNumber } from './text.mjs';

export const CITY = '370100';
export const VERSION_2016 = '2016年版';
export const VERSION_2017 = '2017年版';

const pad = (n, w) => String(n).padStart(w, '0');

function generatedName(rnd, dept, cat) {
  const o = rnd.pick(dept.objects);
  const t = rnd.pick(TEMPLATES[cat]).replace(/\{o\}/gu, o);
  return cat === 'CF' ? `对${t}的处罚` : t;
}

function legalBasis(rnd, dept, cat) {
  const art = () => `第${cnNumber(rnd.int(2, 98))}条`;
  const lines = [];
  if (cat === 'XK' && rnd.chance(0.3)) lines.push('《中华人民共和国行政许可法》第十二条');
  if (cat === 'QZ') lines.push(`《中华人民共和国行政强制法》第${cnNumber(rnd.pick([9, 10, 12, 22, 50]))}条`);
  const laws = rnd.shuffle(dept.laws).slice(0, rnd.chance(0.45) ? 2 : 1);
  for (const law of laws) lines.push(`${law}${art()}${rnd.chance(0.25) ? `第${cnNumber(rnd.int(1, 4))}款` : ''}`);
  if (rnd.chance(0.15)) lines.push(`《山东省${rnd.pick(['行政程序规定', '行政执法监督条例', '实施行政许可法办法'])}》${art()}`);
  return lines.join('\n');
}

/**
 * Builds the 2016 catalogue. Returns rows sorted by code; each row:
 * { code, mainCode, name, subItem?, category (abbr), department, legalBasis, itemStatus, version, note?, fixed, dept }.
 */
export function buildCatalogue(rnd) {
  const names = new Set();
  const perDept = DEPARTMENTS.map((dept) => {
    const mains = [];
    let rows = 0;
    const addMain = (name, cat, subs, fixed) => {
      names.add(name);
      mains.push({ name, cat, subs, fixed });
      rows += subs ? subs.length : 1;
    };
    for (const [name, cat, subs] of dept.fixed) addMain(name, cat, subs, true);
    while (rows < dept.rows) {
      const cat = rnd.weighted(CATEGORY_WEIGHTS);
      let name;
      for (let tries = 0; tries < 60 && (!name || names.has(name)); tries++) name = generatedName(rnd, dept, cat);
      if (names.has(name)) continue;
      let subs;
      if ((cat === 'XK' || cat === 'QR') && rnd.chance(0.06)) {
        const set = rnd.pick(SUB_ITEM_SETS);
        if (rows + set.length <= dept.rows) subs = set;
      }
      addMain(name, cat, subs, false);
    }
    if (rows !== dept.rows) throw new Error(`${dept.name}: ${rows} rows, want ${dept.rows}`);
    return { dept, mains };
  });
  const counters = Object.fromEntries(Object.keys(CATEGORY).map((c) => [c, 0]));
  const rows = [];
  for (const cat of Object.keys(CATEGORY)) {
    for (const { dept, mains } of perDept) {
      for (const m of mains.filter((x) => x.cat === cat)) {
        const mainCode = `${CITY}-${cat}-${pad(++counters[cat], 4)}`;
        const basis = legalBasis(rnd, dept, cat);
        const base = { mainCode, name: m.name, category: cat, department: dept.name, legalBasis: basis,
          itemStatus: '有效', version: VERSION_2016, fixed: m.fixed, dept };
        if (m.subs) m.subs.forEach((s, i) => rows.push({ ...base, code: `${mainCode}-${pad(i + 1, 2)}`, subItem: s }));
        else rows.push({ ...base, code: mainCode });
      }
    }
  }
  rows.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return { rows, counters };
}

const CANCEL_NOTES = ['依据国发〔2016〕9号取消', '依据鲁政发〔2016〕6号取消', '依据济政发〔2016〕3号取消', '法律修订后取消'];

/** Marks `count` rows of one department (or, with dept undefined, of any but `exclude`) cancelled. */
export function cancelRows(rnd, rows, count, { dept, exclude = [] }) {
  const pool = rnd.shuffle(rows.filter((r) => r.itemStatus === '有效' && !r.fixed && !r.subItem &&
    (dept ? r.department === dept : !exclude.includes(r.department))));
  const chosen = pool.slice(0, count);
  for (const r of chosen) {
    r.itemStatus = '已取消';
    r.note = rnd.pick(CANCEL_NOTES);
  }
  return chosen;
}

/** Category abbreviation → Chinese name. */
export const categoryName = (abbr) => CATEGORY[abbr] ?? abbr;
