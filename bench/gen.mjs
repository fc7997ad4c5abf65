// Seeded generator of large lists for the benchmarks (never committed: written to bench/.data/).
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { once } from 'node:events';

export const DATA = new URL('./.data/', import.meta.url).pathname;
mkdirSync(DATA, { recursive: true });

/** Mulberry32: a small seeded PRNG, so every run benches the same data. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CATS = ['行政许可', '行政处罚', '行政强制', '行政征收', '行政给付', '行政检查', '行政确认', '行政奖励', '行政裁决', '其他行政权力'];
const DEPTS = Array.from({ length: 47 }, (_, i) => `市第${i + 1}局`);
const WORDS = ['食品', '经营', '许可', '建设', '工程', '规划', '药品', '广告', '登记', '备案', '处罚', '检查', '道路', '运输', '危险', '化学品', '特种', '设备'];

export const HEADERS = ['序号', '事项编码', '事项名称', '权力类别', '实施部门', '设定依据', '下放意见', '下放方式', '下放范围', '承接状态', '承接批次', '承接日期', '放权方确认', '承接方确认', '合法性审查'];

/** Row i of a generated delegation list; `variant` changes some rows (for diff/merge pairs). */
export function row(i, variant = 0, seed = 1) {
  const r = prng(seed * 1_000_003 + i);
  const name = Array.from({ length: 3 + Math.floor(r() * 3) }, () => WORDS[Math.floor(r() * WORDS.length)]).join('');
  const accepted = r() < 0.6;
  let fields = [
    String(i + 1),
    `370100-${String(Math.floor(i / 1000)).padStart(3, '0')}-${String(i % 1000).padStart(4, '0')}`,
    name,
    CATS[Math.floor(r() * CATS.length)],
    DEPTS[Math.floor(r() * DEPTS.length)],
    `《中华人民共和国${name}管理条例》第${1 + Math.floor(r() * 80)}条\n《${name}办法》第${1 + Math.floor(r() * 30)}条`,
    '下放', r() < 0.8 ? '直接下放' : '委托', '全部下放',
    accepted ? '已承接' : '待承接',
    accepted ? String(1 + Math.floor(r() * 3)) : '',
    accepted ? '2016-06-30' : '',
    accepted ? `济函〔2016〕${i % 500}号` : '',
    accepted ? `济高管函〔2016〕${i % 300}号` : '',
    accepted ? '通过' : '待审查',
  ];
  if (variant && r() < 0.01 * variant) fields = fields.map((f, k) => (k === 2 ? `${f}（修订）` : f));
  return fields;
}

const q = (s) => (/[",\r\n]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s);

/** Writes a CSV of n rows (1% changed, 0.5% removed, 0.5% added when variant is 1). Returns its path. */
export async function genCsv(n, variant = 0) {
  const path = `${DATA}list-${n}-v${variant}.csv`;
  if (existsSync(path)) return path;
  const out = createWriteStream(path + '.part');
  out.write('\ufeff' + HEADERS.join(',') + '\r\n');
  for (let i = 0; i < n; i++) {
    if (variant && i % 200 === 7) continue; // removed
    const line = row(i, variant).map(q).join(',') + '\r\n';
    if (!out.write(line)) await once(out, 'drain');
    if (variant && i % 200 === 9) out.write(row(n + i, 0).map(q).join(',') + '\r\n'); // added
  }
  out.end();
  await once(out, 'finish');
  const { renameSync } = await import('node:fs');
  renameSync(path + '.part', path);
  return path;
}

const yq = (s) => JSON.stringify(s);

/** Writes the same rows as a YAML list of the contract's form. */
export async function genYaml(n, variant = 0) {
  const path = `${DATA}list-${n}-v${variant}.yaml`;
  if (existsSync(path)) return path;
  const keys = ['seq', 'code', 'name', 'category', 'department', 'legalBasis', 'decision', 'mode', 'scope', 'status', 'batch', 'acceptedOn', 'delegatorConfirmation', 'receiverConfirmation', 'legalReview'];
  const out = createWriteStream(path + '.part');
  out.write('kind: delegation\ntitle: 生成的清单\nitems:\n');
  for (let i = 0; i < n; i++) {
    const f = row(i, variant);
    const lines = keys.map((k, j) => (f[j] === '' || k === 'seq' ? null : `${k}: ${k === 'batch' ? f[j] : yq(f[j])}`)).filter(Boolean);
    const text = `  - ${lines.join('\n    ')}\n`;
    if (!out.write(text)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  const { renameSync } = await import('node:fs');
  renameSync(path + '.part', path);
  return path;
}

/** Writes the same rows as an .xlsx with exceljs's streaming writer (shared strings off, as most tools write). */
export async function genXlsx(n, variant = 0) {
  const path = `${DATA}list-${n}-v${variant}.xlsx`;
  if (existsSync(path)) return path;
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path + '.part.xlsx', useSharedStrings: true });
  const ws = wb.addWorksheet('清单');
  ws.addRow(['市级下放事项清单（生成）']).commit();
  ws.addRow(HEADERS).commit();
  for (let i = 0; i < n; i++) {
    if (variant && i % 200 === 7) continue;
    ws.addRow(row(i, variant)).commit();
    if (variant && i % 200 === 9) ws.addRow(row(n + i, 0)).commit();
  }
  ws.commit();
  await wb.commit();
  const { renameSync } = await import('node:fs');
  renameSync(path + '.part.xlsx', path);
  return path;
}

/**
 * The same list as a legacy Excel 97-2003 .xls (BIFF8), saved by LibreOffice (soffice) from an
 * .xlsx (SheetJS's own BIFF8 writer needs minutes and gigabytes for this). A BIFF8 sheet holds at
 * most 65,536 rows, so the list is split over sheets of 50,000, as a clerk's would be.
 */
export async function genXls(n) {
  const path = `${DATA}list-${n}.xls`;
  if (existsSync(path)) return path;
  const { default: ExcelJS } = await import('exceljs');
  const { mkdtempSync, renameSync, rmSync } = await import('node:fs');
  const { spawnSync } = await import('node:child_process');
  const { tmpdir } = await import('node:os');
  const work = mkdtempSync(`${tmpdir()}/qingdan-bench-xls-`);
  try {
    const xlsx = `${work}/list-${n}.xlsx`;
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: xlsx, useSharedStrings: true });
    for (let start = 0, k = 1; start < n; start += 50_000, k++) {
      const ws = wb.addWorksheet(`清单${k}`);
      ws.addRow(['市级下放事项清单（生成）']).commit();
      ws.addRow(HEADERS).commit();
      for (let i = start; i < Math.min(n, start + 50_000); i++) ws.addRow(row(i, 0)).commit();
      ws.commit();
    }
    await wb.commit();
    const r = spawnSync('soffice', [`-env:UserInstallation=file://${work}/profile`, '--headless', '--norestore', '--convert-to', 'xls:MS Excel 97', '--outdir', work, xlsx], { encoding: 'utf8' });
    if (r.status !== 0 || !existsSync(`${work}/list-${n}.xls`)) throw new Error(`the .xls case needs LibreOffice (soffice): ${r.stderr || r.error}`);
    renameSync(`${work}/list-${n}.xls`, path);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return path;
}

/** A catalogue of the same n items (CSV). */
export async function genCatalogueCsv(n) {
  const path = `${DATA}catalogue-${n}.csv`;
  if (existsSync(path)) return path;
  const out = createWriteStream(path + '.part');
  out.write('\ufeff事项编码,事项名称,权力类别,实施部门,设定依据,事项状态\r\n');
  for (let i = 0; i < n; i++) {
    const f = row(i, 0);
    if (!out.write([f[1], f[2], f[3], f[4], f[5], '有效'].map(q).join(',') + '\r\n')) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  const { renameSync } = await import('node:fs');
  renameSync(path + '.part', path);
  return path;
}
