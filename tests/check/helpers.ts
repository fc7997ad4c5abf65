/** In-memory lists for rule tests: a table with a header at row 1 and items from row 2, headers canonical. */
import { reportOf } from '../../src/check/run.js';
import type { Finding } from '../../src/check/finding.js';
import type { RuleId } from '../../src/check/rule-ids.js';
import { COLUMN_BY_KEY } from '../../src/model/columns.js';
import type { FieldKey, ItemFields, Kind, PowerList } from '../../src/model/types.js';
import { DEFAULT_CONFIG, type Config } from '../../src/config/types.js';

export type Row = ItemFields & { code: string };

/** A table-form list; `columns` defaults to every key the rows use. */
export function table(kind: Kind, rows: Row[], opts: { file?: string; department?: string; columns?: FieldKey[] } = {}): PowerList {
  const file = opts.file ?? `${kind}.xlsx`;
  const keys = opts.columns ?? [...new Set(rows.flatMap((r) => Object.keys(r) as FieldKey[]))];
  const headers = Object.fromEntries(keys.map((k) => [k, COLUMN_BY_KEY[k].header]));
  return {
    kind, file, format: 'xlsx', department: opts.department,
    columns: keys.map((key) => ({ key, header: COLUMN_BY_KEY[key].header })),
    items: rows.map((r, i) => ({
      ...(opts.department && !r.department ? { department: opts.department } : {}),
      ...r,
      source: { file, sheet: 'Sheet1', row: i + 2, headers },
    })),
    skipped: [{ sheet: 'Sheet1', row: 1, reason: 'header' }],
    notes: [],
  };
}

/** A catalogue row with every required value. */
export const cat = (code: string, name: string, department: string, more: Partial<Row> = {}): Row => ({
  code, name, category: '行政许可', department, legalBasis: '《某法》第一条', ...more,
});

/** A delegation row decided 下放, fully accepted (no finding of its own). */
export const accepted = (code: string, name: string, more: Partial<Row> = {}): Row => ({
  code, name, category: '行政许可', decision: '下放', mode: '直接下放', scope: '全部下放', status: '已承接', batch: '1',
  acceptedOn: '2016-06-30', delegatorConfirmation: '函〔2016〕1号', receiverConfirmation: '函〔2016〕2号', legalReview: '通过', ...more,
});

/** Findings of a review of in-memory lists. */
export function check(lists: PowerList[], catalogue?: PowerList, config: Partial<Config> = {}): Finding[] {
  return reportOf({ lists, catalogue }, { ...DEFAULT_CONFIG, ...config }).findings;
}

/** The compact form tests assert: rule, row, column, details (and file, code when asked). */
export function of(findings: Finding[], rule: RuleId): { rule: RuleId; row?: number; column?: string; details: Record<string, unknown> }[] {
  return findings.filter((f) => f.rule === rule).map((f) => ({ rule: f.rule, row: f.row, column: f.column, details: f.details as object as Record<string, unknown> }));
}
