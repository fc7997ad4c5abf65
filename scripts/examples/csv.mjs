/** CSV as Chinese Excel saves it: quoted only when needed, CRLF, GB18030 or UTF-8 with BOM. */
import iconv from 'iconv-lite';

function quote(v) {
  const s = v === undefined || v === null ? '' : String(v);
  return /[",\r\n]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s;
}

/** Records → bytes. A cell's own line breaks are written as CRLF too, as Excel does. */
export function csvBytes(records, { encoding = 'gb18030', bom = false } = {}) {
  const text = records.map((r) => r.map((v) => quote(typeof v === 'string' ? v.replace(/\r?\n/gu, '\r\n') : v)).join(',')).join('\r\n') + '\r\n';
  if (encoding === 'utf8') return Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')]);
  return iconv.encode(text, encoding);
}
