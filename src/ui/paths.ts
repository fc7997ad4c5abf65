/**
 * File names of uploads made safe: the name the browser sent (a folder upload sends the path inside
 * the folder, `depts/市教育局.xlsx`) becomes a relative path whose every part is a plain name, so a
 * file can only land inside the session's temporary folder, whatever the name says.
 */
import { resolve, sep } from 'node:path';

/** Characters no part of a path keeps: separators' lookalikes, controls, and those Windows refuses. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f<>:"|?*]/gu;
/** Names Windows reserves for devices (CON, NUL, COM1 …), whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/iu;
/** Longest part in UTF-8 bytes (most file systems allow 255). */
const MAX_PART_BYTES = 200;
/** Deepest folder structure kept; deeper parts are joined into the last one. */
const MAX_DEPTH = 16;

function truncateBytes(part: string, max: number): string {
  let out = '';
  for (const ch of part) {
    if (Buffer.byteLength(out + ch) > max) break;
    out += ch;
  }
  return out;
}

/** One part of a path as a plain name, or '' when nothing of it may stay ('.', '..', empty). */
function safePart(part: string): string {
  const cleaned = part.replace(UNSAFE, '_').trim().replace(/[. ]+$/u, '');
  if (cleaned === '' || /^\.+$/u.test(cleaned)) return '';
  const named = RESERVED.test(cleaned) ? `_${cleaned}` : cleaned;
  return truncateBytes(named, MAX_PART_BYTES);
}

/** The upload's name as a safe relative path with '/' between parts (`upload` when nothing is left). */
export function safeUploadPath(name: string): string {
  const parts = name.normalize('NFC').split(/[\\/]+/u).map(safePart).filter((p) => p !== '');
  if (parts.length > MAX_DEPTH) parts.splice(MAX_DEPTH - 1, parts.length, parts.slice(MAX_DEPTH - 1).join('_'));
  return parts.length > 0 ? parts.join('/') : 'upload';
}

/** `rel` resolved under `root`; throws if it would leave it (it cannot after safeUploadPath, but a second lock costs nothing). */
export function insideRoot(root: string, rel: string): string {
  const base = resolve(root);
  const full = resolve(base, rel);
  if (full === base || !full.startsWith(base + sep)) throw new Error(`path leaves the upload folder: ${rel}`);
  return full;
}

/** `rel`, or `rel` with " (2)", " (3)" … before its extension, whichever `taken` does not hold yet (case-insensitively). */
export function uniquePath(rel: string, taken: Set<string>): string {
  let candidate = rel;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
    const slash = rel.lastIndexOf('/');
    const dot = rel.lastIndexOf('.');
    candidate = dot > slash + 1 ? `${rel.slice(0, dot)} (${n})${rel.slice(dot)}` : `${rel} (${n})`;
  }
  taken.add(candidate.toLowerCase());
  return candidate;
}
