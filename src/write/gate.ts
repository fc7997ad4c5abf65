/**
 * The publication gate (issue 16): which items of the lists the zone may publish, in the
 * catalogue's official text and order, and which accepted items are held back and why. A list
 * item is published when it is accepted (已承接) with the effective decision 下放, passed the legal
 * review (通过), has both written confirmations, is present and active in the catalogue, of the
 * department the catalogue names, and no error finding of the review sits on it or on its
 * catalogue entry. Everything here is deterministic: the same input gives the same output.
 */
import { indexCatalogue, matchItem } from '../check/catalogue-index.js';
import type { Finding } from '../check/finding.js';
import { foldCached } from '../check/rules/util.js';
import { effectiveDecision } from '../model/decision.js';
import { ACCEPTED, CANCELLED, DELEGATE, PASSED } from '../model/enums.js';
import type { FieldKey, Item, PowerList } from '../model/types.js';
import { DEFAULT_TITLES } from '../text/export.js';
import type { OutputFormat } from './index.js';
import { PUBLISH_COLUMNS, type Publication } from './publish.js';
import { compareText } from '../util/compare.js';

/** Why an accepted item is not published (in the order they are checked). */
export const BLOCK_REASONS = [
  'not-delegated', 'legal-review', 'confirmation', 'not-in-catalogue', 'cancelled', 'department', 'findings',
] as const;
export type BlockReason = (typeof BLOCK_REASONS)[number];

/** An accepted item that is not published, where it is, and why. */
export interface BlockedItem {
  code: string;
  subItem?: string;
  name?: string;
  department?: string;
  file: string;
  sheet?: string;
  row: number;
  reasons: BlockReason[];
  /** The values behind the reasons: the effective decision, the legal review, the missing confirmations, the catalogue's department. */
  decision?: string;
  legalReview?: string;
  missing?: FieldKey[];
  expectedDepartment?: string;
  /** Rules of the error findings on the item or its catalogue entry (reason `findings`), sorted. */
  rules?: string[];
}

export interface GateResult {
  /** The zone catalogue to publish: official text, catalogue order, new sequence numbers. */
  list: PowerList;
  /** Accepted items read from the lists (for a zone list: every item). */
  accepted: number;
  blocked: BlockedItem[];
  /** Error findings that block publication: on accepted items, their catalogue entries, or on an input list as a whole. */
  blocking: Finding[];
  /** Of those, the ones on an input list as a whole (no item's row): they block even with --allow-findings. */
  fileLevel: Finding[];
}

/** One published item, as the report names it. */
export interface PublishedEntry {
  code: string;
  subItem?: string;
  name?: string;
  department?: string;
}

/** What export --publish did: the contract's publish report (docs/cli-contract-extensions.md). */
export interface PublishReport {
  version: 1;
  /** true when nothing was written because something blocks publication. */
  refused: boolean;
  /** The catalogue the text and order come from. */
  catalogue: string;
  inputs: { path: string; rows: number }[];
  /** The file written (absent when refused). */
  output?: { path: string; format: OutputFormat; items: number };
  publication?: Publication;
  counts: { accepted: number; published: number; blocked: number; findings: number };
  /** The items published (or that would be, when refused), in published order. */
  published: PublishedEntry[];
  /** Accepted items not published, with their reasons. */
  blocked: BlockedItem[];
  /** The error findings that block publication, in the review's order. */
  findings: Finding[];
  /** true when an error sits on a list as a whole (unreadable, a missing column): never published, not even with allowFindings. */
  fileLevel: boolean;
}

const CONFIRMATIONS: readonly FieldKey[] = ['delegatorConfirmation', 'receiverConfirmation'];
const filled = (v: string | undefined): boolean => v !== undefined && v.trim() !== '';
const placeKey = (file: string | undefined, sheet: string | undefined, row: number | undefined): string => `${file ?? ''}\u0000${sheet ?? ''}\u0000${row ?? ''}`;

/** Every place (row, and each YAML key's line) of each item, to find the item a finding is on. */
function placesOf(lists: readonly PowerList[]): Map<string, Item> {
  const at = new Map<string, Item>();
  for (const list of lists) {
    for (const item of list.items) {
      const { file, sheet, row, lines } = item.source;
      at.set(placeKey(file, sheet, row), item);
      for (const line of Object.values(lines ?? {})) if (line !== undefined) at.set(placeKey(file, sheet, line), item);
    }
  }
  return at;
}

/** The list item a zone publishes: the catalogue's text, the list's own fields (下放方式, batch, 承接日期, 备注). */
function officialItem(item: Item, entry: Item): Item {
  const out: Item = { code: entry.code, source: item.source };
  const subItem = entry.subItem || item.subItem;
  const fields: Partial<Record<FieldKey, string | undefined>> = {
    name: entry.name, subItem, category: entry.category, department: entry.department, legalBasis: entry.legalBasis,
    note: item.note, mode: item.mode, batch: item.batch, acceptedOn: item.acceptedOn,
  };
  for (const [k, v] of Object.entries(fields) as [FieldKey, string | undefined][]) if (v !== undefined && filled(v)) out[k] = v;
  return out;
}

/** The gate over lists already read and reviewed: what to publish, what is held back, what blocks. */
export function gate(lists: readonly PowerList[], catalogue: PowerList, findings: readonly Finding[], title?: string): GateResult {
  const index = indexCatalogue(catalogue);
  const order = new Map<Item, number>(catalogue.items.map((e, i) => [e, i]));
  const inputs = new Set(lists.map((l) => l.file));
  const at = placesOf([...lists, catalogue]);
  const errorsAt = new Map<Item, Finding[]>();
  const fileLevel: Finding[] = [];
  for (const f of findings) {
    if (f.severity !== 'error') continue;
    const item = f.row === undefined ? undefined : at.get(placeKey(f.file, f.sheet, f.row));
    if (item) {
      const list = errorsAt.get(item) ?? [];
      list.push(f);
      errorsAt.set(item, list);
    } else if (f.file !== undefined && inputs.has(f.file)) fileLevel.push(f);
  }

  const chosen: { item: Item; entry: Item; list: PowerList }[] = [];
  const blocked: BlockedItem[] = [];
  const blocking = new Set<Finding>(fileLevel);
  let accepted = 0;
  for (const list of lists) {
    for (const item of list.items) {
      if (list.kind === 'delegation' && item.status !== ACCEPTED) continue;
      accepted++;
      const reasons: BlockReason[] = [];
      const b: Omit<BlockedItem, 'reasons'> = { code: item.code, file: item.source.file, row: item.source.row };
      if (item.subItem) b.subItem = item.subItem;
      if (item.name) b.name = item.name;
      const department = item.department || list.department;
      if (department) b.department = department;
      if (item.source.sheet !== undefined) b.sheet = item.source.sheet;
      if (list.kind === 'delegation') {
        const decision = effectiveDecision(item);
        if (decision !== DELEGATE) {
          reasons.push('not-delegated');
          b.decision = decision;
        }
        if (item.legalReview !== PASSED) {
          reasons.push('legal-review');
          b.legalReview = item.legalReview ?? '';
        }
        const missing = CONFIRMATIONS.filter((k) => !filled(item[k]));
        if (missing.length > 0) {
          reasons.push('confirmation');
          b.missing = missing;
        }
      }
      const match = item.code ? matchItem(index, item) : undefined;
      const entry = match?.status === 'found' ? match.entry : undefined;
      if (!entry) reasons.push('not-in-catalogue');
      else {
        if (entry.itemStatus === CANCELLED) reasons.push('cancelled');
        if (entry.department && (!department || foldCached(department) !== foldCached(entry.department))) {
          reasons.push('department');
          b.expectedDepartment = entry.department;
        }
      }
      const errors = [...(errorsAt.get(item) ?? []), ...(entry ? errorsAt.get(entry) ?? [] : [])];
      if (errors.length > 0) {
        reasons.push('findings');
        b.rules = [...new Set(errors.map((f) => f.rule))].sort(compareText);
        for (const f of errors) blocking.add(f);
      }
      if (reasons.length === 0 && entry) chosen.push({ item, entry, list });
      else blocked.push({ ...b, reasons });
    }
  }

  // The catalogue's order: its departments in the order it first names them, then its entries in file order.
  const deptOrder = new Map<string, number>();
  for (const e of catalogue.items) if (e.department && !deptOrder.has(e.department)) deptOrder.set(e.department, deptOrder.size);
  const dept = (e: Item): number => deptOrder.get(e.department ?? '') ?? deptOrder.size;
  chosen.sort((a, b) => dept(a.entry) - dept(b.entry) || order.get(a.entry)! - order.get(b.entry)! || compareText(a.item.subItem, b.item.subItem));
  const items = chosen.map(({ item, entry }, i) => ({ ...officialItem(item, entry), seq: String(i + 1) }));
  const published: PowerList = {
    kind: 'zone',
    file: lists[0]?.file ?? catalogue.file,
    format: lists[0]?.format ?? catalogue.format,
    title: title ?? DEFAULT_TITLES.zone,
    columns: PUBLISH_COLUMNS.fields.map((c) => ({ key: c.key, header: c.header })),
    extraColumns: [],
    items,
    skipped: [],
    notes: [],
  };
  // Findings in the review's order (file, sheet, row, rule): `findings` came sorted.
  return { list: published, accepted, blocked, blocking: findings.filter((f) => blocking.has(f)), fileLevel };
}
