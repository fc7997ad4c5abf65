/** The Jinan high-tech zone scenario (background/004): catalogue, 46 department lists, zone list, expectations. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeRandom } from './prng.mjs';
import { DEPARTMENTS } from './departments.mjs';
import { buildCatalogue, cancelRows } from './catalogue.mjs';
import { decide, MARKET, newRow, SILENT } from './decisions.mjs';
import { applyDefects, applyQuirks } from './defects.mjs';
import { FILE_STYLES, DELEGATION_KEYS } from './styles.mjs';
import { readValue, writeDepartmentFile } from './dept-files.mjs';
import { writeAdjustments, writeCatalogue, writeYamlList, writeZone } from './lists.mjs';
import { revise } from './revision.mjs';
import { jinanReadme } from './jinan-docs.mjs';
import { makeRound2 } from './round2.mjs';

const byCode = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const json = (v) => `${JSON.stringify(v, null, 2)}\n`;

/** Picks the catalogue items every department left out (漏项). */
function chooseGaps(rnd, cat) {
  const free = (dept) => cat.filter((r) => r.department === dept && r.itemStatus === '有效' && !r.fixed && !r.subItem);
  const gaps = rnd.shuffle(free(MARKET)).slice(0, 4);
  const depts = rnd.shuffle(DEPARTMENTS.filter((d) => d.rows >= 40 && d.name !== MARKET && d.name !== SILENT)).slice(0, 14);
  for (const d of depts) gaps.push(rnd.pick(free(d.name)));
  return gaps;
}

function zoneEntries(byDept) {
  const entries = [];
  for (const { rows } of byDept.values()) {
    for (const r of rows) {
      if (r.copyOf) continue;
      if (r.status === '已承接' && !r.notInZone) entries.push({ cat: r.cat, batch: r.batch, acceptedOn: r.zoneDate ?? r.acceptedOn, mode: r.mode, note: r.scope === '部分下放' ? r.note : undefined });
      if (r.inZoneAnyway) entries.push({ cat: r.cat, batch: 2, acceptedOn: '2016-12-31', mode: r.mode, extra: true });
    }
  }
  return entries.sort((a, b) => byCode(a.cat.code, b.cat.code));
}

function consolidated(byDept) {
  const files = [...byDept.values()].sort((a, b) => byCode(a.info.file, b.info.file));
  const seen = new Map();
  for (const { rows, info } of files) {
    for (const r of rows) {
      const key = `${r.code}\u0000${r.subItem ?? ''}`;
      if (seen.has(key)) continue;
      const item = {};
      for (const k of DELEGATION_KEYS) {
        if (!info.keys.includes(k)) continue;
        const v = readValue(r, k);
        if (v !== undefined && v !== '') item[k] = v;
      }
      seen.set(key, item);
    }
  }
  return [...seen.values()].sort((a, b) => byCode(a.code, b.code) || byCode(a.subItem ?? '', b.subItem ?? ''));
}

function finding(rule, row, key, headers, details) {
  const p = row.place;
  const f = { rule, file: p.file };
  if (p.sheet) f.sheet = p.sheet;
  f.row = (key && p.lines?.[key]) || p.row;
  if (key) f.column = headers[key];
  f.code = row.code;
  if (details && Object.keys(details).length) f.details = details;
  return f;
}

/** Generates examples/jinan under dir. Returns a summary for the guide. */
export async function makeJinan(dir) {
  const rnd = makeRandom(20160630);
  await mkdir(join(dir, 'depts'), { recursive: true });
  const { rows: cat, counters } = buildCatalogue(rnd);
  if (cat.length !== 3400) throw new Error(`catalogue has ${cat.length} rows`);
  cancelRows(rnd, cat, 11, { dept: MARKET });
  cancelRows(rnd, cat, 69, { exclude: [MARKET, SILENT] });
  const gaps = chooseGaps(rnd, cat);
  const gapCodes = new Set(gaps.map((g) => g.code));

  const byDept = new Map();
  for (const dept of DEPARTMENTS) {
    if (dept.name === SILENT) continue;
    const rows = cat.filter((r) => r.department === dept.name && r.itemStatus === '有效' && !gapCodes.has(r.code)).map(newRow);
    const style = FILE_STYLES[dept.name] ?? {};
    const letters = decide(rnd, dept, rows);
    byDept.set(dept.name, { dept, rows, style, format: style.format ?? 'xlsx', letters });
  }
  const codes = new Set(cat.map((r) => r.code));
  const defects = applyDefects(rnd, byDept, cat, codes);
  const quirks = applyQuirks(rnd, byDept);
  for (const d of byDept.values()) d.rows.sort((a, b) => byCode(a.cat.code, b.cat.code));
  if (byDept.get(MARKET).rows.length !== 475) throw new Error('market list is not 475 rows');

  for (const d of byDept.values()) d.info = await writeDepartmentFile(dir, d.dept, d.rows, d.style, rnd);
  await writeCatalogue(join(dir, 'catalogue-2016.xlsx'), cat, '济南市市级行政权力事项目录（2016年版）');

  const involved = new Set([...gapCodes, ...[...byDept.values()].flatMap((d) => d.rows.filter((r) => r.touched || r.disputed).map((r) => r.cat.code))]);
  const eligible = (r) => r.itemStatus === '有效' && !r.subItem && !r.fixed && !involved.has(r.code) && r.department !== SILENT;
  const listedRows = new Map([...byDept.values()].flatMap((d) => d.rows.map((r) => [r.cat.code, r])));
  const { rows: cat2017, changes, adjustments } = revise(rnd, cat, counters, eligible, (code) => listedRows.get(code));
  await writeCatalogue(join(dir, 'catalogue-2017.xlsx'), cat2017, '济南市市级行政权力事项目录（2017年版）');
  await writeAdjustments(join(dir, 'adjustments-2017.xlsx'), adjustments, '2017年市级行政权力事项调整对照表');

  const zone = zoneEntries(byDept);
  const zoneInfo = await writeZone(join(dir, 'zone-2016.xlsx'), zone, '济南高新区管委会行政权力清单（截至2016年12月31日）');
  const items = consolidated(byDept);
  await writeYamlList(join(dir, 'delegation-consolidated.yaml'), {
    schema: '../../schemas/delegation.schema.json', kind: 'delegation', title: '市级下放济南高新区管委会行政权力清单（汇总）', items,
  });

  // What validate must report.
  const findings = [];
  const headersOf = (row) => byDept.get(row.place.file.replace(/^depts\/|\.[a-z]+$/gu, '')).info.headers;
  for (const d of defects) {
    if (d.rule === 'gap') findings.push({ rule: 'gap', file: 'catalogue-2016.xlsx', sheet: '目录', row: d.catRow.catRow, code: d.catRow.code, details: d.details });
    else if (d.zoneRow) {
      const e = zone.find((z) => z.extra);
      findings.push({ rule: 'zone-mismatch', file: 'zone-2016.xlsx', sheet: zoneInfo.sheet, row: e.row, code: e.cat.code, details: d.details });
    } else {
      const details = { ...d.details };
      if (d.details.other) details.other = { file: d.details.other.place.file, sheet: d.details.other.place.sheet, row: d.details.other.place.row };
      findings.push(finding(d.rule, d.row, d.key, headersOf(d.row), details));
    }
  }
  for (const g of gaps) findings.push({ rule: 'gap', file: 'catalogue-2016.xlsx', sheet: '目录', row: g.catRow, code: g.code });
  const silentItems = cat.filter((r) => r.department === SILENT && r.itemStatus === '有效').length;
  findings.push({ rule: 'gap', file: 'catalogue-2016.xlsx', details: { department: SILENT, items: silentItems } });
  const allRows = [...byDept.values()].flatMap((d) => d.rows);
  for (const r of allRows.filter((x) => x.disputed)) findings.push(finding('dispute', r, 'acceptance', headersOf(r), { open: r.resolution === '待协调' }));
  findings.sort((a, b) => byCode(a.file, b.file) || byCode(a.sheet ?? '', b.sheet ?? '') || (a.row ?? 0) - (b.row ?? 0) || byCode(a.rule, b.rule));

  const counts = {};
  for (const f of findings) counts[f.rule] = (counts[f.rule] ?? 0) + 1;
  // The effective decision: a dispute settled by 协调结果 下放 is delegated (cli-contract, second wave).
  const delegated = allRows.filter((r) => r.decision === '下放' || (r.disputed && r.resolution === '下放'));
  counts['partial-delegation'] = delegated.filter((r) => r.scope === '部分下放').length;
  counts['pending-acceptance'] = delegated.filter((r) => r.status !== '已承接').length;
  const ordered = Object.fromEntries(Object.entries(counts).sort(([a], [b]) => byCode(a, b)));

  const files = [...byDept.values()].map((d) => ({ path: d.info.file, kind: 'delegation', department: d.dept.name, format: d.info.format, ...(d.info.sheet ? { sheet: d.info.sheet } : {}), rows: d.rows.length }))
    .sort((a, b) => byCode(a.path, b.path));
  const expectedFiles = [
    { path: 'catalogue-2016.xlsx', kind: 'catalogue', format: 'xlsx', sheet: '目录', rows: cat.length },
    { path: 'catalogue-2017.xlsx', kind: 'catalogue', format: 'xlsx', sheet: '目录', rows: cat2017.length },
    { path: 'zone-2016.xlsx', kind: 'zone', format: 'xlsx', sheet: zoneInfo.sheet, rows: zone.length },
    { path: 'delegation-consolidated.yaml', kind: 'delegation', format: 'yaml', rows: items.length },
    ...files,
  ];
  await writeFile(join(dir, 'expected-findings.json'), json(findings));
  await writeFile(join(dir, 'expected-counts.json'), json(ordered));
  await writeFile(join(dir, 'expected-files.json'), json(expectedFiles));
  await writeFile(join(dir, 'catalogue-changes.json'), json(changes));

  const facts = { cat, cat2017, byDept, defects, quirks, findings, counts: ordered, files, zone, items, changes, gaps, silentItems, allRows, delegated };
  await writeFile(join(dir, 'README.md'), jinanReadme(facts));
  // The second round last, from copies of the rows: nothing above changes (and no draw of rnd is used).
  facts.round2 = await makeRound2(dir, facts);
  return facts;
}
