/** Workbook helpers: fixed document dates and zip timestamps, so the same input gives the same bytes. */
import ExcelJS from 'exceljs';
import { writeFile } from 'node:fs/promises';

/** The date every generated workbook claims it was created and modified. */
export const WORKBOOK_DATE = new Date(Date.UTC(2016, 4, 20, 9, 0, 0));

/** A new workbook with fixed metadata. */
export function newWorkbook(creator) {
  const wb = new ExcelJS.Workbook();
  wb.creator = creator;
  wb.lastModifiedBy = creator;
  wb.created = WORKBOOK_DATE;
  wb.modified = WORKBOOK_DATE;
  return wb;
}

// exceljs stamps every zip entry with the current time; a fixed DOS date/time in both the local
// headers and the central directory makes the archive byte-identical from run to run.
const DOS_TIME = (9 << 11) | (0 << 5);
const DOS_DATE = ((2016 - 1980) << 9) | (5 << 5) | 20;

function fixZipTimes(buf) {
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('not a zip');
  const entries = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  for (let i = 0; i < entries; i++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error('bad central directory');
    buf.writeUInt16LE(DOS_TIME, p + 12);
    buf.writeUInt16LE(DOS_DATE, p + 14);
    const local = buf.readUInt32LE(p + 42);
    buf.writeUInt16LE(DOS_TIME, local + 10);
    buf.writeUInt16LE(DOS_DATE, local + 12);
    p += 46 + buf.readUInt16LE(p + 28) + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return buf;
}

/** Writes the workbook to path with stable bytes. */
export async function saveWorkbook(wb, path) {
  const buf = fixZipTimes(Buffer.from(await wb.xlsx.writeBuffer()));
  await writeFile(path, buf);
}

/** A sheet writer that hands out row numbers and merges. */
export function sheetWriter(ws) {
  let row = 0;
  return {
    /** Adds a row of values (undefined/null = empty cell); returns its 1-based number. */
    add(values, style = {}) {
      row += 1;
      const r = ws.getRow(row);
      values.forEach((v, i) => {
        if (v === undefined || v === null || v === '') return;
        const cell = r.getCell(i + 1);
        cell.value = v;
        if (v instanceof Date) cell.numFmt = 'yyyy-mm-dd';
      });
      if (style.bold) r.font = { bold: true };
      if (style.wrap) r.alignment = { wrapText: true, vertical: 'top' };
      if (style.center) r.alignment = { horizontal: 'center', vertical: 'middle' };
      return row;
    },
    /** Merges columns c1..c2 (1-based) of row r. */
    across(r, c1, c2) {
      if (c2 > c1) ws.mergeCells(r, c1, r, c2);
    },
    /** Merges rows r1..r2 of column c. */
    down(c, r1, r2) {
      if (r2 > r1) ws.mergeCells(r1, c, r2, c);
    },
    get row() { return row; },
  };
}
