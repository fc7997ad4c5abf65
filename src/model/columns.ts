/** The columns of data-contract.md: canonical header, accepted aliases, kinds and value type. */
import {
  ACCEPTANCES, CATEGORIES, DECISIONS, ITEM_STATUSES, LEGAL_REVIEWS, MODES, RESOLUTIONS, SCOPES, STATUSES,
} from './enums.js';
import type { FieldKey, Kind } from './types.js';
import { normaliseHeader } from './normalise.js';

export type ValueType = 'string' | 'text' | 'integer' | 'enum' | 'date' | 'batch';

export interface ColumnDef {
  key: FieldKey;
  header: string;
  aliases: readonly string[];
  kinds: readonly Kind[];
  type: ValueType;
  values?: readonly string[];
}

const ALL: readonly Kind[] = ['catalogue', 'delegation', 'zone'];

export const COLUMNS: readonly ColumnDef[] = [
  { key: 'seq', header: '序号', aliases: ['编号'], kinds: ALL, type: 'integer' },
  { key: 'code', header: '事项编码', aliases: ['编码', '权力编码', '职权编码', '事项代码', '基本编码'], kinds: ALL, type: 'string' },
  { key: 'name', header: '事项名称', aliases: ['权力事项名称', '权力名称', '职权名称', '项目名称', '名称', '主项名称'], kinds: ALL, type: 'string' },
  { key: 'subItem', header: '子项名称', aliases: ['子项'], kinds: ALL, type: 'string' },
  { key: 'category', header: '权力类别', aliases: ['事项类型', '权力类型', '职权类型', '事项性质', '类别'], kinds: ALL, type: 'enum', values: CATEGORIES },
  { key: 'department', header: '实施部门', aliases: ['实施主体', '实施机关', '实施机构', '主管部门', '办理部门', '办理主体', '审批部门', '部门名称', '部门', '原实施部门'], kinds: ALL, type: 'string' },
  { key: 'legalBasis', header: '设定依据', aliases: ['实施依据', '法律依据', '法定依据', '设置依据', '设定和实施依据', '依据'], kinds: ALL, type: 'text' },
  { key: 'note', header: '备注', aliases: ['说明'], kinds: ALL, type: 'text' },
  { key: 'itemStatus', header: '事项状态', aliases: ['状态'], kinds: ['catalogue'], type: 'enum', values: ITEM_STATUSES },
  { key: 'version', header: '目录版本', aliases: ['版本'], kinds: ['catalogue'], type: 'string' },
  { key: 'decision', header: '下放意见', aliases: ['是否下放', '部门意见'], kinds: ['delegation'], type: 'enum', values: DECISIONS },
  { key: 'reason', header: '不下放理由', aliases: ['理由', '不予下放理由'], kinds: ['delegation'], type: 'text' },
  { key: 'mode', header: '下放方式', aliases: ['放权方式'], kinds: ['delegation', 'zone'], type: 'enum', values: MODES },
  { key: 'scope', header: '下放范围', aliases: ['范围'], kinds: ['delegation'], type: 'enum', values: SCOPES },
  { key: 'acceptance', header: '承接意见', aliases: ['管委会意见'], kinds: ['delegation'], type: 'enum', values: ACCEPTANCES },
  { key: 'resolution', header: '协调结果', aliases: ['协调意见'], kinds: ['delegation'], type: 'enum', values: RESOLUTIONS },
  { key: 'batch', header: '承接批次', aliases: ['批次'], kinds: ['delegation', 'zone'], type: 'batch' },
  { key: 'status', header: '承接状态', aliases: ['状态'], kinds: ['delegation'], type: 'enum', values: STATUSES },
  { key: 'acceptedOn', header: '承接日期', aliases: ['承接时间'], kinds: ['delegation', 'zone'], type: 'date' },
  { key: 'delegatorConfirmation', header: '放权方确认', aliases: ['部门确认', '放权方书面确认'], kinds: ['delegation'], type: 'string' },
  { key: 'receiverConfirmation', header: '承接方确认', aliases: ['管委会确认', '承接方书面确认'], kinds: ['delegation'], type: 'string' },
  { key: 'legalReview', header: '合法性审查', aliases: ['合法性审查意见'], kinds: ['delegation'], type: 'enum', values: LEGAL_REVIEWS },
];

export const COLUMN_BY_KEY: Readonly<Record<FieldKey, ColumnDef>> = Object.fromEntries(
  COLUMNS.map((c) => [c.key, c]),
) as Record<FieldKey, ColumnDef>;

export const FIELD_KEYS: readonly FieldKey[] = COLUMNS.map((c) => c.key);

/** Canonical column order for a kind, as the project writes it. */
export function columnsFor(kind: Kind): ColumnDef[] {
  return COLUMNS.filter((c) => c.kinds.includes(kind));
}

/** Required columns per kind (a file without one has missing-column). */
export const REQUIRED_COLUMNS: Readonly<Record<Kind, readonly FieldKey[]>> = {
  catalogue: ['code', 'name', 'category', 'department', 'legalBasis'],
  delegation: ['code', 'name', 'category', 'department', 'decision'],
  zone: ['code', 'name', 'category', 'department', 'batch', 'acceptedOn', 'mode'],
};

/**
 * Header text → candidate keys. '状态' is ambiguous (事项状态 in a catalogue, 承接状态 in a
 * delegation list), so a header can map to several keys and the kind decides.
 */
export type HeaderIndex = Map<string, FieldKey[]>;

/** Builds the header lookup, with extra aliases from the configuration. */
export function buildHeaderIndex(extra: Partial<Record<FieldKey, readonly string[]>> = {}): HeaderIndex {
  const index: HeaderIndex = new Map();
  const add = (text: string, key: FieldKey): void => {
    const h = normaliseHeader(text);
    const keys = index.get(h) ?? [];
    if (!keys.includes(key)) keys.push(key);
    index.set(h, keys);
  };
  for (const c of COLUMNS) {
    add(c.key, c.key);
    add(c.header, c.key);
    for (const a of c.aliases) add(a, c.key);
    for (const a of extra[c.key] ?? []) add(a, c.key);
  }
  return index;
}

let defaultIndex: HeaderIndex | undefined;
/** The header lookup without configured aliases. */
export function defaultHeaderIndex(): HeaderIndex {
  return (defaultIndex ??= buildHeaderIndex());
}

/** Resolves an ambiguous header key for a kind ('状态' → itemStatus or status). */
export function resolveKey(keys: readonly FieldKey[], kind: Kind | undefined): FieldKey {
  if (keys.length === 1 || !kind) return keys[0];
  return keys.find((k) => COLUMN_BY_KEY[k].kinds.includes(kind)) ?? keys[0];
}
