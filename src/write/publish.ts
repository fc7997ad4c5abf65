/**
 * The publishable zone catalogue (issue 7): only accepted items, the zone's columns in canonical
 * order, sorted by department then code, with a content hash and the changes since a previous
 * publication. Everything here is deterministic: the same input gives the same output.
 */
import { createHash } from 'node:crypto';
import { ACCEPTED } from '../model/enums.js';
import { columnsFor } from '../model/columns.js';
import { itemKey, type FieldKey, type Item, type PowerList } from '../model/types.js';
import { basename } from 'node:path';
import { DEFAULT_TITLES, FILE_LABELS as L } from '../text/export.js';
import { itemEntries, type OutputColumns } from './canonical.js';
import { compareText } from '../util/compare.js';

/** One changed item of a publication, against the previous one. */
export interface PublicationChange {
  type: 'added' | 'removed' | 'changed';
  code: string;
  subItem?: string;
  name?: string;
  department?: string;
  /** Changed fields (for 'changed'), canonical keys in column order. */
  fields?: FieldKey[];
}

/** What a published file states about itself. */
export interface Publication {
  /** sha256 (hex) of the canonical item text (see contentHash). */
  hash: string;
  items: number;
  /** The previous publication compared against, when --since was given. */
  since?: { file: string; hash: string; changes: PublicationChange[] };
  /** Accepted items left out (export --publish --allow-findings), each with its reasons as published. */
  withheld?: WithheldItem[];
}

/** An accepted item a publication leaves out, and why (the 未公布事项 sheet or section). */
export interface WithheldItem {
  code: string;
  subItem?: string;
  name?: string;
  department?: string;
  /** file, sheet and row of the list it was read from */
  place: string;
  reasons: string;
}

const ZONE_FIELDS = columnsFor('zone');
const ZONE_KEYS = ZONE_FIELDS.map((c) => c.key).filter((k) => k !== 'seq');
/** The columns of a publication: the zone's, in canonical order, no extra columns. */
export const PUBLISH_COLUMNS: OutputColumns = { fields: ZONE_FIELDS, extra: [] };

/** The columns a published file shows: the zone's that hold a value in some item (no empty column), in canonical order. */
export function publicationColumns(list: PowerList): OutputColumns {
  return { fields: ZONE_FIELDS.filter((c) => list.items.some((i) => i[c.key] !== undefined && i[c.key] !== '')), extra: [] };
}

// Code-point order, not localeCompare: the same order on every machine and ICU version.
const cmp = compareText;

function zoneItem(item: Item, seq: number): Item {
  const out: Item = { code: item.code, source: item.source };
  for (const k of ZONE_KEYS) if (item[k]) out[k] = item[k];
  out.seq = String(seq);
  return out;
}

/** The zone catalogue a list publishes: accepted items of delegation lists, or a zone list as is. */
export function publishList(list: PowerList, title?: string): PowerList {
  const chosen = list.kind === 'delegation' ? list.items.filter((i) => i.status === ACCEPTED) : [...list.items];
  chosen.sort((a, b) => cmp(a.department, b.department) || cmp(a.code, b.code) || cmp(a.subItem, b.subItem));
  return {
    kind: 'zone',
    file: list.file,
    format: list.format,
    title: title ?? (list.kind === 'zone' ? list.title : undefined) ?? DEFAULT_TITLES.zone,
    columns: ZONE_FIELDS.map((c) => ({ key: c.key, header: c.header })),
    extraColumns: [],
    items: chosen.map((item, i) => zoneItem(item, i + 1)),
    skipped: [],
    notes: [],
  };
}

/** The canonical text of one item: its zone fields (sequence number left out) as JSON. */
function itemText(item: Item): string {
  return JSON.stringify(itemEntries(item, PUBLISH_COLUMNS).filter(([k]) => k !== 'seq'));
}

/** sha256 of the items' canonical text, one item a line, in published order. */
export function contentHash(list: PowerList): string {
  const h = createHash('sha256');
  for (const item of list.items) h.update(`${itemText(item)}\n`);
  return h.digest('hex');
}

/** A keyed comparison (code + sub-item) of two publications, exact on every zone field. */
export function publicationChanges(previous: PowerList, current: PowerList): PublicationChange[] {
  const before = new Map(previous.items.map((i) => [itemKey(i), i]));
  const after = new Map(current.items.map((i) => [itemKey(i), i]));
  const changes: PublicationChange[] = [];
  const entry = (type: PublicationChange['type'], i: Item, fields?: FieldKey[]): PublicationChange => {
    const c: PublicationChange = { type, code: i.code };
    if (i.subItem) c.subItem = i.subItem;
    if (i.name) c.name = i.name;
    if (i.department) c.department = i.department;
    if (fields) c.fields = fields;
    return c;
  };
  for (const [key, item] of after) {
    const old = before.get(key);
    if (!old) changes.push(entry('added', item));
    else {
      const fields = ZONE_KEYS.filter((k) => (old[k] ?? '') !== (item[k] ?? ''));
      if (fields.length) changes.push(entry('changed', item, fields));
    }
  }
  for (const [key, item] of before) if (!after.has(key)) changes.push(entry('removed', item));
  const order = { added: 0, removed: 1, changed: 2 };
  return changes.sort((a, b) => order[a.type] - order[b.type] || cmp(a.department, b.department) || cmp(a.code, b.code) || cmp(a.subItem, b.subItem));
}

/** Publishes a list: the zone catalogue, its hash, and the changes since `previous` (itself published first). */
export function publish(list: PowerList, opts: { title?: string; previous?: PowerList } = {}): { list: PowerList; publication: Publication } {
  const out = publishList(list, opts.title);
  const publication: Publication = { hash: contentHash(out), items: out.items.length };
  if (opts.previous) {
    const prev = publishList(opts.previous);
    publication.since = { file: opts.previous.file, hash: contentHash(prev), changes: publicationChanges(prev, out) };
  }
  return { list: out, publication };
}

/** The lines a text publication states about itself (hash, count, changes), in Chinese as published. */
export function publicationLines(pub: Publication): string[] {
  const lines = [`${L.hash} sha256:${pub.hash}；${L.items} ${pub.items}`];
  if (pub.since) {
    const n = (t: PublicationChange['type']): number => pub.since!.changes.filter((c) => c.type === t).length;
    lines.push(`${L.since} ${basename(pub.since.file)}（sha256:${pub.since.hash}）：${L.added} ${n('added')}，${L.removed} ${n('removed')}，${L.changed} ${n('changed')}`);
    const label = { added: L.added, removed: L.removed, changed: L.changed };
    for (const c of pub.since.changes) {
      lines.push(`${label[c.type]} ${c.code}${c.subItem ? ` / ${c.subItem}` : ''} ${c.name ?? ''}${c.fields ? `（${c.fields.join(', ')}）` : ''}`.trimEnd());
    }
  }
  return lines;
}
