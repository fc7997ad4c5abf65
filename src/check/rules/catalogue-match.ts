/**
 * The checks of a list item against its catalogue entry: unknown-code, name-mismatch,
 * category-mismatch, department-mismatch and cancelled-item. Names and departments are compared
 * in folded form (width, spaces, punctuation, traditional/simplified and marks like * ☆ ◇ ignored).
 */
import { CANCELLED } from '../../model/enums.js';
import { foldName } from '../../model/normalise.js';
import type { Kind } from '../../model/types.js';
import { hit } from '../details.js';
import { DEFAULT_SEVERITY } from '../rule-ids.js';
import type { ItemRule } from '../rule.js';
import { departmentOf, filled, foldCached } from './util.js';

const LISTS: readonly Kind[] = ['delegation', 'zone'];

export const unknownCode: ItemRule = {
  id: 'unknown-code',
  severity: DEFAULT_SEVERITY['unknown-code'],
  scope: 'item',
  kinds: LISTS,
  check: (item, { match, suggester }) => {
    if (!match || match.status === 'found' || !item.code) return [];
    const suggestions = (match.status === 'unknown-sub' ? suggester?.subItems(item.code) : suggester?.suggest(item)) ?? [];
    const details: { name?: string; subItem?: string; suggestions: typeof suggestions } = { suggestions };
    if (item.name) details.name = item.name;
    if (match.status === 'unknown-sub' && item.subItem) details.subItem = item.subItem;
    return [hit('unknown-code', item, match.status === 'unknown-sub' ? 'subItem' : 'code', details)];
  },
};

export const nameMismatch: ItemRule = {
  id: 'name-mismatch',
  severity: DEFAULT_SEVERITY['name-mismatch'],
  scope: 'item',
  kinds: LISTS,
  check: (item, { match }) => {
    const entry = match?.entry;
    if (!entry || !filled(item.name) || !filled(entry.name)) return [];
    if (item.name === entry.name || foldName(item.name) === foldName(entry.name)) return [];
    return [hit('name-mismatch', item, 'name', { name: item.name, expected: entry.name })];
  },
};

export const categoryMismatch: ItemRule = {
  id: 'category-mismatch',
  severity: DEFAULT_SEVERITY['category-mismatch'],
  scope: 'item',
  kinds: LISTS,
  check: (item, { match, categories }) => {
    const entry = match?.entry;
    // A category outside the list is invalid-value already; comparing it would say the same twice.
    if (!entry || !filled(item.category) || !filled(entry.category) || !categories.includes(item.category)) return [];
    if (item.category === entry.category) return [];
    return [hit('category-mismatch', item, 'category', { category: item.category, expected: entry.category })];
  },
};

export const departmentMismatch: ItemRule = {
  id: 'department-mismatch',
  severity: DEFAULT_SEVERITY['department-mismatch'],
  scope: 'item',
  kinds: LISTS,
  check: (item, { match, list }) => {
    const entry = match?.entry;
    const department = departmentOf(item, list);
    if (!entry || !filled(department) || !filled(entry.department)) return [];
    if (department === entry.department || foldCached(department) === foldCached(entry.department)) return [];
    return [hit('department-mismatch', item, 'department', { department, expected: entry.department })];
  },
};

export const cancelledItem: ItemRule = {
  id: 'cancelled-item',
  severity: DEFAULT_SEVERITY['cancelled-item'],
  scope: 'item',
  kinds: LISTS,
  check: (item, { match, catalogue }) => {
    const entry = match?.entry;
    if (!entry || entry.itemStatus !== CANCELLED) return [];
    const details: { name?: string; version?: string } = {};
    if (entry.name) details.name = entry.name;
    const version = entry.version ?? catalogue?.list.version;
    if (version) details.version = version;
    return [hit('cancelled-item', item, 'code', details)];
  },
};
