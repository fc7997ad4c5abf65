/**
 * Waivers: a baseline lists accepted findings by a fingerprint that does not depend on rows
 * (rule + code + the file's department), each with a reason, who accepted it and an expiry date.
 */
import { promises as fs } from 'node:fs';
import { stringify } from 'yaml';
import { parseYamlWithSchema } from '../config/yaml-schema.js';
import { fsReason, InputError } from '../errors.js';
import type { Finding } from './finding.js';
import type { WaivedFinding, Waiver } from './report.js';

export const BASELINE_NAME = 'qingdan.baseline.yaml';

interface BaselineFile {
  version?: 1;
  waivers: Waiver[];
}

/** The fingerprint of a finding or a waiver. */
export const fingerprint = (f: { rule: string; code?: string; department?: string }): string =>
  `${f.rule}\u0000${f.code ?? ''}\u0000${f.department ?? ''}`;

/** Parses baseline text, validated by schemas/baseline.schema.json (InputError baseline-invalid with the line). */
export function parseBaseline(text: string, file: string): Waiver[] {
  return parseYamlWithSchema<BaselineFile>(text, file, 'baseline', 'baseline-invalid').waivers;
}

/** Reads a baseline; a missing file is an error only when `required` (named by --baseline). */
export async function loadBaseline(file: string, required: boolean): Promise<Waiver[]> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (err) {
    if (!required && (err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    const why = fsReason(err);
    throw new InputError(why.code === 'ENOENT' ? 'file-not-found' : 'file-unreadable-os', why, { file }, { cause: err });
  }
  return parseBaseline(text, file);
}

/** The reason --write-baseline writes, for a clerk to replace. */
export const PLACEHOLDER_REASON = 'TODO: 豁免理由 / reason';

/** A waiver without a reason, or with the placeholder still in it, waives nothing (issue 13 point 7). */
export const isIncomplete = (w: Waiver): boolean => w.reason.trim() === '' || /^TODO\b/iu.test(w.reason.trim());

/**
 * Splits findings into those still standing and those waived. A waiver past its expiry (before
 * `today`, YYYY-MM-DD) waives nothing: its findings stand, with details.waiverExpired. A waiver
 * without a reason waives nothing either; it is returned in `incomplete`, for a notice.
 */
export function applyWaivers(findings: readonly Finding[], waivers: readonly Waiver[], today: string): { findings: Finding[]; waived: WaivedFinding[]; incomplete: Waiver[] } {
  const incomplete = waivers.filter(isIncomplete);
  if (waivers.length === incomplete.length) return { findings: [...findings], waived: [], incomplete };
  const byPrint = new Map<string, Waiver>();
  for (const w of waivers) {
    if (isIncomplete(w)) continue;
    const key = fingerprint(w);
    const old = byPrint.get(key);
    // Of two waivers for one fingerprint, the one that lasts longer holds.
    if (!old || old.expires < w.expires) byPrint.set(key, w);
  }
  const standing: Finding[] = [];
  const waived: WaivedFinding[] = [];
  for (const f of findings) {
    const w = byPrint.get(fingerprint(f));
    if (!w) standing.push(f);
    // A spread loses the link between rule and details that Finding keys on; they are still the finding's own.
    else if (w.expires < today) standing.push({ ...f, details: { ...f.details, waiverExpired: w.expires } } as Finding);
    else waived.push({ ...f, waiver: w });
  }
  return { findings: standing, waived, incomplete };
}

/** The date a year after `today` (YYYY-MM-DD). */
export function aYearAfter(today: string): string {
  const [y, m, d] = today.split('-').map(Number);
  const next = new Date(Date.UTC(y + 1, m - 1, d));
  return next.toISOString().slice(0, 10);
}

/** Today as YYYY-MM-DD in local time. */
export function todayIso(now = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * A baseline for the given findings: one waiver per fingerprint, with placeholders for the reason
 * and who accepted it, expiring a year from today. Findings already waived keep their waiver.
 */
export function baselineText(findings: readonly Finding[], waived: readonly WaivedFinding[], today: string): string {
  const expires = aYearAfter(today);
  const seen = new Set<string>();
  const waivers: Waiver[] = [];
  for (const w of waived) {
    const key = fingerprint(w.waiver);
    if (!seen.has(key)) {
      seen.add(key);
      waivers.push(w.waiver);
    }
  }
  for (const f of findings) {
    if (f.rule === 'file-unreadable') continue;
    const key = fingerprint(f);
    if (seen.has(key)) continue;
    seen.add(key);
    const w: Waiver = { rule: f.rule, reason: PLACEHOLDER_REASON, acceptedBy: 'TODO: 批准人 / accepted by', expires };
    if (f.code) w.code = f.code;
    if (f.department) w.department = f.department;
    waivers.push(w);
  }
  const head = [
    '# qingdan 豁免清单（基线）/ qingdan baseline (waivers)',
    '# 每条按 规则 + 事项编码 + 部门 匹配问题；请填写理由与批准人：理由为空或仍为 TODO 的条目不豁免任何问题，过期后问题重新计入。',
    '# Each waiver matches findings by rule + code + department; fill in reason and acceptedBy: an entry whose reason is empty or still TODO waives nothing. Expired waivers waive nothing.',
    '',
  ].join('\n');
  return head + stringify({ version: 1, waivers } satisfies BaselineFile, { lineWidth: 0 });
}
