/**
 * The reasons of errors, in both languages: what a library (yaml, csv-parse, exceljs, ajv, zlib) or
 * the system said, in qingdan's words, so a zh-CN user reads no English. The library's own text stays
 * on the error's cause (QINGDAN_DEBUG=1 shows it).
 */
import type { CsvErrorCode } from 'csv-parse';
import type { ErrorCode as YamlErrorCode } from 'yaml';
import type { Reason } from '../../errors.js';
import type { Lang, Msg } from '../../text/lang.js';
import { EXPORT_TEXT } from '../../text/export.js';
import { ACCEPTANCE_REASONS } from '../../text/acceptance.js';
import { ANNOTATE_USAGE } from './annotate.js';
import { PUBLISH_TEXT } from '../../text/publish.js';
import { MAP_REASONS } from './revisions.js';
import { PUNCT } from '../../text/punct.js';

type A = Record<string, unknown>;
const s = (v: unknown): string => (v === undefined || v === null ? '' : String(v));
const list = (v: unknown, sep: string): string => (Array.isArray(v) ? v.map(s).join(sep) : s(v));
const plain = (zh: string, en: string): Msg<A> => ({ 'zh-CN': () => zh, en: () => en });
/** A message without arguments kept in another text file. */
const fixed = (m: Msg<Record<string, never>>): Msg<A> => ({ 'zh-CN': () => m['zh-CN']({}), en: () => m.en({}) });

/** The yaml package's error codes (its parse errors), keyed so a new code fails to compile. */
export const YAML_SYNTAX: Record<YamlErrorCode, Msg<A>> = {
  ALIAS_PROPS: plain('别名不能带锚点或标签', 'an alias cannot have an anchor or a tag'),
  BAD_ALIAS: plain('别名写法有误或指向不存在的锚点', 'a malformed alias, or one naming no anchor'),
  BAD_DIRECTIVE: plain('无法识别的 % 指令', 'an unrecognised % directive'),
  BAD_DQ_ESCAPE: plain('双引号字符串中有无效的转义（\\ 后的字符）', 'an invalid escape (after \\) in a double-quoted string'),
  BAD_INDENT: plain('缩进不正确（同一层的键或列表项应对齐）', 'wrong indentation (keys or list entries of one level must line up)'),
  BAD_PROP_ORDER: plain('锚点或标签的位置不正确', 'an anchor or a tag in the wrong place'),
  BAD_SCALAR_START: plain('值的开头字符不能直接使用（请给值加引号）', 'a value cannot start with this character (quote the value)'),
  BLOCK_AS_IMPLICIT_KEY: plain('多行内容不能用作键', 'a block cannot be used as a key'),
  BLOCK_IN_FLOW: plain('方括号或花括号内不能使用缩进的多行写法', 'indented block content inside [ ] or { }'),
  DUPLICATE_KEY: plain('同一映射中有重复的键', 'a duplicate key in one mapping'),
  IMPOSSIBLE: plain('无法解析的内容', 'content that cannot be parsed'),
  KEY_OVER_1024_CHARS: plain('键超过 1024 个字符', 'a key longer than 1024 characters'),
  MISSING_CHAR: plain('缺少必需的字符（闭合引号、括号、冒号或列表项前的“- ”）', 'a missing character (a closing quote or bracket, a colon, or the "- " of a list entry)'),
  MULTILINE_IMPLICIT_KEY: plain('键不能跨行（可能少了冒号或缩进不对）', 'a key cannot span lines (a missing colon, or wrong indentation?)'),
  MULTIPLE_ANCHORS: plain('一个节点有多个锚点', 'a node with more than one anchor'),
  MULTIPLE_DOCS: plain('文件中有多个 YAML 文档（---），只能有一个', 'more than one YAML document (---) in the file; there must be one'),
  MULTIPLE_TAGS: plain('一个节点有多个标签', 'a node with more than one tag'),
  NON_STRING_KEY: plain('键应为文字', 'a key must be text'),
  RESOURCE_EXHAUSTION: plain('内容展开过大，拒绝读取', 'the content expands too far; refused'),
  TAB_AS_INDENT: plain('不能用制表符（Tab）缩进，请改用空格', 'tabs cannot indent; use spaces'),
  TAG_RESOLVE_FAILED: plain('不支持的标签', 'an unsupported tag'),
  UNEXPECTED_TOKEN: plain('此处出现了意外的字符', 'an unexpected character here'),
  BAD_COLLECTION_TYPE: plain('列表或映射的类型有误', 'a list or mapping of the wrong type'),
};

/** csv-parse's error codes. The option codes would be a bug in qingdan's call; they get a plain message all the same. */
export const CSV_PARSE: Record<CsvErrorCode, Msg<A>> = {
  CSV_INVALID_ARGUMENT: plain('解析参数有误', 'invalid parser argument'),
  CSV_INVALID_CLOSING_QUOTE: plain('带引号的单元格在闭合引号后还有字符（单元格内的双引号应写成两个 ""）', 'characters after the closing quote of a quoted cell (a double quote inside a cell is written twice, "")'),
  CSV_INVALID_COLUMN_DEFINITION: plain('列定义有误', 'invalid column definition'),
  CSV_INVALID_COLUMN_MAPPING: plain('列映射有误', 'invalid column mapping'),
  CSV_INVALID_OPTION_BOM: plain('解析选项有误', 'invalid parser option'),
  CSV_INVALID_OPTION_CAST: plain('解析选项有误', 'invalid parser option'),
  CSV_INVALID_OPTION_CAST_DATE: plain('解析选项有误', 'invalid parser option'),
  CSV_INVALID_OPTION_COLUMNS: plain('解析选项有误', 'invalid parser option'),
  CSV_INVALID_OPTION_COMMENT: plain('解析选项有误', 'invalid parser option'),
  CSV_INVALID_OPTION_DELIMITER: plain('解析选项有误', 'invalid parser option'),
  CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME: plain('解析选项有误', 'invalid parser option'),
  CSV_INVALID_OPTION_ON_RECORD: plain('解析选项有误', 'invalid parser option'),
  CSV_MAX_RECORD_SIZE: plain('一行过长', 'a record is too long'),
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: plain('带引号的单元格在闭合引号后还有字符', 'characters after the closing quote of a quoted cell'),
  CSV_OPTION_COLUMNS_MISSING_NAME: plain('列缺少名称', 'a column without a name'),
  CSV_QUOTE_NOT_CLOSED: plain('带引号的单元格没有闭合引号', 'a quoted cell is never closed'),
  CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: plain('各行的列数不一致', 'rows have different numbers of fields'),
  CSV_RECORD_INCONSISTENT_COLUMNS: plain('各行的列数与表头不一致', 'rows do not have the columns of the header'),
  CSV_UNKNOWN_ERROR: plain('无法解析', 'cannot be parsed'),
  INVALID_OPENING_QUOTE: plain('单元格中间出现了引号（引号只能在单元格开头）', 'a quote in the middle of a cell (a quote may only open a cell)'),
};

/** What the system's errno codes mean for a file; others are named by their code. */
export const FS: Record<string, Msg<A>> = {
  ENOENT: plain('文件或目录不存在', 'no such file or folder'),
  EACCES: plain('没有访问权限', 'permission denied'),
  EPERM: plain('操作不被允许（权限不足）', 'operation not permitted'),
  EISDIR: plain('这是一个目录，不是文件', 'this is a folder, not a file'),
  ENOTDIR: plain('路径中的某一级不是目录', 'a part of the path is not a folder'),
  ENOSPC: plain('磁盘空间不足', 'no space left on the disk'),
  EDQUOT: plain('超出磁盘配额', 'disk quota exceeded'),
  EROFS: plain('文件系统是只读的', 'the file system is read-only'),
  EEXIST: plain('文件已存在', 'the file exists'),
  EMFILE: plain('同时打开的文件过多', 'too many open files'),
  ENFILE: plain('同时打开的文件过多', 'too many open files'),
  ENAMETOOLONG: plain('文件名过长', 'the file name is too long'),
  ELOOP: plain('符号链接层数过多（可能是循环链接）', 'too many levels of symbolic links (a loop?)'),
  EBUSY: plain('文件正被占用', 'the file is busy'),
  EXDEV: plain('不能跨文件系统移动文件', 'cannot move a file across file systems'),
  EIO: plain('读写设备出错', 'an input/output error'),
  EINVAL: plain('无效的路径或参数', 'an invalid path or argument'),
};

const fsText = (d: A, lang: Lang): string => {
  const code = s(d.code);
  const m = FS[code];
  const text = m ? m[lang](d) : lang === 'en' ? 'a system error' : '系统错误';
  return `${text}${PUNCT[lang].paren(code)}`;
};

/** A JSON Schema path ("rules.gap", "waivers.0") as written, or the top level. */
const at = (d: A, lang: Lang): string => (d.path ? `${s(d.path)}${PUNCT[lang].colon}` : '');

export const REASONS: Record<Reason, Msg<A>> = {
  'zip-no-end': plain('找不到压缩包的中央目录结尾（文件可能不完整）', 'no end of the zip central directory (a truncated file?)'),
  'zip64-locator': plain('缺少 zip64 定位记录', 'the zip64 locator is missing'),
  'zip64-record': plain('缺少 zip64 结尾记录', 'the zip64 end record is missing'),
  'zip-too-many-entries': {
    'zh-CN': (d) => `压缩包有 ${s(d.count)} 个条目，超过上限 ${s(d.limit)}`,
    en: (d) => `${s(d.count)} zip entries, over the limit of ${s(d.limit)}`,
  },
  'zip-directory-truncated': plain('中央目录超出文件末尾（文件可能不完整）', 'the central directory runs past the end of the file (truncated?)'),
  'zip-directory-damaged': plain('中央目录已损坏', 'damaged central directory'),
  'zip64-sizes': { 'zh-CN': (d) => `${s(d.entry)} 的 zip64 大小信息已损坏`, en: (d) => `damaged zip64 sizes of ${s(d.entry)}` },
  'zip-method': {
    'zh-CN': (d) => `${s(d.entry)} 使用了不支持的压缩方式 ${s(d.method)}`,
    en: (d) => `unsupported compression method ${s(d.method)} in ${s(d.entry)}`,
  },
  'zip-stored-sizes': { 'zh-CN': (d) => `未压缩的部件 ${s(d.entry)} 有两个不同的大小`, en: (d) => `stored part ${s(d.entry)} has two sizes` },
  'zip-local-header': { 'zh-CN': (d) => `${s(d.entry)} 的本地文件头已损坏`, en: (d) => `damaged local header of ${s(d.entry)}` },
  'zip-part-truncated': {
    'zh-CN': (d) => `${s(d.entry)} 超出文件末尾（文件可能不完整）`,
    en: (d) => `${s(d.entry)} extends beyond the end of the file (truncated?)`,
  },
  'zip-inflate': { 'zh-CN': (d) => `${s(d.entry)} 无法解压（数据已损坏）`, en: (d) => `${s(d.entry)} cannot be inflated (damaged data)` },
  'xlsx-missing-part': { 'zh-CN': (d) => `缺少部件 ${s(d.part)}`, en: (d) => `missing part ${s(d.part)}` },
  'xlsx-xml': {
    'zh-CN': (d) => `工作表的 XML 内容无法解析${d.line ? `（第 ${s(d.line)} 行第 ${s(d.column)} 列）` : ''}`,
    en: (d) => `the XML of a sheet cannot be parsed${d.line ? ` (line ${s(d.line)}, column ${s(d.column)})` : ''}`,
  },
  'xlsx-entity': {
    'zh-CN': () => '工作表的 XML 使用了实体声明（DTD），出于安全原因不予展开',
    en: () => 'the XML of a sheet uses entity declarations (a DTD), which are never expanded',
  },
  'ole-directory-damaged': plain('OLE 目录已损坏', 'damaged OLE directory'),
  'ole-stream-truncated': {
    'zh-CN': (d) => `数据流 ${s(d.stream)} 超出文件末尾（文件可能不完整）`,
    en: (d) => `stream ${s(d.stream)} runs past the end of the file (truncated?)`,
  },
  'workbook-other': plain('旧版工作簿（.xls/.et/.ods）的内容无法读取', 'the legacy workbook (.xls/.et/.ods) content cannot be read'),
  'xlsx-other': plain('工作簿内容无法读取', 'the workbook content cannot be read'),
  'yaml-syntax': {
    'zh-CN': (d) => YAML_SYNTAX[d.yaml as YamlErrorCode]?.['zh-CN'](d) ?? '无法解析',
    en: (d) => YAML_SYNTAX[d.yaml as YamlErrorCode]?.en(d) ?? 'cannot be parsed',
  },
  'yaml-key-not-text': plain('有一个键不是普通文字', 'a key is not plain text'),
  'yaml-not-single': {
    'zh-CN': (d) => `${s(d.field)}：应为单个值，实际是${d.got === 'list' ? '列表' : '映射'}`,
    en: (d) => `${s(d.field)}: expected a single value, got a ${d.got === 'list' ? 'list' : 'mapping'}`,
  },
  'yaml-item-not-map': {
    'zh-CN': (d) => `第 ${s(d.item)} 个事项不是“键: 值”的映射`,
    en: (d) => `item ${s(d.item)} is not a mapping of keys to values`,
  },
  'yaml-kind-bad': {
    'zh-CN': (d) => `kind 为“${s(d.kind)}”，应为 catalogue、delegation 或 zone`,
    en: (d) => `kind is "${s(d.kind)}"; it must be catalogue, delegation or zone`,
  },
  'yaml-kind-missing': plain('缺少 kind（catalogue、delegation 或 zone）', 'kind: is missing (catalogue, delegation or zone)'),
  'yaml-top-empty': plain('文件为空', 'the file is empty'),
  'yaml-top-list': plain('顶层是列表；请把它放在 items: 下，并在旁边写上 kind:', 'the top level is a list; put it under items: with kind: beside it'),
  'yaml-top-scalar': plain('顶层是单个值', 'the top level is a single value'),
  'yaml-no-items': plain('没有 items 键', 'there is no items: key'),
  'yaml-items-not-list': plain('items 不是列表', 'items: is not a list'),
  'yaml-top-not-map': plain('顶层不是映射', 'the top level is not a mapping'),
  'yaml-no-items-line': plain('没有位于行首的 items 键', 'there is no items: key at the start of a line'),
  'schema-required': {
    'zh-CN': (d) => `${at(d, 'zh-CN')}缺少必需的键“${s(d.key)}”`,
    en: (d) => `${at(d, 'en')}must have required property '${s(d.key)}'`,
  },
  'schema-additional': {
    'zh-CN': (d) => `${at(d, 'zh-CN')}不认识的键“${s(d.key)}”`,
    en: (d) => `${at(d, 'en')}must NOT have additional properties “${s(d.key)}”`,
  },
  'schema-type': {
    'zh-CN': (d) => `${at(d, 'zh-CN')}应为${TYPE_ZH[s(d.type)] ?? s(d.type)}`,
    en: (d) => `${at(d, 'en')}must be ${s(d.type)}`,
  },
  'schema-enum': {
    'zh-CN': (d) => `${at(d, 'zh-CN')}应为以下之一：${s(d.allowed)}`,
    en: (d) => `${at(d, 'en')}must be equal to one of the allowed values (${s(d.allowed)})`,
  },
  'schema-const': { 'zh-CN': (d) => `${at(d, 'zh-CN')}应为 ${s(d.allowed)}`, en: (d) => `${at(d, 'en')}must be ${s(d.allowed)}` },
  'schema-pattern': { 'zh-CN': (d) => `${at(d, 'zh-CN')}格式不对（应符合 ${s(d.pattern)}）`, en: (d) => `${at(d, 'en')}must match pattern "${s(d.pattern)}"` },
  'schema-format': { 'zh-CN': (d) => `${at(d, 'zh-CN')}应为 ${s(d.format)} 格式`, en: (d) => `${at(d, 'en')}must match format "${s(d.format)}"` },
  'schema-length': {
    'zh-CN': (d) => `${at(d, 'zh-CN')}${d.max ? '长度不能超过' : '长度不能少于'} ${s(d.limit)} 个字符`,
    en: (d) => `${at(d, 'en')}must NOT have ${d.max ? 'more' : 'fewer'} than ${s(d.limit)} characters`,
  },
  'schema-items': {
    'zh-CN': (d) => `${at(d, 'zh-CN')}${d.max ? '项数不能超过' : '项数不能少于'} ${s(d.limit)}`,
    en: (d) => `${at(d, 'en')}must NOT have ${d.max ? 'more' : 'fewer'} than ${s(d.limit)} items`,
  },
  'schema-range': {
    'zh-CN': (d) => `${at(d, 'zh-CN')}应 ${s(d.comparison)} ${s(d.limit)}`,
    en: (d) => `${at(d, 'en')}must be ${s(d.comparison)} ${s(d.limit)}`,
  },
  'schema-other': {
    'zh-CN': (d) => `${at(d, 'zh-CN')}不符合要求（${s(d.keyword)}）`,
    en: (d) => `${at(d, 'en')}does not meet the schema (${s(d.keyword)})`,
  },
  'regex-invalid': {
    'zh-CN': (d) => `${s(d.key)}：不是有效的正则表达式`,
    en: (d) => `${s(d.key)}: not a valid regular expression`,
  },
  ...ACCEPTANCE_REASONS,
  'csv-parse': {
    'zh-CN': (d) => CSV_PARSE[d.csv as CsvErrorCode]?.['zh-CN'](d) ?? '无法解析',
    en: (d) => CSV_PARSE[d.csv as CsvErrorCode]?.en(d) ?? 'cannot be parsed',
  },
  'write-no-folder': plain('输出文件所在的目录不存在（ENOENT）', "the output's folder does not exist (ENOENT)"),
  fs: { 'zh-CN': (d) => fsText(d, 'zh-CN'), en: (d) => fsText(d, 'en') },
  'usage-diff-git': plain('作为 git 外部比较程序时应有 7 个参数', "as git's external diff, 7 arguments are expected"),
  'usage-diff-two': plain('请给出两个文件：旧版本 新版本', 'give two files: OLD NEW'),
  'usage-sync-catalogue': plain('请用 --catalogue 给出新版目录', 'give the new catalogue with --catalogue'),
  'usage-status-input': plain('请给出下放清单文件或目录', 'give the delegation list files or folders'),
  'usage-export-input': plain('请给出要导出的清单文件或目录', 'give the list files or folders to export'),
  'usage-export-output': plain('请用 -o 指定输出文件', 'name the output file with -o'),
  'usage-merge-git': plain('--git 需要三个文件：%O %A %B（可再加 %P）', '--git takes three files: %O %A %B (and optionally %P)'),
  'usage-merge-base': plain('--base BASE 之后需要两个文件：本方 对方', '--base BASE takes two files: OURS THEIRS'),
  'usage-merge-input': plain('请给出要合并的清单文件或目录', 'give the list files or folders to merge'),
  'usage-merge-output': plain('请用 -o 指定输出文件', 'name the output file with -o'),
  'usage-export-since': fixed(EXPORT_TEXT.sinceNeedsPublish),
  'usage-export-publish-kind': fixed(EXPORT_TEXT.publishKind),
  'usage-export-publish-gate': fixed(EXPORT_TEXT.publishGate),
  'usage-publish-catalogue': fixed(PUBLISH_TEXT.needsCatalogue),
  'usage-publish-allow-findings': fixed(PUBLISH_TEXT.needsPublish),
  'usage-format': {
    'zh-CN': (d) => `未知的输出格式“${s(d.name)}”，可用：${list(d.names, '、')}`,
    en: (d) => `unknown format "${s(d.name)}"; one of: ${list(d.names, ', ')}`,
  },
  'usage-today': {
    'zh-CN': (d) => `--today 应为真实的日期，写作 YYYY-MM-DD（如 2016-09-30），而不是“${s(d.value)}”`,
    en: (d) => `--today must be a real date written YYYY-MM-DD (such as 2016-09-30), not "${s(d.value)}"`,
  },
  ...MAP_REASONS,
  'usage-merge-base-two': plain('三方合并的用法：merge --base 基础版本 本方 对方', 'merge --base BASE OURS THEIRS'),
  'usage-annotate-input': fixed(ANNOTATE_USAGE.annotateInput),
  'usage-xlsx-output': fixed(ANNOTATE_USAGE.xlsxOutput),
};

const TYPE_ZH: Record<string, string> = {
  array: '列表', object: '映射', string: '文字', number: '数字', integer: '整数', boolean: '布尔值（true 或 false）', null: '空值',
};

/** The text of an error's reason (args.reason), or '' when it has none. */
export function reasonText(d: A, lang: Lang): string {
  const r = d.reason as Reason | undefined;
  return r && REASONS[r] ? REASONS[r][lang](d) : '';
}
