/** In-memory lists for the status tests: a few fields per item, the rest filled in. */
import type { Item, ItemFields, Kind, PowerList } from '../../src/model/types.js';

export type Fields = ItemFields & { code: string };

export function list(kind: Kind, items: Fields[], extra: Partial<PowerList> = {}): PowerList {
  const file = extra.file ?? `${kind}.yaml`;
  return {
    kind,
    file,
    format: 'yaml',
    columns: [],
    skipped: [],
    notes: [],
    ...extra,
    items: items.map((f, i): Item => ({ name: `事项${f.code}`, category: '行政许可', ...f, source: { file, row: i + 2, headers: {} } })),
  };
}

export const delegation = (items: Fields[], extra: Partial<PowerList> = {}): PowerList => list('delegation', items, extra);
export const catalogue = (items: Fields[], extra: Partial<PowerList> = {}): PowerList => list('catalogue', items, extra);

/** An accepted item with everything the contract asks for. */
export const accepted = (code: string, batch: string, acceptedOn: string, more: Partial<Fields> = {}): Fields => ({
  code, decision: '下放', mode: '直接下放', scope: '全部下放', status: '已承接', batch, acceptedOn,
  delegatorConfirmation: '济市监函〔2016〕12号', receiverConfirmation: '济高管函〔2016〕30号', legalReview: '通过', ...more,
});
