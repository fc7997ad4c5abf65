/** How each department's clerk laid out their file: format, title rows, headers, quirks. */

/** Per-department overrides; everything else is a one-title .xlsx with a footnote. */
export const FILE_STYLES = {
  市发展改革委: { cover: true },
  市公安局: { twoRowHeader: true },
  市卫生健康委: { twoRowHeader: true, subMerge: true },
  市农业农村局: { twoRowHeader: true, modeAlias: true },
  市市场监管局: { headings: true, subMerge: true, titles: 2 },
  市生态环境局: { headings: true },
  市文化和旅游局: { headings: true, otherAlias: true },
  市应急管理局: { headings: true },
  市民政局: { headings: true },
  市城市管理局: { headings: true, titles: 2 },
  市住房城乡建设局: { subMerge: true, batch: 'di' },
  // Saved as a legacy .xls (Excel 97-2003) by LibreOffice: sub-items in merged cells. A workbook
  // like the others for every choice the scenario makes (its format stays xlsx there).
  市城乡交通运输局: { subMerge: true, legacy: true },
  市教育局: { subMerge: true },
  市水务局: { legalBasis: true },
  市商务局: { legalBasis: true, batch: 'cn' },
  市园林和林业绿化局: { legalBasis: true },
  市人力资源社会保障局: { date: 'slash', titles: 2 },
  市财政局: { date: 'slash' },
  市住房保障和房产管理局: { date: 'cn' },
  市消防救援支队: { date: 'cn', noFootnote: true },
  市工业和信息化局: { date: 'serial' },
  市自然资源和规划局: { batch: 'text', titles: 2 },
  市科技局: { format: 'csv', csvTitle: true },
  市民族宗教局: { format: 'csv' },
  市司法局: { format: 'csv', csvTitle: true, footnote: true },
  市统计局: { format: 'csv', date: 'slash' },
  市体育局: { format: 'csv' },
  市邮政管理局: { format: 'csv', csvTitle: true },
  市税务局: { format: 'csv' },
  市医保局: { format: 'csv', encoding: 'utf8', bom: true, footnote: true },
  市审计局: { format: 'yaml', itemDepartment: true },
  市国资委: { format: 'yaml' },
  市外办: { format: 'yaml' },
};

/** Header spellings a clerk may choose (canonical first; all are accepted by data-contract.md). */
export const HEADERS = {
  seq: ['序号', '编号'],
  code: ['事项编码', '权力编码', '职权编码', '编码', '事项代码'],
  name: ['事项名称', '职权名称', '权力名称', '权力事项名称', '主项名称'],
  subItem: ['子项名称', '子项'],
  category: ['权力类别', '权力类型', '职权类型', '事项类型', '类别'],
  department: ['实施部门', '实施主体', '实施机关', '原实施部门', '部门名称'],
  legalBasis: ['设定依据', '实施依据', '法律依据', '设定和实施依据'],
  decision: ['下放意见', '是否下放', '部门意见'],
  reason: ['不下放理由', '不予下放理由', '理由'],
  mode: ['下放方式', '放权方式'],
  scope: ['下放范围', '范围'],
  acceptance: ['承接意见', '管委会意见'],
  resolution: ['协调结果', '协调意见'],
  status: ['承接状态'],
  batch: ['承接批次', '批次'],
  acceptedOn: ['承接日期', '承接时间'],
  delegatorConfirmation: ['放权方确认', '部门确认', '放权方书面确认'],
  receiverConfirmation: ['承接方确认', '管委会确认', '承接方书面确认'],
  legalReview: ['合法性审查', '合法性审查意见'],
  note: ['备注', '说明'],
};

/** Column order of a delegation list (data-contract.md), seq first. */
export const DELEGATION_KEYS = [
  'seq', 'code', 'name', 'subItem', 'category', 'department', 'legalBasis', 'decision', 'reason', 'mode', 'scope',
  'acceptance', 'resolution', 'status', 'batch', 'acceptedOn', 'delegatorConfirmation', 'receiverConfirmation',
  'legalReview', 'note',
];

/** Picks the header texts of one file: the canonical one about half the time, else an alias. */
export function chooseHeaders(rnd, keys, { quirky = false } = {}) {
  const out = {};
  for (const k of keys) {
    const options = HEADERS[k];
    let h = rnd.chance(0.5) ? options[0] : rnd.pick(options);
    // Headers as clerks type them: a stray space, a line break from a wrapped cell.
    if (quirky && h.length >= 4 && rnd.chance(0.2)) h = rnd.chance(0.5) ? `${h.slice(0, 2)} ${h.slice(2)}` : `${h.slice(0, 2)}\n${h.slice(2)}`;
    out[k] = h;
  }
  return out;
}
