/**
 * zone-mismatch: the published zone list and the delegation lists disagree. A zone item that no
 * delegation list carries (for departments that submitted one), or that is not 已承接 there; an
 * accepted item the zone list does not publish; or batch, date or mode that differ between the two.
 */
import { ACCEPTED, MODES, PENDING } from '../../model/enums.js';
import { itemKey, type FieldKey, type Item, type PowerList } from '../../model/types.js';
import { at, placeOf, type OtherPlace } from '../place.js';
import { defineRule } from '../rule.js';
import { itemDepartment, filled, foldCached, isBatch, isIsoDate } from './util.js';

const COMPARED: readonly FieldKey[] = ['batch', 'acceptedOn', 'mode'];
const valid = (field: FieldKey, v: string): boolean =>
  field === 'batch' ? isBatch(v) : field === 'acceptedOn' ? isIsoDate(v) : (MODES as readonly string[]).includes(v);

interface Entry { item: Item; list: PowerList }

function byKey(lists: readonly PowerList[]): Map<string, Entry> {
  const map = new Map<string, Entry>();
  for (const list of lists) {
    for (const item of list.items) {
      if (!item.code) continue;
      const key = itemKey(item);
      if (!map.has(key)) map.set(key, { item, list });
      // A zone list may publish the main item only: find sub-items' rows by their code too.
      if (item.subItem && !map.has(item.code)) map.set(item.code, { item, list });
    }
  }
  return map;
}

export interface ZoneMismatchDetails {
  reason: 'not-accepted' | 'not-in-delegation' | 'not-published' | 'differs';
  status?: string; field?: FieldKey; value?: string; expected?: string; other?: OtherPlace;
}

export const zoneMismatch = defineRule<ZoneMismatchDetails>()({
  id: 'zone-mismatch',
  severity: 'error',
  description: 'the published zone list and the delegation lists disagree',
  scope: 'catalogue',
  check: ({ lists }, report) => {
    const zones = lists.filter((l) => l.kind === 'zone');
    const delegation = lists.filter((l) => l.kind === 'delegation');
    if (zones.length === 0 || delegation.length === 0) return;
    const delegated = byKey(delegation);
    const published = byKey(zones);
    const submitted = new Set<string>();
    for (const list of delegation) {
      if (list.department) submitted.add(foldCached(list.department));
      for (const item of list.items) if (item.department) submitted.add(foldCached(item.department));
    }
    for (const zone of zones) {
      for (const z of zone.items) {
        if (!z.code) continue;
        const d = delegated.get(itemKey(z)) ?? delegated.get(z.code);
        if (!d) {
          const dept = itemDepartment(z, zone);
          if (!dept || submitted.has(foldCached(dept))) report(at(z, 'code'), { reason: 'not-in-delegation' });
          continue;
        }
        const other = placeOf(d.item, itemDepartment(d.item, d.list));
        if (d.item.status !== ACCEPTED) {
          report(at(z, 'code'), { reason: 'not-accepted', status: d.item.status || PENDING, other });
          continue;
        }
        for (const field of COMPARED) {
          const value = z[field];
          const expected = d.item[field];
          // An invalid value on either side is invalid-value already; comparing it would say it twice.
          if (filled(value) && filled(expected) && value !== expected && valid(field, value) && valid(field, expected)) {
            report(at(z, field), { reason: 'differs', field, value, expected, other });
          }
        }
      }
    }
    for (const list of delegation) {
      for (const item of list.items) {
        if (item.status !== ACCEPTED || !item.code) continue;
        if (published.has(itemKey(item)) || published.has(item.code)) continue;
        report(at(item, 'status'), { reason: 'not-published', status: item.status });
      }
    }
  },
});
