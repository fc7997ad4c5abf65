// The bare libraries doing the least a qingdan job needs, for the baselines of every bench case
// (issue 19): csv-parse streaming with the rows counted, exceljs's public streaming reader with the
// rows counted, SheetJS's read of the whole file, yaml.parse, and daff keyed by 事项编码.
import { createReadStream, readFileSync } from 'node:fs';

export async function bareCsv(...paths) {
  const { parse } = await import('csv-parse');
  let n = 0;
  for (const path of paths.flat()) for await (const _ of createReadStream(path).pipe(parse({ bom: true, relax_column_count: true }))) n++;
  return `${n} records`;
}

export async function bareXlsx(...paths) {
  const { default: ExcelJS } = await import('exceljs');
  let n = 0;
  let whole = 0;
  for (const path of paths.flat()) {
    let k = 0;
    try {
      const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'cache', worksheets: 'emit' });
      for await (const ws of reader) for await (const _ of ws) k++;
    } catch {
      // The streaming reader fails on a workbook whose workbook.xml comes after its sheets in the zip
      // (the LibreOffice files of examples/jinan): exceljs's whole-file reader reads those.
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path);
      k = 0;
      wb.eachSheet((ws) => void (k += ws.actualRowCount));
      whole++;
    }
    n += k;
  }
  return `${n} rows${whole ? ` (${whole} files by the whole-file reader)` : ''}`;
}

export async function bareXls(...paths) {
  // SheetJS's own read of the file, as qingdan asks for it (dense, number formats kept).
  const XLSX = await import('@e965/xlsx');
  let n = 0;
  for (const path of paths.flat()) {
    const wb = XLSX.read(readFileSync(path), { type: 'buffer', dense: true, cellNF: true, cellText: false, cellDates: false });
    n += wb.SheetNames.reduce((k, s) => k + (wb.Sheets[s]['!data'] ?? []).length, 0);
  }
  return `${n} rows`;
}

export async function bareYaml(...paths) {
  const { parse } = await import('yaml');
  let n = 0;
  for (const path of paths.flat()) n += parse(readFileSync(path, 'utf8'))?.items?.length ?? 0;
  return `${n} items`;
}

/** Each file with the bare reader of its format (by extension), for a folder of mixed lists. */
export async function bareAny(...paths) {
  const { readdirSync, statSync } = await import('node:fs');
  const { join } = await import('node:path');
  const files = [];
  const walk = (p) => {
    if (statSync(p).isDirectory()) for (const e of readdirSync(p).sort()) walk(join(p, e));
    else files.push(p);
  };
  for (const p of paths.flat()) walk(p);
  const by = (re) => files.filter((f) => re.test(f));
  const out = [];
  if (by(/\.(csv|tsv)$/i).length) out.push(await bareCsv(by(/\.(csv|tsv)$/i)));
  if (by(/\.xlsx$/i).length) out.push(await bareXlsx(by(/\.xlsx$/i)));
  if (by(/\.(xls|et)$/i).length) out.push(await bareXls(by(/\.(xls|et)$/i)));
  if (by(/\.ya?ml$/i).length) out.push(await bareYaml(by(/\.ya?ml$/i)));
  return out.join(', ');
}

/** daff on a CSV pair, rows keyed by 事项编码 (CompareFlags.addPrimaryKey), its diff rendered as a table. */
export async function daffKeyed(a, b) {
  const { parse } = await import('csv-parse/sync');
  const { default: daff } = await import('daff');
  const table = (p) => new daff.TableView(parse(readFileSync(p, 'utf8'), { bom: true, relax_column_count: true }));
  const t1 = table(a);
  const t2 = table(b);
  const flags = new daff.CompareFlags();
  flags.addPrimaryKey('事项编码');
  const align = daff.compareTables(t1, t2, flags).align();
  const out = new daff.TableView([]);
  new daff.TableDiff(align, flags).hilite(out);
  return `${out.height} rows of daff output`;
}

/**
 * The qingdan command line as a user runs it (src/cli/main.ts `run`, the function bin/qingdan.js
 * calls), its output written to /dev/null. Returns the exit code.
 */
export async function cli(args) {
  const { openSync, writeSync } = await import('node:fs');
  const { run } = await import(new URL('../dist/bundle/main.js', import.meta.url).href);
  const fd = openSync('/dev/null', 'w');
  const ctx = { lang: 'zh-CN', color: false, tty: false, code: 0, out: (s) => void writeSync(fd, s), err: (s) => void writeSync(fd, s), exit(c) { ctx.code = Math.max(ctx.code, c); } };
  const code = await run(args, ctx);
  return `exit ${code}`;
}
