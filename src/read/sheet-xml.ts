/**
 * A pass over a worksheet's XML text before exceljs parses it, for what exceljs gets wrong:
 * an inline string of several runs (<is><r><t>…</t></r><r><t>…</t></r></is>) becomes one <t> of the
 * runs joined, leaving out phonetic runs (<rPh>), where exceljs keeps only the last <t> it meets; a
 * shared-string index beyond the table, which exceljs reads as an empty cell, stops the read naming
 * the cell; and a cell larger than the field cap stops the read before more of it is held.
 */
import { Transform, type TransformCallback } from 'node:stream';
import { InputError } from '../errors.js';
import type { Place } from '../model/types.js';

const INLINE = /<is>([\s\S]*?)<\/is>/g;
const RPH = /<rPh\b[\s\S]*?<\/rPh>/g;
const T = /<t\b[^>]*>([\s\S]*?)<\/t>|<t\b[^>]*\/>/g;
const SHARED = /<c\b([^>]*)>\s*<v>(\d+)<\/v>/g;
const REF = /\br="([A-Za-z]{1,3}\d{1,7})"/;

const rowOf = (cell: string | undefined): number | undefined => (cell ? Number(/\d+/.exec(cell)?.[0]) : undefined);

function joinRuns(inner: string): string {
  if (!inner.includes('<r>') && !inner.includes('<r ') && !inner.includes('<rPh')) return `<is>${inner}</is>`;
  let text = '';
  for (const m of inner.replace(RPH, '').matchAll(T)) text += m[1] ?? '';
  return `<is><t xml:space="preserve">${text}</t></is>`;
}

export class SheetXmlGuard extends Transform {
  private carry = '';
  private passThrough = false;
  constructor(
    private readonly sharedCount: number,
    private readonly maxField: number,
    private readonly place: Place,
  ) {
    super({ readableObjectMode: false, decodeStrings: false, encoding: 'utf8' });
  }

  private fix(text: string): string {
    if (text.includes('t="s"')) {
      for (const m of text.matchAll(SHARED)) {
        if (!/\bt="s"/.test(m[1])) continue;
        if (Number(m[2]) >= this.sharedCount) {
          const cell = REF.exec(m[1])?.[1];
          throw new InputError('xlsx-shared-string', { index: m[2], count: this.sharedCount, cell }, { ...this.place, row: rowOf(cell) });
        }
      }
    }
    return text.includes('<is>') ? text.replace(INLINE, (_, inner: string) => joinRuns(inner)) : text;
  }

  override _transform(chunk: string | Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    const s = typeof chunk === 'string' ? chunk : chunk.toString('utf8');
    if (this.passThrough) return done(null, s);
    const text = this.carry + s;
    try {
      const endData = text.indexOf('</sheetData>');
      if (endData >= 0) {
        this.passThrough = true;
        this.carry = '';
        return done(null, this.fix(text.slice(0, endData)) + text.slice(endData));
      }
      // Up to the last whole cell: an inline string or a shared-string cell is never cut in two.
      const c = text.lastIndexOf('</c>');
      const r = text.lastIndexOf('</row>');
      // Before the last row's start too: rows of empty self-closed elements have no end tag.
      const cut = Math.max(c < 0 ? 0 : c + 4, r < 0 ? 0 : r + 6, text.lastIndexOf('<row'));
      this.carry = text.slice(cut);
      if (this.carry.length > this.maxField + 4096) {
        const at = this.carry.lastIndexOf('<c ');
        const cell = at >= 0 ? REF.exec(this.carry.slice(at, at + 200))?.[1] : undefined;
        throw new InputError('field-too-large', { limit: this.maxField, cell }, { ...this.place, row: rowOf(cell) });
      }
      done(null, this.fix(text.slice(0, cut)));
    } catch (err) {
      done(err as Error);
    }
  }

  override _flush(done: TransformCallback): void {
    try {
      done(null, this.fix(this.carry));
    } catch (err) {
      done(err as Error);
    }
  }
}
