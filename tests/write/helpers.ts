/** Lists built in memory for the writer tests. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Item, ItemFields, Kind, PowerList } from '../../src/model/types.js';

export function makeItem(fields: ItemFields & { code: string }, row = 2, extra?: Record<string, string>): Item {
  const item: Item = { ...fields, source: { file: 'mem.yaml', row, headers: {} } };
  if (extra) item.extra = extra;
  return item;
}

export function makeList(kind: Kind, items: Item[], more: Partial<PowerList> = {}): PowerList {
  return { kind, file: 'mem.yaml', format: 'yaml', items, columns: [], skipped: [], notes: [], ...more };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'qingdan-write-'));
}

/** A small delegation list with the awkward values every writer must keep. */
export function sampleDelegation(): PowerList {
  return makeList('delegation', [
    makeItem({
      code: '0012', name: '食品经营许可', category: '行政许可', department: '市市场监管局',
      legalBasis: '《中华人民共和国食品安全法》第三十五条\n《食品经营许可管理办法》', decision: '下放',
      mode: '直接下放', scope: '全部下放', status: '已承接', batch: '1', acceptedOn: '2016-06-30',
      delegatorConfirmation: '济市监函〔2016〕12号', receiverConfirmation: '济高管函〔2016〕30号', legalReview: '通过',
    }, 2, { 联系电话: '0531-1234' }),
    makeItem({
      code: '370100-XK-0002', name: '=1+1', subItem: '@x', category: '行政处罚', department: '市市场监管局',
      decision: '不下放', reason: '涉及全市统一执法, "需"市级', note: "-5, '=quoted",
    }, 3),
  ], { title: '市级下放高新区管委会行政权力清单', extraColumns: ['联系电话'] });
}

/** What an item says, without where it was read from. */
export function content(item: Item): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(item)) if (k !== 'source' && k !== 'raw' && k !== 'extra' && v !== undefined && v !== '') out[k] = v;
  const extra = Object.fromEntries(Object.entries(item.extra ?? {}).filter(([, v]) => v !== ''));
  if (Object.keys(extra).length) out.extra = extra;
  return out;
}
