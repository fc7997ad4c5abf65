/**
 * Taken back (收回, issue 18 point 2): an item the zone had accepted that the municipal department
 * exercises again. In one version of a delegation list a clerk writes it as the decision 不下放 (or
 * 暂不下放) with the word 收回 in 不下放理由 or 备注, e.g. 不下放理由 “收回：审计整改，济高管发〔2024〕11号”.
 * The document is the first 文号 in that text, or the value of an extra column 收回文号 / 收回依据.
 */
import { effectiveDecision } from './decision.js';
import { NOT_DELEGATE, WITHHOLD } from './enums.js';
import { normaliseHeader } from './normalise.js';
import type { Item } from './types.js';

export const TAKE_BACK_WORD = '收回';

/** Headers of an extra column that holds the document of the taking back. */
export const TAKE_BACK_DOCUMENT_HEADERS = ['收回文号', '收回依据', '收回文件'] as const;
const DOCUMENT_HEADERS = new Set(TAKE_BACK_DOCUMENT_HEADERS.map(normaliseHeader));

/** A 文号: issuer, year in 〔〕 (or [] ［］ () （）), number, 号: 济高管发〔2024〕11号. */
const DOCUMENT = /[\p{Script=Han}A-Za-z]+[〔［[(（]\s*\d{4}\s*[〕］\])）]\s*第?\s*\d+\s*号/u;

export interface TakenBack {
  /** The document (文号) that took the item back, where the row gives one. */
  document?: string;
}

/** The document named in the row: a 收回文号 column, else the first 文号 in 不下放理由 or 备注. */
export function takeBackDocument(item: Pick<Item, 'reason' | 'note' | 'extra'>): string | undefined {
  for (const [header, value] of Object.entries(item.extra ?? {})) {
    if (DOCUMENT_HEADERS.has(normaliseHeader(header)) && value.trim() !== '') return value.trim();
  }
  for (const text of [item.reason, item.note]) {
    const m = text ? DOCUMENT.exec(text) : null;
    if (m) return m[0];
  }
  return undefined;
}

/** Not delegated (不下放/暂不下放, after any resolution of a dispute). */
export const notDelegated = (item: Pick<Item, 'decision' | 'acceptance' | 'resolution'>): boolean => {
  const d = effectiveDecision(item);
  return d === NOT_DELEGATE || d === WITHHOLD;
};

/** Whether one version of a delegation list says the item was taken back, and by which document. */
export function takenBackOf(item: Item): TakenBack | undefined {
  if (!notDelegated(item)) return undefined;
  if (!`${item.reason ?? ''}\n${item.note ?? ''}`.includes(TAKE_BACK_WORD)) return undefined;
  const document = takeBackDocument(item);
  return document ? { document } : {};
}
