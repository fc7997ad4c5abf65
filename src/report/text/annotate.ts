/**
 * Texts of the workbooks that go back to the departments and to the office (issue 15): the annotated
 * copies (`validate --annotate DIR`) and the findings workbook (`validate --format xlsx -o FILE`),
 * in zh-CN and en. Sheet names are Chinese by default and English with --lang en.
 */
import type { Lang, Msg } from '../../text/lang.js';

type Text = Record<Lang, string>;

export const ANNOTATE_TEXT = {
  // Sheet names (at most 31 characters, none of []:*?/\).
  reviewSheet: { 'zh-CN': '审核意见', en: 'Review' },
  gapsSheet: { 'zh-CN': '漏项', en: 'Gaps' },
  summarySheet: { 'zh-CN': '汇总', en: 'Summary' },
  /** The sheet of a CSV list, or of a YAML list laid out with the contract's headers. */
  listSheet: { 'zh-CN': '清单', en: 'List' },
  // The review sheet of an annotated copy.
  reviewTitle: { 'zh-CN': '审核意见', en: 'Review findings' },
  legend: { 'zh-CN': '图例（单元格底色）', en: 'Legend (cell fill)' },
  severity: { 'zh-CN': '级别', en: 'Severity' },
  rule: { 'zh-CN': '规则', en: 'Rule' },
  department: { 'zh-CN': '部门', en: 'Department' },
  file: { 'zh-CN': '文件', en: 'File' },
  sheet: { 'zh-CN': '工作表', en: 'Sheet' },
  row: { 'zh-CN': '行', en: 'Row' },
  column: { 'zh-CN': '列', en: 'Column' },
  code: { 'zh-CN': '事项编码', en: 'Code' },
  name: { 'zh-CN': '事项名称', en: 'Name' },
  message: { 'zh-CN': '问题说明', en: 'Message' },
  round: { 'zh-CN': '本轮', en: 'Round' },
  goTo: { 'zh-CN': '转到', en: 'Go to' },
  cell: { 'zh-CN': '单元格', en: 'Cell' },
  noFindings: { 'zh-CN': '未发现问题', en: 'No findings' },
  notKept: { 'zh-CN': '未能保留的内容（请以原文件为准）', en: 'Not kept in this copy (see the original file)' },
  allKept: { 'zh-CN': '原文件的内容与格式已全部保留', en: 'Everything of the original file is kept' },
  gapsNote: {
    'zh-CN': '以下事项在市级目录中属于本部门，但清单中没有列出（漏项）。表头与清单一致，可直接复制到清单中补填。',
    en: "These catalogue items belong to this department but are not in its list (gaps). The headers are the list's own: copy the rows into the list and complete them.",
  },
  // The findings workbook.
  workbookTitle: { 'zh-CN': 'qingdan 清单审核问题汇总', en: 'qingdan review findings' },
  errors: { 'zh-CN': '错误', en: 'Errors' },
  warnings: { 'zh-CN': '警告', en: 'Warnings' },
  infos: { 'zh-CN': '提示', en: 'Notices' },
  total: { 'zh-CN': '合计', en: 'Total' },
  resolved: { 'zh-CN': '已解决', en: 'Resolved' },
  open: { 'zh-CN': '仍存在', en: 'Still open' },
  new: { 'zh-CN': '新增', en: 'New' },
  noDepartment: { 'zh-CN': '（未注明部门）', en: '(no department)' },
  roundNew: { 'zh-CN': '新增', en: 'new' },
  roundOpen: { 'zh-CN': '仍存在', en: 'still open' },
  since: { 'zh-CN': '对比上一轮', en: 'Compared with' },
} satisfies Record<string, Text>;

/** What an annotated copy cannot keep of its original, named on its review sheet. */
export const NOT_KEPT = {
  charts: { 'zh-CN': '图表', en: 'charts' },
  images: { 'zh-CN': '图片', en: 'images' },
  drawings: { 'zh-CN': '图形、文本框等绘图对象', en: 'shapes, text boxes and other drawings' },
  pivotTables: { 'zh-CN': '数据透视表', en: 'pivot tables' },
  macros: { 'zh-CN': '宏（VBA）', en: 'macros (VBA)' },
  externalLinks: { 'zh-CN': '外部链接', en: 'external links' },
  slicers: { 'zh-CN': '切片器与日程表', en: 'slicers and timelines' },
  threadedComments: { 'zh-CN': '批注回复（会话式批注；原有批注与本副本的批注合并）', en: 'threaded comments (replies; the old notes are merged with this copy’s)' },
  dataValidations: { 'zh-CN': '数据有效性（下拉列表等）', en: 'data validation (drop-down lists and the like)' },
  conditionalFormats: { 'zh-CN': '条件格式', en: 'conditional formatting' },
  sparklines: { 'zh-CN': '迷你图', en: 'sparklines' },
  tables: { 'zh-CN': '表格对象（“套用表格格式”）', en: 'tables (“Format as Table”)' },
  styles: { 'zh-CN': '字体、底色、边框和数字格式（由旧格式转换而来，只保留值、合并单元格、列宽和行高）', en: 'fonts, fills, borders and number formats (converted from an older format: values, merged cells, widths and heights are kept)' },
  formulas: { 'zh-CN': '公式（只保留计算结果）', en: 'formulas (their results are kept)' },
  yamlLayout: { 'zh-CN': '原文件为 YAML：本表按数据规范的表头排列，每个事项一行', en: "the original is YAML: this sheet is laid out with the contract's headers, one item a row" },
} satisfies Record<string, Text>;
export type NotKept = keyof typeof NOT_KEPT;

/** The note (批注) on a cell: each finding's message and rule id. */
export const NOTE_LINE: Msg<{ severity: string; rule: string; message: string }> = {
  'zh-CN': (d) => `【${d.severity}】${d.message}（${d.rule}）`,
  en: (d) => `[${d.severity}] ${d.message} (${d.rule})`,
};

/** Lines on stderr naming what was written. */
export const ANNOTATE_WROTE = {
  copy: {
    'zh-CN': (d) => `已写入审核意见副本 ${d.path}（${d.findings} 条问题，漏项 ${d.gaps} 项）`,
    en: (d) => `wrote the annotated copy ${d.path} (${d.findings} findings, ${d.gaps} gaps)`,
  },
  workbook: {
    'zh-CN': (d) => `已写入问题汇总工作簿 ${d.path}（${d.findings} 条问题）`,
    en: (d) => `wrote the findings workbook ${d.path} (${d.findings} findings)`,
  },
} as const satisfies Record<string, Msg<{ path: string; findings: number; gaps: number }>>;

/** Reasons of the usage errors of --annotate and --format xlsx (error-reasons.ts uses them). */
export const ANNOTATE_USAGE = {
  annotateInput: {
    'zh-CN': () => '审核意见副本会覆盖一个输入文件：请另选 --annotate 的目录',
    en: () => 'an annotated copy would overwrite an input: choose another --annotate folder',
  },
  xlsxOutput: {
    'zh-CN': () => 'xlsx 是二进制格式，不能输出到终端：请用 -o 指定输出文件',
    en: () => 'xlsx is binary and is not written to the terminal: name the output file with -o',
  },
} as const satisfies Record<string, Msg<Record<string, never>>>;
