/** Cell number formats, shared by the .xlsx reader and the legacy-workbook reader. */

/** A number format that only pads with zeros ("000000") or says text ("@"): the value is a code, shown as text. */
export function formatAsCode(n: number, numFmt: string | undefined): string | undefined {
  if (!numFmt || !Number.isInteger(n) || n < 0) return undefined;
  const first = numFmt.split(';')[0].replace(/\\(.)/g, '$1').replace(/"([^"]*)"/g, '$1');
  if (first === '@') return String(n);
  const zeros = /^0+$/.exec(first);
  if (zeros) return String(n).padStart(first.length, '0');
  return undefined;
}

export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  const f = fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhs]/i.test(f);
}

export const serialToDate = (v: number, date1904: boolean): Date =>
  new Date(Math.round((v - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
