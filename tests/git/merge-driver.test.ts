/** A real `git merge` of two branches that edited the same YAML list, with qingdan as the merge driver. */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readList } from '../../src/read/index.js';
import { driverRepo, type DriverRepo } from '../helpers/git.js';


const BASE = `kind: delegation
title: 市级下放高新区管委会行政权力清单
items:
  - code: "370100-XK-0001"
    name: 食品经营许可
    category: 行政许可
    department: 市市场监管局
    decision: 下放
    mode: 直接下放
    scope: 全部下放
    status: 待承接
  - code: "370100-XK-0002"
    name: 药品零售企业许可
    category: 行政许可
    department: 市市场监管局
    decision: 下放
    mode: 委托
    scope: 全部下放
    status: 待承接
`;

let driver: DriverRepo;
let repo: string;
const git = (...args: string[]): string => driver.git(...args);
const merge = (ours: string, theirs: string): { status: number; out: string } => driver.merge(ours, theirs);


/** A branch from main whose list.yaml has `from` replaced by `to` (the first occurrence after `after`). */
function branch(name: string, edit: (text: string) => string): void {
  git('checkout', '-q', '-b', name, 'main');
  writeFileSync(join(repo, 'list.yaml'), edit(BASE));
  git('commit', '-q', '-am', `edit on ${name}`);
}

const replaceIn = (text: string, code: string, from: string, to: string): string => {
  const at = text.indexOf(code);
  const i = text.indexOf(from, at);
  return text.slice(0, i) + to + text.slice(i + from.length);
};

beforeAll(() => {
  // The driver runs the built CLI (bin/qingdan.js imports dist/), built once by tests/global-setup.ts.
  driver = driverRepo('qingdan-git-', '*.yaml merge=qingdan\n');
  repo = driver.dir;
  writeFileSync(join(repo, 'list.yaml'), BASE);
  git('add', '.');
  git('commit', '-q', '-m', 'base');
});

afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('qingdan as a git merge driver', () => {
  it('merges edits of different fields on adjacent lines cleanly (where a line merge would conflict)', async () => {
    branch('accept', (t) => replaceIn(t, '0001', 'status: 待承接', 'status: 已承接'));
    branch('partial', (t) => replaceIn(t, '0001', 'scope: 全部下放', 'scope: 部分下放\n    note: 保留市级监督检查'));
    const r = merge('accept', 'partial');
    expect(r.status, r.out).toBe(0);
    const merged = await readList(join(repo, 'list.yaml'));
    expect(merged.items.map((i) => [i.code, i.scope, i.status, i.note ?? ''])).toEqual([
      ['370100-XK-0001', '部分下放', '已承接', '保留市级监督检查'],
      ['370100-XK-0002', '全部下放', '待承接', ''],
    ]);
    expect(merged.title).toBe('市级下放高新区管委会行政权力清单');
    expect(git('status', '--porcelain')).toBe('');
    expect(git('log', '-1', '--format=%s')).toMatch(/^Merge branch 'partial'/u);
  });

  it('leaves the same field changed to different values as a conflict: non-zero exit, file marked, still a readable list', async () => {
    branch('accepted', (t) => replaceIn(t, '0002', 'status: 待承接', 'status: 已承接'));
    branch('deferred', (t) => replaceIn(t, '0002', 'status: 待承接', 'status: 暂缓承接'));
    const r = merge('accepted', 'deferred');
    expect(r.status).not.toBe(0);
    expect(r.out).toContain('list.yaml');
    expect(r.out).not.toContain('.merge_file');
    expect(git('status', '--porcelain')).toContain('UU list.yaml');
    const text = readFileSync(join(repo, 'list.yaml'), 'utf8');
    expect(text).not.toContain('<<<<<<<');
    const marked = await readList(join(repo, 'list.yaml'));
    const item = marked.items.find((i) => i.code === '370100-XK-0002');
    expect(item?.status).toBe('已承接');
    expect(item?.extra?.['冲突']).toBe('承接状态：原为“待承接”，本方改为“已承接”，对方改为“暂缓承接”');
    git('merge', '--abort');
  });

  it('edits the file, not rewrites it: two one-line edits merge into exactly those two lines', async () => {
    const rich = `# yaml-language-server: $schema=https://example.org/qingdan/list.schema.json
# 高新区下放清单（市场监管）
kind: delegation
title: '市级下放高新区管委会行政权力清单'
items:
  # 第一项
  - code: "370100-XK-0001"
    name: 食品经营许可
    category: 行政许可
    department: 市市场监管局
    decision: 下放
    mode: 直接下放
    scope: 全部下放
    status: 待承接

  - name: 药品零售企业许可   # 名称以目录为准
    code: "370100-XK-0002"
    category: '行政许可'
    department: 市市场监管局
    decision: 下放
    mode: 委托
    scope: 全部下放
    status: 待承接
`;
    git('checkout', '-q', 'main');
    writeFileSync(join(repo, 'rich.yaml'), rich);
    git('add', 'rich.yaml');
    git('commit', '-q', '-m', 'rich');
    const edit = (name: string, code: string, from: string, to: string) => {
      git('checkout', '-q', '-b', name, 'main');
      writeFileSync(join(repo, 'rich.yaml'), replaceIn(rich, code, from, to));
      git('commit', '-q', '-am', `edit on ${name}`);
    };
    edit('rich-ours', '0001', 'status: 待承接', 'status: 已承接');
    edit('rich-theirs', '0002', 'mode: 委托', 'mode: 直接下放');
    const r = merge('rich-ours', 'rich-theirs');
    expect(r.status, r.out).toBe(0);
    // Against the base: one line from each side, nothing else (comments, order, quoting, blank lines kept).
    const numstat = git('diff', '--numstat', 'main', 'HEAD', '--', 'rich.yaml').trim();
    expect(numstat).toBe('2\t2\trich.yaml');
    const text = readFileSync(join(repo, 'rich.yaml'), 'utf8');
    expect(text).toBe(replaceIn(replaceIn(rich, '0001', 'status: 待承接', 'status: 已承接'), '0002', 'mode: 委托', 'mode: 直接下放'));
  });
});
