/**
 * The checks of a list item against its catalogue entry: unknown-code, name-mismatch,
 * category-mismatch, department-mismatch and cancelled-item. Names and departments are compared
 * in folded form (width, spaces, punctuation, traditional/simplified and marks like * ☆ ◇ ignored).
 */
import { CANCELLED } from '../../model/enums.js';
import { foldName } from '../../model/normalise.js';
import type { Kind } from '../../model/types.js';
import { at } from '../place.js';
import { defineRule } from '../rule.js';
import type { Suggestion } from '../suggest.js';
import { itemDepartment, filled, foldCached } from './util.js';

const LISTS: readonly Kind[] = ['delegation', 'zone'];

export interface UnknownCodeDetails { name?: string; subItem?: string; suggestions: Suggestion[] }
export interface NameMismatchDetails { name: string; expected: string }
export interface CategoryMismatchDetails { category: string; expected: string }
export interface DepartmentMismatchDetails { department: string; expected: string }
export interface CancelledItemDetails { name?: string; version?: string }

export const unknownCode = defineRule<UnknownCodeDetails>()({
  id: 'unknown-code',
  severity: 'error',
  description: 'a code the catalogue does not have; the message suggests the nearest codes and same-named items',
  scope: 'item',
  kinds: LISTS,
  check: (item, { match, suggester }, report) => {
    if (!match || match.status === 'found' || !item.code) return;
    const suggestions = (match.status === 'unknown-sub' ? suggester?.subItems(item.code) : suggester?.suggest(item)) ?? [];
    const details: UnknownCodeDetails = { suggestions };
    if (item.name) details.name = item.name;
    if (match.status === 'unknown-sub' && item.subItem) details.subItem = item.subItem;
    report(at(item, match.status === 'unknown-sub' ? 'subItem' : 'code'), details);
  },
});

export const nameMismatch = defineRule<NameMismatchDetails>()({
  id: 'name-mismatch',
  severity: 'warning',
  description: 'the name differs from the catalogue\'s beyond width, spaces, punctuation and traditional/simplified',
  scope: 'item',
  kinds: LISTS,
  check: (item, { match }, report) => {
    const entry = match?.entry;
    if (!entry || !filled(item.name) || !filled(entry.name)) return;
    if (item.name === entry.name || foldName(item.name) === foldName(entry.name)) return;
    report(at(item, 'name'), { name: item.name, expected: entry.name });
  },
});

export const categoryMismatch = defineRule<CategoryMismatchDetails>()({
  id: 'category-mismatch',
  severity: 'error',
  description: 'the category (权力类别) differs from the catalogue\'s',
  scope: 'item',
  kinds: LISTS,
  check: (item, { match, categories }, report) => {
    const entry = match?.entry;
    // A category outside the list is invalid-value already; comparing it would say the same twice.
    if (!entry || !filled(item.category) || !filled(entry.category) || !categories.includes(item.category)) return;
    if (item.category === entry.category) return;
    report(at(item, 'category'), { category: item.category, expected: entry.category });
  },
});

export const departmentMismatch = defineRule<DepartmentMismatchDetails>()({
  id: 'department-mismatch',
  severity: 'error',
  description: 'a department lists an item the catalogue gives to another department',
  scope: 'item',
  kinds: LISTS,
  check: (item, { match, list }, report) => {
    const entry = match?.entry;
    const department = itemDepartment(item, list);
    if (!entry || !filled(department) || !filled(entry.department)) return;
    if (department === entry.department || foldCached(department) === foldCached(entry.department)) return;
    report(at(item, 'department'), { department, expected: entry.department });
  },
});

export const cancelledItem = defineRule<CancelledItemDetails>()({
  id: 'cancelled-item',
  severity: 'error',
  description: 'the item is 已取消 in the catalogue and cannot be delegated',
  scope: 'item',
  kinds: LISTS,
  check: (item, { match, catalogue }, report) => {
    const entry = match?.entry;
    if (!entry || entry.itemStatus !== CANCELLED) return;
    const details: CancelledItemDetails = {};
    if (entry.name) details.name = entry.name;
    const version = entry.version ?? catalogue?.list.version;
    if (version) details.version = version;
    report(at(item, 'code'), details);
  },
});
