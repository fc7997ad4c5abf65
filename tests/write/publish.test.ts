import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { writeList } from '../../src/write/index.js';
import { contentHash, publish } from '../../src/write/publish.js';
import { makeItem, makeList, tempDir } from './helpers.js';

const accepted = (code: string, department: string, more = {}) =>
  makeItem({ code, name: `事项${code}`, category: '行政许可', department, decision: '下放', mode: '直接下放', status: '已承接', batch: '1', acceptedOn: '2016-06-30', legalReview: '通过', ...more });

function delegation() {
  return makeList('delegation', [
    accepted('B-002', '市民政局'),
    makeItem({ code: 'A-009', name: '未承接', department: '市教育局', decision: '下放', status: '待承接' }),
    accepted('A-001', '市教育局', { reason: 'x', delegatorConfirmation: '函1' }),
    makeItem({ code: 'A-003', name: '不下放', department: '市教育局', decision: '不下放' }),
    accepted('B-001', '市民政局'),
  ], { title: '下放清单' });
}

describe('publish', () => {
  it('keeps only accepted items, sorted by department then code, in zone columns with new sequence numbers', () => {
    const { list } = publish(delegation());
    expect(list.kind).toBe('zone');
    expect(list.items.map((i) => [i.department, i.code, i.seq])).toEqual([
      ['市教育局', 'A-001', '1'], ['市民政局', 'B-001', '2'], ['市民政局', 'B-002', '3'],
    ]);
    expect(list.items[0]).not.toHaveProperty('status');
    expect(list.items[0]).not.toHaveProperty('delegatorConfirmation');
    expect(list.title).toBe('管委会行政权力清单');
  });

  it('takes a zone list as it is, and states a content hash that ignores input order', () => {
    const zone = makeList('zone', [accepted('B-1', '乙'), accepted('A-1', '甲')]);
    const a = publish(zone);
    const b = publish({ ...zone, items: [...zone.items].reverse() });
    expect(a.list.items).toHaveLength(2);
    expect(a.publication.hash).toMatch(/^[0-9a-f]{64}$/u);
    expect(a.publication.hash).toBe(b.publication.hash);
    expect(contentHash(publish(makeList('zone', [accepted('A-1', '甲')])).list)).not.toBe(a.publication.hash);
  });

  it('lists what changed since a previous publication', () => {
    const previous = makeList('zone', [accepted('A-001', '市教育局', { name: '旧名' }), accepted('C-1', '市民政局')], { file: 'prev.xlsx' });
    const { publication } = publish(delegation(), { previous });
    expect(publication.since?.file).toBe('prev.xlsx');
    expect(publication.since?.changes.map((c) => [c.type, c.code, c.fields])).toEqual([
      ['added', 'B-001', undefined], ['added', 'B-002', undefined], ['removed', 'C-1', undefined], ['changed', 'A-001', ['name']],
    ]);
  });

  it('gives byte-identical files for the same input in every format', async () => {
    const dir = tempDir();
    for (const ext of ['xlsx', 'csv', 'yaml', 'json', 'md', 'html']) {
      const { list, publication } = publish(delegation(), { previous: makeList('zone', [accepted('C-1', '市民政局')]) });
      await writeList(list, join(dir, `a.${ext}`), { publication });
      await writeList(publish(delegation(), { previous: makeList('zone', [accepted('C-1', '市民政局')]) }).list, join(dir, `b.${ext}`), { publication });
      expect(readFileSync(join(dir, `a.${ext}`)).equals(readFileSync(join(dir, `b.${ext}`))), ext).toBe(true);
    }
  });

  it('states the hash in each format', async () => {
    const dir = tempDir();
    const { list, publication } = publish(delegation());
    for (const ext of ['csv', 'yaml', 'md', 'html']) {
      await writeList(list, join(dir, `p.${ext}`), { publication });
      expect(readFileSync(join(dir, `p.${ext}`), 'utf8'), ext).toContain(`sha256:${publication.hash}`);
    }
    await writeList(list, join(dir, 'p.json'), { publication });
    const json = JSON.parse(readFileSync(join(dir, 'p.json'), 'utf8'));
    expect(json.publication.hash).toBe(publication.hash);
    expect(json.items).toHaveLength(3);
    expect(parse(readFileSync(join(dir, 'p.yaml'), 'utf8')).items).toHaveLength(3);
  });
});
