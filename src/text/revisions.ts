/** The 调整说明 notes `sync --write` puts on the rows it changes (issue 18). */

/**
 * The 调整说明 written on a changed row by `sync --write` (in the list's language, Chinese: the note
 * stays in the file for the next reader whatever --lang was).
 */
export const ADJUSTMENT_NOTE = {
  recode: (d: { from: string; into: string; basis: string }): string => `调整说明：原编码${d.from}改码为${d.into}${d.basis}`,
  merge: (d: { from: string[]; into: string; basis: string; agreed: boolean }): string =>
    `调整说明：由${d.from.join('、')}合并为${d.into}${d.basis}${d.agreed ? '' : '；各原事项意见不一致，需重新决定'}`,
  split: (d: { from: string; into: string; basis: string }): string => `调整说明：由${d.from}拆分为${d.into}${d.basis}，沿用原意见，请确认`,
  basis: (d: { document?: string; effective?: string }): string =>
    d.document || d.effective ? `（${[d.document, d.effective ? `${d.effective}起` : ''].filter(Boolean).join('，')}）` : '',
};
