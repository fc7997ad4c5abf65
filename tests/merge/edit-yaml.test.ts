import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeFiles } from '../../src/merge/files.js';
import { readList } from '../../src/read/index.js';

const item = (code: string, name: string, status = '待承接') =>
  `  - code: "${code}"\n    name: ${name}\n    category: 行政许可\n    department: 市教育局\n    decision: 下放\n    mode: 委托\n    scope: 全部下放\n    status: ${status}\n`;
const BASE = `# yaml-language-server: $schema=x.json\nkind: delegation\nitems:\n  # 甲\n${item('XK1', '甲')}${item('XK3', '丙')}`;

describe('three-way merge into YAML edits ours', () => {
  it('inserts an item added on one side where that side had it, keeping comments and the other items as written', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'qingdan-edit-yaml-'));
    const [b, o, t, out] = ['base.yaml', 'ours.yaml', 'theirs.yaml', 'out.yaml'].map((f) => join(dir, f));
    await writeFile(b, BASE);
    await writeFile(o, BASE.replace('status: 待承接', 'status: 已承接'));
    await writeFile(t, BASE.replace(item('XK3', '丙'), item('XK2', '乙') + item('XK3', '丙')));
    await mergeFiles({ inputs: [o, t], base: b, output: out });
    const text = await readFile(out, 'utf8');
    expect(text.startsWith('# yaml-language-server: $schema=x.json\n')).toBe(true);
    expect(text).toContain('  # 甲\n');
    expect((await readList(out)).items.map((i) => [i.code, i.status])).toEqual([['XK1', '已承接'], ['XK2', '待承接'], ['XK3', '待承接']]);
  });
});
