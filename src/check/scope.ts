/**
 * The scope of a review (issue 15 point 1): which departments a run's findings are about.
 * - `files`: lists named one by one. The run checks the departments those lists cover: gaps (漏项)
 *   of those departments only, and no "department sent no list" finding for the others.
 * - `all`: a folder among the inputs, or --all-departments: the full review.
 * - `departments`: --department NAME…, on top of either: only findings of those departments.
 * A finding without a department (an unreadable file whose name names none, a list without any
 * department) is kept in every scope: it cannot be told apart, and hiding it could hide a broken input.
 */
import { basename } from 'node:path';
import type { PowerList } from '../model/types.js';
import { departmentHint } from '../read/kind.js';
import type { ReviewScope } from './report.js';
import { foldCached } from './rules/util.js';

export type { ReviewScope };

/** What a finding must carry for the scope to decide on it (a finding, or one of an earlier report). */
export interface ScopedFinding {
  rule: string;
  file?: string;
  department?: string;
}

/** The scope of a run, and what deciding on a finding needs. */
export interface ScopeFilter {
  scope: ReviewScope;
  /** Base names of the input lists (files scope): their own findings are always theirs. */
  inputs: ReadonlySet<string>;
  /** Folded departments the input lists cover (files scope). */
  covered: ReadonlySet<string>;
  /** Folded departments asked for (--department). */
  only?: ReadonlySet<string>;
}

/**
 * The departments a list covers: its own (the file's department, else the one its file name
 * names), else every department its rows name (a consolidated list). A department's file
 * with a 实施部门 column may hold a row copied from another department's list: that does not make
 * the other department one the file covers.
 */
export function departmentsOf(list: PowerList): string[] {
  // Not the title: 市级下放济南高新区管委会…清单 names the zone that receives, not the department.
  const own = list.department ?? departmentHint(basename(list.file));
  if (own) return [own];
  const seen = new Map<string, string>();
  for (const item of list.items) if (item.department && !seen.has(foldCached(item.department))) seen.set(foldCached(item.department), item.department);
  return [...seen.values()];
}

export interface ScopeInput {
  /** The delegation and zone lists read from the inputs (not the catalogue, not --zone's list). */
  lists: readonly PowerList[];
  /** A folder was among the inputs. */
  folder: boolean;
  allDepartments?: boolean;
  departments?: readonly string[];
  /** Inputs that could not be read: their department (by file name) is covered too. */
  unread?: readonly string[];
}

const unique = (names: readonly string[]): string[] => {
  const seen = new Set<string>();
  return names.filter((n) => !seen.has(foldCached(n)) && Boolean(seen.add(foldCached(n))));
};

/** The scope of a run from its inputs and options. */
export function scopeOf(input: ScopeInput): ScopeFilter {
  const within: 'files' | 'all' = input.folder || input.allDepartments ? 'all' : 'files';
  const delegation = input.lists.filter((l) => l.kind === 'delegation');
  const covered = unique([
    ...delegation.flatMap(departmentsOf),
    ...(input.unread ?? []).map((f) => departmentHint(basename(f))).filter((d): d is string => d !== undefined),
  ]);
  const inputs = new Set(input.lists.map((l) => basename(l.file)));
  const asked = unique((input.departments ?? []).map((d) => d.trim()).filter(Boolean));
  const coveredSet = new Set(covered.map(foldCached));
  if (asked.length > 0) {
    return { scope: { kind: 'departments', departments: asked, within }, inputs, covered: coveredSet, only: new Set(asked.map(foldCached)) };
  }
  return { scope: within === 'all' ? { kind: 'all' } : { kind: 'files', departments: covered }, inputs, covered: coveredSet };
}

/** Whether a finding (of this run or of an earlier report) belongs to the scope. */
export function inScope(f: ScopedFinding, filter: ScopeFilter): boolean {
  const d = f.department ? foldCached(f.department) : undefined;
  if (filter.only && d !== undefined && !filter.only.has(d)) return false;
  const within = filter.scope.kind === 'departments' ? filter.scope.within : filter.scope.kind;
  if (within !== 'files') return true;
  // Gaps are about departments: only those the named lists cover (and no "sent no list" for the rest).
  if (f.rule === 'gap') return d !== undefined && filter.covered.has(d);
  if (f.file !== undefined && filter.inputs.has(basename(f.file))) return true;
  return d === undefined || filter.covered.has(d);
}
