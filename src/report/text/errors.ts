/** Messages of the errors that stop a job (exit 2), in both languages. */
import type { ErrorCode } from '../../errors.js';
import type { Lang, Msg } from '../../text/lang.js';
import { reasonText } from './error-reasons.js';
import { SINCE_INVALID } from './rounds.js';
import { PUNCT } from '../../text/punct.js';

type A = Record<string, unknown>;
const KIND_ZH: Record<string, string> = { catalogue: '目录', delegation: '下放清单', zone: '管委会清单' };
const KIND_EN: Record<string, string> = { catalogue: 'catalogue', delegation: 'delegation list', zone: 'zone list' };
const s = (v: unknown): string => (v === undefined || v === null ? '' : String(v));
/** The reason in the chosen language; a bare `detail` only from code not yet keyed. */
const why = (d: A, lang: Lang): string => reasonText(d, lang) || s(d.detail);
/** "：reason" (zh-CN) or ": reason" (en), or nothing without a reason. */
const colon = (d: A, lang: Lang): string => {
  const text = why(d, lang);
  return text ? `${PUNCT[lang].colon}${text}` : '';
};

export const ERROR_MESSAGES: Record<ErrorCode, Msg<A>> = {
  'file-not-found': { 'zh-CN': () => '文件不存在', en: () => 'file not found' },
  'file-too-large': {
    'zh-CN': (d) => `文件大小 ${s(d.size)} 字节超过上限 ${s(d.limit)} 字节（可用 --max-file-size 调整）`,
    en: (d) => `file is ${s(d.size)} bytes, over the limit of ${s(d.limit)} (raise it with --max-file-size)`,
  },
  'not-a-file': { 'zh-CN': () => '不是文件', en: () => 'not a regular file' },
  'no-input': {
    'zh-CN': (d) => `没有可读取的清单文件${d.dir ? `（目录 ${s(d.dir)} 下没有 .xlsx、.xls、.et、.ods、.csv、.tsv、.yaml、.json 等清单文件）` : ''}`,
    en: (d) => `no list files to read${d.dir ? ` (no .xlsx, .xls, .et, .ods, .csv, .tsv, .yaml or .json list file under ${s(d.dir)})` : ''}`,
  },
  'unknown-format': {
    'zh-CN': () => '无法识别文件格式：应为 .xlsx、.xls、.et、.ods、.csv/.tsv 或 .yaml/.yml',
    en: () => 'unrecognised file format: expected .xlsx, .xls, .et, .ods, .csv/.tsv or .yaml/.yml',
  },
  'xls-legacy': {
    'zh-CN': () => '这是旧版 Excel 97-2003 (.xls) 文件，请在 Excel/WPS 中“另存为” .xlsx，或运行 libreoffice --headless --convert-to xlsx 文件名.xls',
    en: () => 'this is a legacy Excel 97-2003 (.xls) file: save it as .xlsx in Excel/WPS, or run libreoffice --headless --convert-to xlsx FILE.xls',
  },
  'xlsx-encrypted': {
    'zh-CN': () => '工作簿已加密（设有打开密码），请去掉密码后另存为 .xlsx',
    en: () => 'the workbook is encrypted (password to open): remove the password and save it as .xlsx again',
  },
  'xlsx-corrupt': {
    'zh-CN': (d) => `Excel 文件已损坏或不完整${colon(d, 'zh-CN')}`,
    en: (d) => `the Excel file is damaged or truncated${colon(d, 'en')}`,
  },
  'xlsx-not-zip': {
    'zh-CN': () => '扩展名是 .xlsx，但内容不是 Excel 工作簿（可能是改了扩展名的文本文件）',
    en: () => 'the name says .xlsx but the content is not an Excel workbook (a renamed text file?)',
  },
  'xlsx-too-large': {
    'zh-CN': (d) => `工作簿解压后大小 ${s(d.size)} 字节超过上限 ${s(d.limit)} 字节`,
    en: (d) => `the workbook inflates to ${s(d.size)} bytes, over the limit of ${s(d.limit)}`,
  },
  'zip-bomb': {
    // `declared`: the part inflated past the size its headers state (a lie), not past the ratio.
    'zh-CN': (d) =>
      d.declared !== undefined
        ? `工作簿中 ${s(d.entry)} 解压后超过其声明的大小 ${s(d.declared)} 字节（压缩包头信息不实），拒绝继续解压`
        : `工作簿中 ${s(d.entry)} 的压缩比 ${s(d.ratio)} 异常（上限 ${s(d.limit)}），拒绝解压`,
    en: (d) =>
      d.declared !== undefined
        ? `workbook part ${s(d.entry)} inflates past its declared size of ${s(d.declared)} bytes (the zip headers lie); refused`
        : `workbook part ${s(d.entry)} has a compression ratio of ${s(d.ratio)} (limit ${s(d.limit)}); refused`,
  },
  'ole-not-workbook': {
    'zh-CN': () => '这是 OLE 复合文档，但不是 Excel/WPS 工作簿（可能是改了扩展名的 Word 文档）',
    en: () => 'an OLE compound file but not an Excel/WPS workbook (a renamed Word document?)',
  },
  'workbook-too-large': {
    'zh-CN': (d) => `工作簿中 ${s(d.part)} 大小 ${s(d.size)} 字节超过上限 ${s(d.limit)} 字节`,
    en: (d) => `workbook part ${s(d.part)} is ${s(d.size)} bytes, over the limit of ${s(d.limit)}`,
  },
  'xlsx-shared-string': {
    'zh-CN': (d) => `单元格 ${s(d.cell)} 引用第 ${s(d.index)} 个共享字符串，但工作簿只有 ${s(d.count)} 个（文件已损坏）`,
    en: (d) => `cell ${s(d.cell)} refers to shared string ${s(d.index)}, but the workbook has only ${s(d.count)} (the file is damaged)`,
  },
  'field-too-large': {
    'zh-CN': (d) => `${d.cell ? `单元格 ${s(d.cell)} 的` : ''}值超过 ${s(d.limit)} 个字符的上限，停止读取`,
    en: (d) => `a value${d.cell ? ` in cell ${s(d.cell)}` : ''} is longer than the limit of ${s(d.limit)} characters; reading stopped`,
  },
  'duplicate-column': {
    'zh-CN': (d) => `第 ${s(d.first)} 列“${s(d.firstHeader)}”与第 ${s(d.second)} 列“${s(d.secondHeader)}”是同一列，本行两列的值不同（“${s(d.firstValue)}”与“${s(d.secondValue)}”），无法确定取哪一个`,
    en: (d) => `columns ${s(d.first)} ("${s(d.firstHeader)}") and ${s(d.second)} ("${s(d.secondHeader)}") are the same field and differ in this row ("${s(d.firstValue)}" and "${s(d.secondValue)}"); neither is taken`,
  },
  'map-invalid': { 'zh-CN': (d) => `调整对照表有误${colon(d, 'zh-CN')}`, en: (d) => `the correspondence table is wrong${colon(d, 'en')}` },
  'no-header': {
    'zh-CN': () => '找不到表头行：应有“事项编码”“事项名称”等列名',
    en: () => 'no header row found: expected column headers such as 事项编码 (code) and 事项名称 (name)',
  },
  'no-sheet': {
    'zh-CN': () => '工作簿中没有可识别表头的工作表',
    en: () => 'no sheet of the workbook has a recognisable header',
  },
  'sheet-not-found': {
    'zh-CN': (d) => `工作簿中没有名为“${s(d.sheet)}”的工作表（现有：${s(d.sheets)}）`,
    en: (d) => `the workbook has no sheet named "${s(d.sheet)}" (it has: ${s(d.sheets)})`,
  },
  'csv-malformed': {
    'zh-CN': (d) => (d.unclosed
      ? `CSV 格式错误：第 ${s(d.row)} 行有带引号的单元格没有闭合引号（检查该行的双引号是否成对）`
      : `CSV 格式错误${colon(d, 'zh-CN')}`),
    en: (d) => (d.unclosed
      ? `malformed CSV: a quoted cell in row ${s(d.row)} is never closed (check that its double quotes come in pairs)`
      : `malformed CSV${colon(d, 'en')}`),
  },
  'csv-record-too-large': {
    'zh-CN': (d) => `一行的长度超过上限 ${s(d.limit)} 字符（可能是引号未闭合）`,
    en: (d) => `a record is longer than ${s(d.limit)} characters (an unclosed quote?)`,
  },
  encoding: {
    'zh-CN': (d) => `无法解码文本（第 ${s(d.offset)} 字节处），应为 UTF-8、UTF-16 或 GB18030/GBK 编码`,
    en: (d) => `undecodable text at byte ${s(d.offset)}: expected UTF-8, UTF-16 or GB18030/GBK`,
  },
  'nul-byte': {
    'zh-CN': (d) => `文本中含有空字符（第 ${s(d.offset)} 字节处），这不是文本文件`,
    en: (d) => `NUL byte in text at byte ${s(d.offset)}: this is not a text file`,
  },
  'empty-file': { 'zh-CN': () => '文件为空', en: () => 'the file is empty' },
  'yaml-syntax': {
    'zh-CN': (d) => `YAML 语法错误${colon(d, 'zh-CN')}`,
    en: (d) => `YAML syntax error${colon(d, 'en')}`,
  },
  'yaml-shape': {
    'zh-CN': (d) => `YAML 结构不符合清单格式${colon(d, 'zh-CN')}（应为含 kind 和 items 的映射，items 为事项列表）`,
    en: (d) => `YAML is not a list file${colon(d, 'en')} (expected a mapping with kind and items, items a sequence of items)`,
  },
  'yaml-alias': {
    'zh-CN': (d) => `YAML 别名展开过多（上限 ${s(d.limit)}），拒绝读取`,
    en: (d) => `too many YAML alias expansions (limit ${s(d.limit)}); refused`,
  },
  'yaml-depth': {
    'zh-CN': (d) => `YAML 嵌套层数超过上限 ${s(d.limit)}`,
    en: (d) => `YAML nesting deeper than ${s(d.limit)}`,
  },
  'yaml-tag': {
    'zh-CN': (d) => `不支持的 YAML 标签 ${s(d.tag)}`,
    en: (d) => `unsupported YAML tag ${s(d.tag)}`,
  },
  'yaml-duplicate-key': {
    'zh-CN': (d) => `重复的键“${s(d.key)}”（第 ${s(d.first)} 行和第 ${s(d.second)} 行）`,
    en: (d) => `duplicate key "${s(d.key)}" (lines ${s(d.first)} and ${s(d.second)})`,
  },
  'yaml-schema': {
    'zh-CN': (d) => `不符合清单格式${colon(d, 'zh-CN')}`,
    en: (d) => `does not match the list schema${colon(d, 'en')}`,
  },
  'too-many-rows': {
    'zh-CN': (d) => `行数超过上限 ${s(d.limit)}（可用 --max-rows 调整）`,
    en: (d) => `more than ${s(d.limit)} rows (raise it with --max-rows)`,
  },
  'kind-unknown': {
    'zh-CN': () => '无法判断文件是目录、下放清单还是管委会清单，请用 --kind catalogue|delegation|zone 指定',
    en: () => 'cannot tell whether this is a catalogue, a delegation list or a zone list: give --kind catalogue|delegation|zone',
  },
  'kind-role': {
    'zh-CN': (d) => `${d.role === 'catalogue' ? '作为 --catalogue 给出的文件' : '该文件'}${d.by === 'kind' ? '按其 kind:' : '按其列'}看是${KIND_ZH[s(d.looksLike)] ?? s(d.looksLike)}，此处应为${d.expected === 'catalogue' ? '目录' : '下放清单或管委会清单（已用 --catalogue 给出目录）'}`,
    en: (d) => `${d.role === 'catalogue' ? 'the file given as --catalogue' : 'this file'} looks like a ${KIND_EN[s(d.looksLike)] ?? s(d.looksLike)} (by its ${d.by === 'kind' ? 'kind:' : 'columns'}); expected ${d.expected === 'catalogue' ? 'a catalogue' : 'a delegation or zone list (the catalogue is given by --catalogue)'}`,
  },
  'config-invalid': {
    'zh-CN': (d) => `配置文件有误${colon(d, 'zh-CN')}`,
    en: (d) => `invalid configuration${colon(d, 'en')}`,
  },
  // The system refused (no permission, a folder, an I/O error): the reason says it all.
  'file-unreadable-os': {
    'zh-CN': (d) => why(d, 'zh-CN') || '无法读取文件',
    en: (d) => why(d, 'en') || 'cannot read the file',
  },
  'config-not-found': { 'zh-CN': () => '配置文件不存在', en: () => 'configuration file not found' },
  'baseline-invalid': {
    'zh-CN': (d) => `豁免文件（基线）有误${colon(d, 'zh-CN')}`,
    en: (d) => `invalid baseline (waiver) file${colon(d, 'en')}`,
  },
  'since-invalid': SINCE_INVALID,
  usage: { 'zh-CN': (d) => why(d, 'zh-CN'), en: (d) => why(d, 'en') },
  'output-exists': {
    'zh-CN': () => '输出文件已存在；如需覆盖请加 --force',
    en: () => 'the output file exists; add --force to replace it',
  },
  'output-is-input': {
    'zh-CN': () => '输出文件就是输入文件；如确需原地修改请加 --in-place',
    en: () => 'the output is one of the inputs; add --in-place to change it in place',
  },
  'output-format': {
    'zh-CN': (d) => `不支持的输出格式“${s(d.ext)}”，可用：${s(d.allowed)}`,
    en: (d) => `unsupported output format "${s(d.ext)}"; use one of ${s(d.allowed)}`,
  },
  'write-failed': {
    'zh-CN': (d) => `写入失败${colon(d, 'zh-CN')}`,
    en: (d) => `could not write${colon(d, 'en')}`,
  },
  interrupted: {
    'zh-CN': (d) => `已被 ${s(d.signal)} 中断；未写完的临时文件已删除，原有输出文件保持不变`,
    en: (d) => `interrupted by ${s(d.signal)}; the unfinished temporary file was removed and any existing output left as it was`,
  },
};

/** A place in a file: "file, sheet “x”, row 3, column “y”" (what the reader knows of it). */
export const PLACE: Msg<{ file?: string; sheet?: string; row?: number; column?: string }> = {
  'zh-CN': (p) => [p.file, p.sheet && `工作表“${p.sheet}”`, p.row && `第 ${p.row} 行`, p.column && `“${p.column}”列`].filter(Boolean).join('，'),
  en: (p) => [p.file, p.sheet && `sheet "${p.sheet}"`, p.row && `row ${p.row}`, p.column && `column "${p.column}"`].filter(Boolean).join(', '),
};

/** A bug in qingdan (exit 70): one line with the version. */
export const INTERNAL_ERROR: Msg<{ version: string; message: string }> = {
  'zh-CN': (d) => `qingdan ${d.version}：内部错误（qingdan 的缺陷，抱歉）：${d.message}。请报告此问题；设置 QINGDAN_DEBUG=1 可查看堆栈。`,
  en: (d) => `qingdan ${d.version}: internal error (a bug in qingdan, sorry): ${d.message}. Please report it; set QINGDAN_DEBUG=1 to see the stack.`,
};

/** With QINGDAN_DEBUG=1, the second line of an error: what the library or the system said, as it said it. */
export const DEBUG_CAUSE: Msg<{ text: string }> = {
  'zh-CN': (d) => `  原始信息：${d.text}`,
  en: (d) => `  cause: ${d.text}`,
};
