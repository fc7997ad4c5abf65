/**
 * The documented defects of the Jinan scenario, applied to the delegation rows before the files are
 * written. Each defect records what validate must report; places (row numbers) are filled in after
 * writing. Only count-neutral defects touch 市市场监管局 (none do), so its list keeps 475 rows.
 */
import { BATCH_DATES, MARKET } from './decisions.mjs';
import { toTraditional, toHalfWidthPunct, toFullWidthVariant } from './text.mjs';

/** Marks a row as used so that no two defects or quirks share one. */
const use = (row, tag) => { row.touched = tag; return row; };

function pool(byDept, { formats, status, decision = '下放', exclude = [], notDept = [MARKET] }) {
  const out = [];
  for (const [dept, d] of byDept) {
    if (notDept.includes(dept) || exclude.includes(dept)) continue;
    if (formats && !formats.includes(d.format)) continue;
    for (const r of d.rows) {
      if (r.touched || r.cat.fixed || r.subItem || r.disputed) continue;
      if (decision && r.decision !== decision) continue;
      if (status && r.status !== status) continue;
      if (r.scope === '部分下放') continue;
      out.push(r);
    }
  }
  return out;
}

/** Picks one row from the pool, preferring a department not used yet. */
function choose(rnd, rows, usedDepts) {
  const fresh = rows.filter((r) => !usedDepts.has(r.department));
  const r = rnd.pick(fresh.length ? fresh : rows);
  usedDepts.add(r.department);
  return r;
}

function renamed(name) {
  if (/审批$/u.test(name)) return name.replace(/审批$/u, '核准');
  if (/许可$/u.test(name)) return name.replace(/许可$/u, '审批');
  if (/^对(.+)的处罚$/u.test(name)) return name.replace(/^对(.+)的处罚$/u, '对$1行为实施行政处罚');
  if (/检查$/u.test(name)) return name.replace(/检查$/u, '检查监督');
  return `${name}事项`;
}

const TYPOS = [
  (c) => c.replace(/-CF-|-XK-|-JC-|-QZ-|-QR-|-QT-/u, (m) => `-${m[2]}${m[1]}-`),
  (c) => c.replace(/^370100/u, '370010'),
  (c) => c.replace(/-(\d{4})/u, (m, d) => `-${d.replace(/0/u, 'O')}`),
];

/**
 * Applies the defects. byDept: Map dept name → { rows, format, dept }; catalogueRows: all rows.
 * Returns the list of defects: { rule, row (delegation row, place filled later) | catRow, details }.
 */
export function applyDefects(rnd, byDept, catalogueRows, codes) {
  const defects = [];
  const used = new Set();
  const xlsx = ['xlsx'];

  // Typos in codes: unknown-code, and the intended catalogue item becomes a gap.
  TYPOS.forEach((typo) => {
    const row = use(choose(rnd, pool(byDept, { formats: xlsx, status: '待承接' }).filter((r) => /-\d{4}$/u.test(r.code) && /0/u.test(r.code.slice(-4))), used), 'typo');
    const wrong = typo(row.code);
    if (codes.has(wrong) || wrong === row.code) throw new Error(`typo ${wrong} is not unknown`);
    defects.push({ rule: 'unknown-code', row, key: 'code', details: { intended: row.code } });
    defects.push({ rule: 'gap', catRow: row.cat, details: { becauseOf: 'typo', written: wrong } });
    row.code = wrong;
    row.w.code = wrong;
  });

  // Real name differences (not width or traditional forms).
  for (let i = 0; i < 4; i++) {
    const row = use(choose(rnd, pool(byDept, { formats: ['xlsx', 'csv'] }), used), 'name');
    row.name = renamed(row.name);
    row.w.name = row.name;
    defects.push({ rule: 'name-mismatch', row, key: 'name', details: { catalogue: row.cat.name, written: row.name } });
  }

  // A category differing from the catalogue's.
  {
    const row = use(choose(rnd, pool(byDept, { formats: xlsx }).filter((r) => r.category === 'JC'), used), 'category');
    row.category = 'CF';
    defects.push({ rule: 'category-mismatch', row, key: 'category', details: { catalogue: '行政检查', written: '行政处罚' } });
  }

  // A department listing another department's item (which the owner left out).
  {
    const owner = byDept.get('市住房城乡建设局');
    const lister = byDept.get('市住房保障和房产管理局');
    const row = use(rnd.pick(owner.rows.filter((r) => !r.touched && !r.cat.fixed && !r.subItem && r.status === '待承接' && r.scope === '全部下放')), 'department');
    owner.rows.splice(owner.rows.indexOf(row), 1);
    row.department = lister.dept.name;
    lister.rows.push(row);
    defects.push({ rule: 'department-mismatch', row, key: 'department', details: { catalogue: owner.dept.name, written: lister.dept.name } });
  }

  // An item cancelled in the catalogue, still listed from an old copy.
  {
    const cancelled = rnd.pick(catalogueRows.filter((c) => c.itemStatus === '已取消' && byDept.get(c.department)?.format === 'xlsx' && c.department !== MARKET));
    const d = byDept.get(cancelled.department);
    const row = use({ cat: cancelled, code: cancelled.code, name: cancelled.name, category: cancelled.category, department: cancelled.department,
      decision: '下放', mode: '直接下放', scope: '全部下放', acceptance: '承接', status: '待承接', legalReview: '待审查', w: {}, quirks: [] }, 'cancelled');
    d.rows.push(row);
    defects.push({ rule: 'cancelled-item', row, key: 'code', details: {} });
  }

  // The same item in two department lists: a row copied whole (department included) into another file.
  {
    const src = choose(rnd, pool(byDept, { formats: xlsx, status: '已承接', exclude: ['市住房城乡建设局', '市住房保障和房产管理局', '市城市管理局'] }), used);
    use(src, 'dup-source');
    const target = [...byDept.values()].find((d) => d.dept.name === '市城市管理局');
    const copy = use({ ...src, w: { ...src.w }, quirks: [], copyOf: src }, 'dup-copy');
    target.rows.push(copy);
    defects.push({ rule: 'duplicate-code', row: copy, key: 'code', details: { other: src } });
  }

  // The same row twice in one file (copied and pasted).
  {
    const src = use(choose(rnd, pool(byDept, { formats: xlsx, status: '已承接', exclude: ['市城市管理局'] }), used), 'dup-within');
    const d = byDept.get(src.department);
    const copy = use({ ...src, w: { ...src.w }, quirks: [], copyOf: src }, 'dup-within-copy');
    d.rows.splice(d.rows.indexOf(src) + 1, 0, copy);
    defects.push({ rule: 'duplicate-code', row: copy, key: 'code', details: { other: src } });
  }

  // 不下放 without 不下放理由.
  {
    const row = use(choose(rnd, pool(byDept, { formats: xlsx, decision: '不下放' }), used), 'reason');
    delete row.reason;
    defects.push({ rule: 'missing-value', row, key: 'reason', details: { field: 'reason' } });
  }

  // Accepted without one of the written confirmations; accepted while the legal review is not 通过.
  for (const key of ['delegatorConfirmation', 'receiverConfirmation']) {
    const row = use(choose(rnd, pool(byDept, { formats: xlsx, status: '已承接' }), used), 'confirmation');
    delete row[key];
    defects.push({ rule: 'missing-confirmation', row, key, details: { missing: key } });
  }
  for (const value of ['待审查', '未通过']) {
    const row = use(choose(rnd, pool(byDept, { formats: xlsx, status: '已承接' }), used), 'legal');
    row.legalReview = value;
    defects.push({ rule: 'legal-review', row, key: 'legalReview', details: { value } });
  }

  // Invalid values: an impossible date (in a GB18030 CSV) and a mode outside the enum.
  {
    const row = use(choose(rnd, pool(byDept, { formats: ['csv'], status: '已承接' }).filter((r) => r.batch === 1 && byDept.get(r.department).style.encoding !== 'utf8'), used), 'date');
    row.acceptedOn = '2016-06-31';
    row.w.acceptedOn = '2016-06-31';
    row.zoneDate = BATCH_DATES[1];
    defects.push({ rule: 'invalid-value', row, key: 'acceptedOn', details: { value: '2016-06-31' } });
    const m = use(choose(rnd, pool(byDept, { formats: xlsx, status: '待承接' }), used), 'mode');
    m.mode = '转交';
    m.w.mode = '转交';
    defects.push({ rule: 'invalid-value', row: m, key: 'mode', details: { value: '转交' } });
  }

  // The zone list and the delegation lists disagree, both ways.
  {
    const notAccepted = use(choose(rnd, pool(byDept, { formats: xlsx, status: '待承接' }), used), 'zone-extra');
    notAccepted.inZoneAnyway = true;
    defects.push({ rule: 'zone-mismatch', zoneRow: notAccepted, details: { why: 'not-accepted' } });
    const unpublished = use(choose(rnd, pool(byDept, { formats: xlsx, status: '已承接' }), used), 'zone-missing');
    unpublished.notInZone = true;
    defects.push({ rule: 'zone-mismatch', row: unpublished, key: 'status', details: { why: 'not-published' } });
  }
  return defects;
}

/** Quirks that must NOT be findings: traditional characters, punctuation width, marks, NBSP, U+FFFD. */
export function applyQuirks(rnd, byDept) {
  const quirks = [];
  const add = (kind, filter, fn, n, formats = ['xlsx', 'csv']) => {
    const rows = rnd.shuffle(pool(byDept, { formats, decision: undefined, notDept: [] }).filter(filter)).slice(0, n);
    for (const r of rows) {
      use(r, `quirk-${kind}`);
      const before = r.name;
      fn(r);
      r.quirks.push(kind);
      quirks.push({ kind, row: r, catalogue: before });
    }
  };
  add('traditional', (r) => toTraditional(r.name) !== r.name, (r) => { r.name = toTraditional(r.name); r.w.name = r.name; }, 8);
  add('half-width', (r) => /、/u.test(r.name), (r) => { r.name = toHalfWidthPunct(r.name.replace(/、/gu, ',')); r.w.name = r.name; }, 2);
  add('full-width', (r) => /、/u.test(r.name), (r) => { r.name = toFullWidthVariant(r.name); r.w.name = r.name; }, 4);
  add('mark-trailing', () => true, (r) => { r.name = `${r.name}*`; r.w.name = r.name; }, 3);
  add('mark-leading', () => true, (r) => { r.name = `☆${r.name}`; r.w.name = r.name; }, 3);
  add('nbsp-name', (r) => r.name.length > 6, (r) => {
    const at = Math.floor(r.name.length / 2);
    r.w.name = `${r.name.slice(0, at)}\u00A0${r.name.slice(at)}`;
    r.name = `${r.name.slice(0, at)} ${r.name.slice(at)}`;
  }, 3);
  add('nbsp-code', () => true, (r) => { r.w.code = `${r.code}\u00A0`; }, 2, ['xlsx']);
  add('replacement-char', (r) => r.name.length > 6, (r) => { r.w.name = `${r.name.slice(0, 3)}\uFFFD${r.name.slice(3)}`; }, 1, ['xlsx']);
  // CSV cells with line breaks (quoted, CRLF inside): a partial delegation's note in every GB18030/UTF-8 CSV.
  for (const [dept, d] of byDept) {
    if (d.format !== 'csv') continue;
    const r = rnd.pick(pool(new Map([[dept, d]]), { notDept: [] }));
    use(r, 'quirk-multiline');
    r.scope = '部分下放';
    r.note = '部分下放：\n1.保留涉及两个以上区县的事项；\n2.保留市级重点项目，由市级部门"统一"实施。';
    quirks.push({ kind: 'multi-line quoted 备注 (not a name quirk; a partial-delegation)', row: r, catalogue: r.name });
  }
  return quirks;
}
