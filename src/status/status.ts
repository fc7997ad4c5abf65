/** `qingdan status`: the staged-acceptance picture per department and in total. */
import { ACCEPTED, DECISIONS, DEFERRED, DELEGATE, PENDING } from '../model/enums.js';
import { parseBatch } from '../model/normalise.js';
import type { PowerList } from '../model/types.js';
import { collectEntries, compareDepartments, indexCatalogue, type CatalogueIndex, type Entry, type EntryOptions } from './entries.js';
import type { AcceptanceStatus, Decision, DepartmentStatus, StatusCounts, StatusReport } from './types.js';

export interface StatusOptions extends EntryOptions {
  /** The master catalogue (also taken from any catalogue among `lists`). */
  catalogue?: PowerList;
}

// The contract's order: accepted first.
const STATUSES = [ACCEPTED, PENDING, DEFERRED] as const;

/** Zero counts, every bucket present so that consumers need no defaults. */
export function emptyCounts(overdue = false): StatusCounts {
  return {
    catalogue: 0,
    listed: 0,
    decision: Object.fromEntries(DECISIONS.map((d) => [d, 0])) as Record<Decision, number>,
    status: Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<AcceptanceStatus, number>,
    batches: {},
    disputes: { open: 0, resolved: 0 },
    partial: 0,
    takenBack: 0,
    ...(overdue ? { overdue: 0 } : {}),
  };
}

function addEntry(c: StatusCounts, e: Entry): void {
  c.listed++;
  // The effective decision, so that a dispute settled as 下放 is counted under 下放 and in a status.
  const decision = e.effective as Decision;
  if (decision in c.decision) c.decision[decision]++;
  if (e.dispute) c.disputes[e.dispute]++;
  if (e.partial) c.partial++;
  if (e.takenBack) c.takenBack++;
  if (e.overdue && c.overdue !== undefined) c.overdue++;
  // Status counts only what is delegated: the contract's example has status summing to decision.下放.
  if (e.effective !== DELEGATE) return;
  // 下放 = 已承接 + 待承接 + 暂缓承接: a status outside the three (validate's invalid-value) is not accepted, so pending.
  const status = (STATUSES as readonly string[]).includes(e.status) ? (e.status as AcceptanceStatus) : PENDING;
  c.status[status]++;
  if (status === ACCEPTED) {
    const batch = e.item.batch ? parseBatch(e.item.batch) : undefined;
    if (batch !== undefined) c.batches[String(batch)] = (c.batches[String(batch)] ?? 0) + 1;
  }
}

function addCounts(into: StatusCounts, c: StatusCounts): void {
  into.catalogue += c.catalogue;
  into.listed += c.listed;
  for (const d of DECISIONS) into.decision[d] += c.decision[d];
  for (const s of STATUSES) into.status[s] += c.status[s];
  for (const [b, n] of Object.entries(c.batches)) into.batches[b] = (into.batches[b] ?? 0) + n;
  into.disputes.open += c.disputes.open;
  into.disputes.resolved += c.disputes.resolved;
  into.partial += c.partial;
  into.takenBack += c.takenBack;
  if (into.overdue !== undefined) into.overdue += c.overdue ?? 0;
}

/** Batches in numeric order (JSON objects keep integer-like keys in ascending order anyway). */
function sortBatches(c: StatusCounts): void {
  c.batches = Object.fromEntries(Object.entries(c.batches).sort((a, b) => Number(a[0]) - Number(b[0])));
}

/** The catalogue of the options plus any catalogue among the lists. */
export function catalogueOf(lists: readonly PowerList[], options: StatusOptions = {}): CatalogueIndex {
  const catalogues = [...(options.catalogue ? [options.catalogue] : []), ...lists.filter((l) => l.kind === 'catalogue')];
  return indexCatalogue(catalogues);
}

/** Counts per department and in total. Only delegation lists are counted; zone lists are ignored. */
export function status(lists: readonly PowerList[], options: StatusOptions = {}): StatusReport {
  const catalogue = catalogueOf(lists, options);
  const stats = { duplicates: 0 };
  const entries = collectEntries(lists, catalogue, stats, options);
  return statusOf(entries, catalogue, stats.duplicates, options.acceptance !== undefined);
}

/** The report from already collected entries (shared with the dashboard). */
export function statusOf(entries: readonly Entry[], catalogue: CatalogueIndex, duplicates = 0, planned = false): StatusReport {
  const byDept = new Map<string, StatusCounts>();
  const counts = (d: string): StatusCounts => {
    let c = byDept.get(d);
    if (!c) byDept.set(d, (c = emptyCounts(planned)));
    return c;
  };
  for (const item of catalogue.active) counts(item.department ?? '').catalogue++;
  for (const e of entries) addEntry(counts(e.department), e);
  const totals = emptyCounts(planned);
  const departments: DepartmentStatus[] = [...byDept.keys()].sort(compareDepartments).map((department) => {
    const c = byDept.get(department)!;
    sortBatches(c);
    addCounts(totals, c);
    return { department, ...c };
  });
  sortBatches(totals);
  return { version: 1, departments, totals, catalogueFile: catalogue.file, duplicates };
}
