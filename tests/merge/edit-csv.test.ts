import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeFiles } from '../../src/merge/files.js';

const HEAD = '事项编码,事项名称,权力类别,实施部门,下放意见,下放方式,下放范围,承接状态\r\n';
const row = (code: string, name: string, mode = '委托', status = '待承接') => `${code},${name},行政许可,市教育局,下放,${mode},全部下放,${status}\r\n`;
const BASE = `${HEAD}${row('XK1', '甲')}XK2,"乙 ",行政许可,市教育局,下放,委托,全部下放,待承接\r\n${row('XK3', '丙')}`;

describe('three-way merge into CSV edits ours', () => {
  it('keeps the rows in order and the untouched rows byte for byte; changed cells and an added row only', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'qingdan-edit-csv-'));
    const [b, o, t, out] = ['base.csv', 'ours.csv', 'theirs.csv', 'out.csv'].map((f) => join(dir, f));
    await writeFile(b, BASE);
    await writeFile(o, BASE.replace(row('XK1', '甲'), row('XK1', '甲', '委托', '已承接')));
    await writeFile(t, BASE.replace(row('XK3', '丙'), row('XK4', '丁') + row('XK3', '丙', '直接下放')));
    await mergeFiles({ inputs: [o, t], base: b, output: out });
    const want = BASE.replace(row('XK1', '甲'), row('XK1', '甲', '委托', '已承接')).replace(row('XK3', '丙'), row('XK4', '丁') + row('XK3', '丙', '直接下放'));
    expect(await readFile(out, 'utf8')).toBe(want);
  });
});
