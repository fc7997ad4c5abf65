import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { readList } from '../../src/read/index.js';

it('keeps every character of text longer than one inflated chunk (no U+FFFD at chunk ends)', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'qingdan-chunks-')), 'long.xlsx');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('目录');
  ws.addRow(['事项编码', '事项名称', '权力类别', '实施部门', '设定依据', '事项状态']);
  // 3-byte characters in parts of several hundred KiB: some character straddles every 64/128 KiB chunk end.
  // Varied text (a repeated phrase would compress like a zip bomb): CJK characters from a small LCG.
  const basis = (i: number) => {
    let x = i + 1;
    let s = `《条例》第${i}条：`;
    for (let k = 0; k < 20_000; k++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      s += String.fromCharCode(0x4e00 + (x % 2000));
    }
    return s;
  };
  for (let i = 0; i < 40; i++) ws.addRow([`C${i}`, `名称${i}`, '行政许可', '市民政局', basis(i), '有效']);
  await wb.xlsx.writeFile(path);
  const list = await readList(path);
  expect(list.items).toHaveLength(40);
  list.items.forEach((item, i) => expect(item.legalBasis).toBe(basis(i)));
});
