/** The data of the HTML dashboard: the status report, every item with its reason, the acceptance history, the category mix. */
import { ACCEPTED, DELEGATE } from '../model/enums.js';
import { parseBatch, parseDate } from '../model/normalise.js';
import type { PowerList } from '../model/types.js';
import { collectEntries, compareDepartments, type Entry } from './entries.js';
import { catalogueOf, statusOf, type StatusOptions } from './status.js';
import type { Dashboard, DashboardItem } from './types.js';

function row(e: Entry): DashboardItem {
  const it: DashboardItem = {
    code: e.item.code,
    name: e.name,
    department: e.department,
    category: e.category,
    decision: e.effective,
    status: e.effective === DELEGATE ? e.status : e.item.status ?? '',
    why: e.why,
  };
  if (e.item.subItem) it.subItem = e.item.subItem;
  const batch = e.item.batch ? parseBatch(e.item.batch) : undefined;
  if (batch !== undefined) it.batch = batch;
  if (e.item.acceptedOn) it.acceptedOn = e.item.acceptedOn;
  if (e.overdue) it.overdueDays = e.overdue.days;
  return it;
}

function timeline(entries: readonly Entry[]): Dashboard['timeline'] {
  const perDate = new Map<string, number>();
  for (const e of entries) {
    // Real dates only: the chart would place an impossible 2016-06-31 on 2016-07-01 (issue 13 point 1).
    if (e.status !== ACCEPTED || !e.item.acceptedOn || parseDate(e.item.acceptedOn) !== e.item.acceptedOn) continue;
    perDate.set(e.item.acceptedOn!, (perDate.get(e.item.acceptedOn!) ?? 0) + 1);
  }
  let cumulative = 0;
  return [...perDate.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([date, accepted]) => ({ date, accepted, cumulative: (cumulative += accepted) }));
}

function categories(entries: readonly Entry[]): Dashboard['categories'] {
  const mix = new Map<string, { listed: number; accepted: number }>();
  for (const e of entries) {
    const c = mix.get(e.category) ?? { listed: 0, accepted: 0 };
    c.listed++;
    if (e.why === 'accepted') c.accepted++;
    mix.set(e.category, c);
  }
  return [...mix.entries()]
    .map(([category, c]) => ({ category, ...c }))
    .sort((a, b) => b.listed - a.listed || compareDepartments(a.category, b.category));
}

/** Everything the dashboard shows, computed once so that the HTML formatter only renders. */
export function dashboard(lists: readonly PowerList[], options: StatusOptions & { title?: string } = {}): Dashboard {
  const catalogue = catalogueOf(lists, options);
  const stats = { duplicates: 0 };
  const entries = collectEntries(lists, catalogue, stats, options);
  const items = entries
    .map(row)
    .sort((a, b) => compareDepartments(a.department, b.department) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  // --title, else the zone list's title; a department's title rows (填报单位（盖章）…) name one file, not the picture.
  const title = options.title ?? lists.find((l) => l.kind === 'zone' && l.title)?.title;
  return { report: statusOf(entries, catalogue, stats.duplicates, options.acceptance !== undefined), title, items, timeline: timeline(entries), categories: categories(entries) };
}
