/** Writes one department's delegation list in its clerk's format, and records where each row went. */
import { spawnSync } from 'node:child_process';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CATEGORY, CATEGORY_ORDER } from './departments.mjs';
import { csvBytes } from './csv.mjs';
import { newWorkbook, saveWorkbook, sheetWriter } from './xlsx.mjs';
import { yamlDocument } from './yaml-out.mjs';
import { batchAs, cleanText, dateAs, HEADING_NUMERALS } from './text.mjs';
import { chooseHeaders, HEADERS } from './styles.mjs';

const TITLE = (dept) => `${dept}下放济南高新区管委会行政权力事项清单`;
const FOOTNOTES = (dept) => [
  '注：1.下放方式分为直接下放、委托；2.承接状态为“已承接”的事项由高新区管委会行使，其余事项仍由市级部门行使。',
  `制表单位：${dept}　　　　制表日期：2016年5月20日`,
];

/** The keys (columns) of one department's file. */
export function fileKeys(rnd, rows, style) {
  const keys = ['seq', 'code', 'name'];
  if (rows.some((r) => r.subItem) || rnd.chance(0.5)) keys.push('subItem');
  keys.push('category', 'department');
  if (style.legalBasis) keys.push('legalBasis');
  keys.push('decision', 'reason', 'mode', 'scope', 'acceptance');
  if (rows.some((r) => r.resolution) || rnd.chance(0.5)) keys.push('resolution');
  keys.push('status', 'batch', 'acceptedOn', 'delegatorConfirmation', 'receiverConfirmation', 'legalReview', 'note');
  return keys;
}

/** The value written in a cell for a row and key, in the file's style. */
function written(row, key, style, format) {
  if (key in row.w) return row.w[key];
  switch (key) {
    case 'category':
      return style.otherAlias && row.category === 'QT' ? '其他权力' : CATEGORY[row.category];
    case 'legalBasis':
      return row.cat.legalBasis;
    case 'mode':
      return style.modeAlias && row.mode === '直接下放' ? '下放' : row.mode;
    case 'batch':
      if (!row.batch) return undefined;
      if (format === 'yaml') return row.batch;
      return batchAs(row.batch, style.batch ?? (format === 'csv' ? 'text' : 'number'));
    case 'acceptedOn':
      if (!row.acceptedOn) return undefined;
      return dateAs(row.acceptedOn, style.date && !(format !== 'xlsx' && style.date === 'serial') ? style.date : format === 'xlsx' ? 'date' : 'iso');
    default:
      return row[key];
  }
}

/** The value a reader yields for a row and key (what the consolidated list holds). */
export function readValue(row, key) {
  switch (key) {
    case 'category': return CATEGORY[row.category] ?? row.category;
    case 'legalBasis': return cleanText(row.cat.legalBasis);
    case 'seq': return undefined;
    default: return row[key];
  }
}

const MERGED = ['seq', 'name', 'category', 'department', 'legalBasis'];

function groupsOf(rows, style) {
  if (!style.headings) return [{ rows }];
  return CATEGORY_ORDER.map((c) => ({ category: c, rows: rows.filter((r) => r.category === c) })).filter((g) => g.rows.length);
}

async function writeXlsx(path, dept, rows, keys, headers, style, rnd, sheetName) {
  const wb = newWorkbook(dept.name);
  if (style.cover) {
    const cover = wb.addWorksheet('说明');
    ['填报说明', '1.本表由各部门对照市级行政权力事项目录逐项填写下放意见；', '2.下放意见填写“下放”“不下放”或“暂不下放”，不下放的须说明理由；',
      '3.承接情况由高新区管委会填写，放权方与承接方均须书面确认。'].forEach((t) => cover.addRow([t]));
    cover.getColumn(1).width = 70;
  }
  const sheet = style.cover ? '下放清单' : sheetName ?? rnd.pick(['Sheet1', '下放清单', dept.name, '清单']);
  const ws = wb.addWorksheet(sheet);
  const s = sheetWriter(ws);
  const n = keys.length;
  s.across(s.add([TITLE(dept.name)], { bold: true, center: true }), 1, n);
  if (style.titles === 2) s.across(s.add([`填报单位（盖章）：${dept.name}　　　　填报日期：2016年5月20日`]), 1, n);
  if (style.twoRowHeader) {
    const groups = { decision: '市直部门放权意见', acceptance: '管委会承接情况' };
    const spans = { decision: ['decision', 'scope'], acceptance: ['acceptance', 'legalReview'] };
    const top = keys.map((k) => groups[k] ?? (keys.indexOf(k) < keys.indexOf('decision') || k === 'note' ? headers[k] : undefined));
    const lower = keys.map((k) => (keys.indexOf(k) >= keys.indexOf('decision') && k !== 'note' ? headers[k] : undefined));
    const r1 = s.add(top, { bold: true, center: true });
    const r2 = s.add(lower, { bold: true, center: true });
    keys.forEach((k, i) => { if (top[i] !== undefined && !groups[k]) s.down(i + 1, r1, r2); });
    for (const [g, [, b]] of Object.entries(spans)) s.across(r1, keys.indexOf(g) + 1, keys.indexOf(b) + 1);
  } else {
    s.add(keys.map((k) => headers[k]), { bold: true, center: true });
  }
  let seq = 0;
  const runs = [];
  for (const [gi, g] of groupsOf(rows, style).entries()) {
    if (g.category) s.across(s.add([`${HEADING_NUMERALS[gi]}、${CATEGORY[g.category]}（共${g.rows.length}项）`], { bold: true }), 1, n);
    for (let i = 0; i < g.rows.length; i++) {
      const row = g.rows[i];
      const prev = g.rows[i - 1];
      const sameMain = style.subMerge && row.subItem && prev?.subItem && prev.cat.mainCode === row.cat.mainCode;
      if (!sameMain) seq += 1;
      const values = keys.map((k) => (sameMain && MERGED.includes(k) ? undefined : k === 'seq' ? seq : written(row, k, style, 'xlsx')));
      const r = s.add(values, { wrap: true });
      row.place = { sheet, row: r };
      if (sameMain) runs[runs.length - 1][1] = r;
      else if (style.subMerge && row.subItem) runs.push([r, r]);
    }
  }
  // The main item's cells span its sub-item rows (a merged cell keeps its value only in the top-left cell).
  for (const [top, bottom] of runs) for (const k of MERGED) if (keys.includes(k)) s.down(keys.indexOf(k) + 1, top, bottom);
  if (!style.noFootnote) for (const t of FOOTNOTES(dept.name)) s.across(s.add([t]), 1, n);
  keys.forEach((k, i) => { ws.getColumn(i + 1).width = { name: 36, legalBasis: 40, note: 30, reason: 24, code: 20 }[k] ?? 12; });
  await saveWorkbook(wb, path);
  return sheet;
}

async function writeCsv(path, dept, rows, keys, headers, style) {
  const records = [];
  const blank = () => keys.map(() => '');
  if (style.csvTitle) records.push([TITLE(dept.name), ...blank().slice(1)]);
  records.push(keys.map((k) => headers[k]));
  let seq = 0;
  for (const row of rows) {
    records.push(keys.map((k) => (k === 'seq' ? String(++seq) : written(row, k, style, 'csv') ?? '')));
    row.place = { row: records.length };
  }
  if (style.footnote) records.push([FOOTNOTES(dept.name)[0], ...blank().slice(1)]);
  await writeFile(path, csvBytes(records, { encoding: style.encoding ?? 'gb18030', bom: style.bom }));
}

async function writeYaml(path, dept, rows, keys, style) {
  const itemKeys = keys.filter((k) => k !== 'seq' && (style.itemDepartment || k !== 'department'));
  const items = rows.map((row) => Object.fromEntries(itemKeys.map((k) => [HEADERS[k][0], written(row, k, style, 'yaml')])));
  const { text, places } = yamlDocument({
    schema: '../../../schemas/delegation.schema.json',
    top: { kind: 'delegation', title: TITLE(dept.name), department: dept.name },
    items, quoteKeys: ['事项编码'],
  });
  rows.forEach((row, i) => {
    const lines = {};
    for (const k of itemKeys) if (places[i].keyLines[HEADERS[k][0]]) lines[k] = places[i].keyLines[HEADERS[k][0]];
    row.place = { row: places[i].line, lines };
  });
  await writeFile(path, text);
  return itemKeys;
}

/**
 * A legacy Excel 97-2003 .xls, as most real attachments are: the department's .xlsx, saved by
 * LibreOffice as BIFF8 (so it is written by another program than the reader's, as a clerk's is).
 */
async function writeXls(dir, path, dept, rows, keys, headers, style, rnd, sheetName) {
  const work = await mkdtemp(join(tmpdir(), 'qingdan-xls-'));
  try {
    const xlsx = join(work, `${dept.name}.xlsx`);
    const sheet = await writeXlsx(xlsx, dept, rows, keys, headers, style, rnd, sheetName);
    const r = spawnSync('soffice', [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--norestore', '--convert-to', 'xls:MS Excel 97', '--outdir', work, xlsx], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`soffice could not write ${path} (apt-get install libreoffice-calc-nogui): ${r.stderr || r.error}`);
    await copyFile(join(work, `${dept.name}.xls`), path);
    return sheet;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * Writes the file of one department under dir/depts (or dir/<layout.folder>) and sets row.place on
 * every row. Returns { file (relative to the scenario folder), format, keys, headers, layout }.
 * With `layout` (a returned one, and a folder), the file is written again with the same columns,
 * headers and sheet, as a department sends its corrected list (the review's second round).
 */
export async function writeDepartmentFile(dir, dept, rows, style, rnd, layout) {
  const format = style.legacy ? 'xls' : style.format ?? 'xlsx';
  const keys = layout?.keys ?? fileKeys(rnd, rows, style);
  const headers = layout?.headers ?? (format === 'yaml'
    ? Object.fromEntries(keys.map((k) => [k, HEADERS[k][0]]))
    : chooseHeaders(rnd, keys, { quirky: format !== 'yaml' && !style.twoRowHeader }));
  const file = `${layout?.folder ?? 'depts'}/${dept.name}.${format}`;
  const path = join(dir, file);
  let sheet;
  let readKeys = keys.filter((k) => k !== 'seq');
  if (format === 'xlsx') sheet = await writeXlsx(path, dept, rows, keys, headers, style, rnd, layout?.sheet);
  else if (format === 'xls') sheet = await writeXls(dir, path, dept, rows, keys, headers, style, rnd, layout?.sheet);
  else if (format === 'csv') await writeCsv(path, dept, rows, keys, headers, style);
  else readKeys = [...(await writeYaml(path, dept, rows, keys, style)), 'department'];
  for (const row of rows) row.place = { file, ...(sheet ? { sheet } : {}), ...row.place };
  return { file, format, keys: readKeys, headers, sheet, layout: { keys, headers, sheet } };
}
