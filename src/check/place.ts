/** Places of findings: an item's field, a list as a whole, another row named in details. */
import { COLUMN_BY_KEY } from '../model/columns.js';
import type { FieldKey, Item, PowerList } from '../model/types.js';
import type { FindingPlace } from '../vocab/rules.js';

/**
 * An item's field: copies file, sheet and row, adds the header as written for that key, and the
 * item's department.
 */
export function at(item: Item, key: FieldKey | undefined): FindingPlace {
  const p: FindingPlace = { code: item.code || undefined, file: item.source.file, row: item.source.row };
  if (item.source.sheet !== undefined) p.sheet = item.source.sheet;
  if (item.subItem) p.subItem = item.subItem;
  if (key) {
    // A field the row lacks: name it as the file names the others (a YAML file keyed in English says `reason`).
    p.column = item.source.headers[key] ?? (item.source.headers.code === 'code' ? key : COLUMN_BY_KEY[key].header);
    const line = item.source.lines?.[key];
    if (line !== undefined) p.row = line;
  }
  if (item.department) p.department = item.department;
  return p;
}

/** A list as a whole: its file, and its header row (or first sheet) where it has one. */
export function listPlace(list: PowerList, column?: string): FindingPlace {
  const header = list.skipped.find((s) => s.reason === 'header');
  const p: FindingPlace = { file: list.file };
  if (column !== undefined) p.column = column;
  const sheet = header?.sheet ?? list.sheets?.[0];
  if (sheet !== undefined) p.sheet = sheet;
  if (header) p.row = header.row;
  if (list.department) p.department = list.department;
  return p;
}

/** Another place (a duplicate's first occurrence, the zone list's row). */
export interface OtherPlace {
  file: string;
  sheet?: string;
  row: number;
  department?: string;
}

/** The place of an item, for another finding's details. */
export function placeOf(item: Item, department?: string): OtherPlace {
  const p: OtherPlace = { file: item.source.file, row: item.source.row };
  if (item.source.sheet !== undefined) p.sheet = item.source.sheet;
  if (department) p.department = department;
  return p;
}
