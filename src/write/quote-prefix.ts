/**
 * Excel's own way to say "this is text": the quotePrefix style flag. A string cell that begins with
 * = + - @ tab or CR gets it, so that editing the cell in Excel or WPS cannot turn it into a
 * formula; the cell's text is not changed. exceljs has no quotePrefix, so the writer's style
 * registry gives the flag to the styles this module marks.
 */
import type { Row, Style, Workbook } from 'exceljs';
import { isFormulaLike } from './neutralise.js';

const QUOTED = new WeakSet<object>();
const quotedOf = new WeakMap<object, Partial<Style>>();

/** The style with quotePrefix: a copy of `base`, one per base style (exceljs shares ids by object). */
export function quotedStyle(base: Partial<Style> | undefined): Partial<Style> {
  const from = base ?? {};
  let q = quotedOf.get(from);
  if (!q) {
    q = { ...from };
    QUOTED.add(q);
    quotedOf.set(from, q);
  }
  return q;
}

/** Gives every formula-like string cell of the row the quotePrefix style (call before commit). */
export function quoteFormulaLike(row: Row): void {
  row.eachCell((cell) => {
    if (typeof cell.value === 'string' && isFormulaLike(cell.value)) cell.style = quotedStyle(cell.style);
  });
}

interface StyleRegistry {
  addStyleModel(model: unknown, cellType?: unknown): number;
  /** The cell formats as the XML of their <xf> elements, and the index of each by its XML. */
  model: { styles: string[] };
  index: { style: Record<string, number> };
  weakMap?: WeakMap<object, number>;
}

/**
 * Makes the writer's style registry (this workbook's, not exceljs's class) give marked styles a
 * cell format of their own with quotePrefix="1".
 */
export function enableQuotePrefix(wb: Workbook): void {
  const styles = (wb as unknown as { styles?: StyleRegistry }).styles;
  if (!styles?.index?.style || !Array.isArray(styles.model?.styles)) return;
  const add = styles.addStyleModel.bind(styles);
  styles.addStyleModel = (model, cellType) => {
    if (!model || !QUOTED.has(model as object)) return add(model, cellType);
    const known = styles.weakMap?.get(model as object);
    if (known !== undefined) return known;
    // The format without the flag, as exceljs makes it; then the same format with it.
    const xml = styles.model.styles[add({ ...(model as object) }, cellType)] ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
    const flagged = xml.replace(/^<xf\b/u, '<xf quotePrefix="1"');
    let id = styles.index.style[flagged];
    if (id === undefined) {
      id = styles.index.style[flagged] = styles.model.styles.length;
      styles.model.styles.push(flagged);
    }
    styles.weakMap?.set(model as object, id);
    return id;
  };
}
