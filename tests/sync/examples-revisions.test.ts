/**
 * The jinan example's 2017 revision with its correspondence table (issue 18, done-when): diff names the
 * merge, the split and the recode with their documents; sync carries every decision across them;
 * --write accounts for every row; a list still using an old code is offered the recode without --from.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffFiles } from '../../src/diff/index.js';
import { keyOf } from '../../src/diff/fields.js';
import { readList } from '../../src/read/index.js';
import { readRevisionMap } from '../../src/read/map.js';
import { sync, updatedList } from '../../src/sync/index.js';

const DIR = 'examples/jinan';
const changes = JSON.parse(readFileSync(`${DIR}/catalogue-changes.json`, 'utf8')) as {
  merged: { from: string[]; into: string; department: string; document: string; effective: string }[];
  split: { from: string; into: string[]; department: string; document: string; effective: string }[];
  recoded: { oldCode: string; newCode: string; department: string; document: string; effective: string }[];
};
const fileOf = (dept: string): string => {
  const files = JSON.parse(readFileSync(`${DIR}/expected-files.json`, 'utf8')) as { path: string; department?: string }[];
  return `${DIR}/${files.find((f) => f.department === dept)!.path}`;
};
const doc = { document: '济政发〔2017〕12号', effective: '2017-07-01' };

describe('examples/jinan: the 2017 merge, split and recode', async () => {
  const [old, neu, map] = await Promise.all([
    readList(`${DIR}/catalogue-2016.xlsx`, { kind: 'catalogue' }), readList(`${DIR}/catalogue-2017.xlsx`, { kind: 'catalogue' }), readRevisionMap(`${DIR}/adjustments-2017.xlsx`),
  ]);
  const [m] = changes.merged;
  const [s] = changes.split;
  const [rc] = changes.recoded;

  it('diff --map names the merge, the split and the recode with their documents, and none is added or removed', async () => {
    const d = await diffFiles(`${DIR}/catalogue-2016.xlsx`, `${DIR}/catalogue-2017.xlsx`, { mapFile: `${DIR}/adjustments-2017.xlsx` });
    expect(d.merged.map((e) => [e.from, e.into, e.source, e.document, e.effective])).toEqual([[m.from, m.into, 'map', doc.document, doc.effective]]);
    expect(d.split.map((e) => [e.from, e.into, e.source, e.document, e.effective])).toEqual([[s.from, s.into, 'map', doc.document, doc.effective]]);
    expect(d.recoded.map((e) => [e.oldCode, e.newCode, e.source, e.document, e.effective])).toEqual([[rc.oldCode, rc.newCode, 'map', doc.document, doc.effective]]);
    const codes = [...m.from, m.into, s.from, ...s.into, rc.oldCode, rc.newCode];
    expect([...d.added, ...d.removed].filter((e) => codes.includes(e.code))).toEqual([]);
    expect(d.summary).toMatchObject({ added: 12, removed: 0, merged: 1, split: 1, recoded: 1 });
  });

  it('without the table, the notes give the merge and the split (with their 文号), and the recode is suggested', async () => {
    const d = await diffFiles(`${DIR}/catalogue-2016.xlsx`, `${DIR}/catalogue-2017.xlsx`);
    expect([d.merged[0].source, d.merged[0].document, d.merged[0].effective, d.split[0].source, d.split[0].document]).toEqual(['note', doc.document, doc.effective, 'note', doc.document]);
    expect(d.recoded.map((e) => [e.oldCode, e.source, e.evidence?.match])).toEqual([[rc.oldCode, 'suggested', 'same-name']]);
  });

  it('sync carries every decision across them, and --write accounts for every row', async () => {
    for (const [dept, taken] of [[m.department, m.from], [s.department, [s.from]], [rc.department, [rc.oldCode]]] as const) {
      const dl = await readList(fileOf(dept));
      const r = sync(neu, dl, { from: old, map });
      const before = new Map(dl.items.map((it) => [it.code, it]));
      for (const e of r.merge) expect([e.agreed, e.decision, e.status]).toEqual([true, before.get(e.from[0])?.decision, before.get(e.from[0])?.status]);
      for (const e of r.split) expect([e.decision, e.status]).toEqual([before.get(e.from)?.decision, before.get(e.from)?.status]);
      expect(r.recode.length + r.merge.length + r.split.length).toBe(1);
      const targets = [m.into, ...s.into, rc.newCode];
      expect(r.decide.filter((e) => targets.includes(e.code))).toEqual([]);
      const out = updatedList(dl, r, neu);
      // Every row read is in the written list: as it was, or under its new code with a 调整说明 naming the old one.
      const notes = out.items.map((it) => it.note ?? '').join('\n');
      for (const it of dl.items) {
        if (taken.includes(it.code)) expect(notes).toContain(it.code);
        else expect(out.items.some((o) => keyOf(o) === keyOf(it))).toBe(true);
      }
      for (const it of out.items.filter((o) => targets.includes(o.code))) {
        const from = dl.items.find((x) => taken.includes(x.code))!;
        expect([it.decision, it.status, it.batch, it.acceptedOn]).toEqual([from.decision, from.status, from.batch, from.acceptedOn]);
        expect(it.note).toMatch(/调整说明：/u);
      }
      expect(out.items.length).toBe(dl.items.length - taken.length + (dept === s.department ? s.into.length : 1) + r.decide.length);
    }
  });

  it('a list still using the old code is offered the recode without --from', async () => {
    const r = sync(neu, await readList(fileOf(rc.department)));
    expect(r.recode.filter((e) => e.oldCode === rc.oldCode).map((e) => [e.newCode, e.source])).toEqual([[rc.newCode, 'suggested']]);
    expect(r.unknown.filter((u) => u.code === rc.oldCode)).toEqual([]);
    expect(r.decide.filter((d) => d.code === rc.newCode)).toEqual([]);
  });
});
