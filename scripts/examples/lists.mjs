/** Writers of the catalogue workbooks, the zone list and the consolidated delegation list. */
import { writeFile } from 'node:fs/promises';
import { CATEGORY } from './departments.mjs';
import { newWorkbook, saveWorkbook, sheetWriter } from './xlsx.mjs';
import { yamlDocument } from './yaml-out.mjs';
import { dateAs } from './text.mjs';

const CATALOGUE_HEADERS = ['序号', '事项编码', '事项名称', '子项名称', '权力类别', '实施部门', '设定依据', '事项状态', '目录版本', '备注'];

/** Writes a catalogue workbook (title row, header, one row per item); sets row.catRow. */
export async function writeCatalogue(path, rows, title, { setRow = true } = {}) {
  const wb = newWorkbook('济南市机构编制委员会办公室');
  const ws = wb.addWorksheet('目录');
  const s = sheetWriter(ws);
  s.across(s.add([title], { bold: true, center: true }), 1, CATALOGUE_HEADERS.length);
  s.add(CATALOGUE_HEADERS, { bold: true, center: true });
  rows.forEach((r, i) => {
    const n = s.add([i + 1, r.code, r.name, r.subItem, CATEGORY[r.category], r.department, r.legalBasis, r.itemStatus, r.version, r.note], { wrap: true });
    if (setRow) r.catRow = n;
  });
  [6, 20, 40, 12, 12, 22, 48, 10, 10, 24].forEach((w, i) => { ws.getColumn(i + 1).width = w; });
  await saveWorkbook(wb, path);
  return { sheet: '目录', rows: rows.length };
}

const ZONE_HEADERS = ['序号', '事项编码', '事项名称', '子项名称', '权力类别', '原实施部门', '承接批次', '承接日期', '下放方式', '备注'];

/** Writes the published zone list; entries: { cat, batch, acceptedOn, mode, note? }; sets entry.row. */
export async function writeZone(path, entries, title) {
  const wb = newWorkbook('济南高新区管委会');
  const ws = wb.addWorksheet('管委会清单');
  const s = sheetWriter(ws);
  s.across(s.add([title], { bold: true, center: true }), 1, ZONE_HEADERS.length);
  s.add(ZONE_HEADERS, { bold: true, center: true });
  entries.forEach((e, i) => {
    const c = e.cat;
    e.row = s.add([i + 1, c.code, c.name, c.subItem, CATEGORY[c.category], c.department, e.batch, dateAs(e.acceptedOn, 'date'), e.mode, e.note]);
  });
  s.across(s.add(['注：本清单所列事项自承接之日起由高新区管委会行使；未列入本清单的市级行政权力事项仍由市直有关部门行使。']), 1, ZONE_HEADERS.length);
  [6, 20, 40, 12, 12, 22, 10, 12, 10, 20].forEach((w, i) => { ws.getColumn(i + 1).width = w; });
  await saveWorkbook(wb, path);
  return { sheet: '管委会清单' };
}

/** Writes a YAML list of items with English keys (the contract's YAML form). */
export async function writeYamlList(path, { schema, kind, title, department, items }) {
  const { text, places } = yamlDocument({ schema, top: { kind, title, department }, items, quoteKeys: ['code'] });
  await writeFile(path, text);
  return places;
}

const ADJUSTMENT_HEADERS = ['序号', '原事项编码', '原事项名称', '新事项编码', '新事项名称', '调整类型', '文号', '生效日期'];

/** Writes the correspondence table (调整对照表) of the 2017 revision: one row per old → new code (issue 18). */
export async function writeAdjustments(path, rows, title, { document, effective } = { document: '济政发〔2017〕12号', effective: '2017-07-01' }) {
  const wb = newWorkbook('济南市机构编制委员会办公室');
  const ws = wb.addWorksheet('调整对照表');
  const s = sheetWriter(ws);
  s.across(s.add([title], { bold: true, center: true }), 1, ADJUSTMENT_HEADERS.length);
  s.add(ADJUSTMENT_HEADERS, { bold: true, center: true });
  rows.forEach((r, i) => s.add([i + 1, r.from, r.fromName, r.into, r.intoName, r.kind, document, dateAs(effective, 'date')], { wrap: true }));
  [6, 20, 40, 20, 40, 10, 22, 12].forEach((w, i) => { ws.getColumn(i + 1).width = w; });
  await saveWorkbook(wb, path);
  return { sheet: '调整对照表', rows: rows.length };
}
