/**
 * The CLI's own texts (help of commands, options and arguments; a few status lines), keyed, in
 * zh-CN and en: a key without both languages does not compile.
 */
import type { Lang, Msg } from '../../text/lang.js';

type Text = Record<Lang, string>;

export const CLI_TEXT = {
  'diff.description': { 'zh-CN': '按事项编码比较同一清单或目录的两个版本（任意格式）', en: 'keyed comparison of two versions of one list or catalogue (any format on either side)' },
  'diff.argument': { 'zh-CN': '旧版本 新版本（或 git 外部比较的 7 个参数）', en: 'OLD NEW (or the 7 arguments of git\'s external diff)' },
  'diff.strict': { 'zh-CN': '仅形式不同（全半角、空格、换行、繁简）也算差异', en: 'count differences of form only (width, spaces, line breaks, traditional/simplified)' },
  'diff.noPairing': { 'zh-CN': '不按名称推测改码、合并、拆分（对照表和目录备注仍然采用）', en: 'do not suggest recodes, merges and splits from names (a table and the catalogue notes still count)' },
  'diff.map': { 'zh-CN': '调整对照表（.xlsx/.csv/.yaml：原事项编码、新事项编码、调整类型，可有文号、生效日期），据以认定合并、拆分、改码', en: 'a correspondence table (.xlsx/.csv/.yaml: 原事项编码, 新事项编码, 调整类型, optional 文号, 生效日期) naming merges, splits and recodes' },
  'diff.fields': { 'zh-CN': '只比较这些字段（逗号分隔，英文键或中文列名）', en: 'compare only these fields (comma-separated keys or Chinese headers)' },
  'diff.ignore': { 'zh-CN': '不比较这些字段（逗号分隔）', en: 'leave these fields out (comma-separated)' },
  'diff.textconv': { 'zh-CN': '按行输出清单文本（供 git textconv 使用）', en: 'print a line-per-item text of the list (for git textconv)' },
  'diff.gitExternal': { 'zh-CN': '作为 git 外部比较程序调用（GIT_EXTERNAL_DIFF 或 diff.<驱动>.command）', en: 'called as git\'s external diff (GIT_EXTERNAL_DIFF or diff.<driver>.command)' },
  'export.argument': { 'zh-CN': '清单文件或目录（多个时合为一份，种类取第一个）', en: 'list files or folders (several are joined into one list, of the first one\'s kind)' },
  'export.output': { 'zh-CN': '输出文件（扩展名决定格式：.xlsx .csv .yaml .json .md .html）', en: 'the output file (its extension names the format: .xlsx .csv .yaml .json .md .html)' },
  'export.publish': { 'zh-CN': '生成可发布的管委会清单：先审查（需目录），只公布可公布的已承接事项，用目录的名称、类别、部门和设定依据，按目录顺序，附内容哈希；有错误时拒绝（退出码 1）', en: 'write the publishable zone list: reviews first (needs the catalogue), publishes only the accepted items that may be, in the catalogue\'s names, categories, departments and legal bases and order, with a content hash; refuses on errors (exit 1)' },
  'export.allowFindings': { 'zh-CN': '与 --publish 一起：有错误时仍发布无问题的事项，其余列入“未公布事项”并注明原因', en: 'with --publish: publish the clean items despite errors, listing the others under 未公布事项 with the reason for each' },
  'export.since': { 'zh-CN': '上一版发布的清单：附录列出新增、删除、修改的事项（需 --publish）', en: 'the previous publication: an appendix lists added, removed and changed items (with --publish)' },
  'export.byDepartment': { 'zh-CN': '.xlsx：每个部门一个工作表', en: '.xlsx: one sheet per department' },
  'export.encoding': { 'zh-CN': '.csv 编码（默认 utf8-bom，便于 Excel 打开）', en: '.csv encoding (default utf8-bom, so Excel opens it right)' },
  'export.title': { 'zh-CN': '标题（默认取输入清单的标题）', en: 'title (default: the input list\'s title)' },
  'merge.description': { 'zh-CN': '合并清单：汇总各部门清单为一份，或以共同基础三方合并两份修改稿（可作 git 合并驱动）', en: 'consolidate department lists into one, or merge two edited copies against their base (also a git merge driver)' },
  'merge.argument': { 'zh-CN': '清单文件或目录；--base 时为 本方 对方；--git 时为 %O %A %B [%P]', en: 'list files or folders; with --base: OURS THEIRS; with --git: %O %A %B [%P]' },
  'merge.output': { 'zh-CN': '合并后的清单（扩展名决定格式：.xlsx .csv .yaml .json）', en: 'the merged list (its extension names the format: .xlsx .csv .yaml .json)' },
  'merge.base': { 'zh-CN': '三方合并的共同基础版本', en: 'the common base of a three-way merge' },
  'merge.git': { 'zh-CN': '作为 git 合并驱动：结果写回 %A，有冲突时标注并以 1 退出', en: 'act as a git merge driver: the result replaces %A, marked and exit 1 when conflicts remain' },
  'merge.conflicts': { 'zh-CN': '冲突处理：mark 写入“冲突”列（默认），keep-ours 取本方，keep-theirs 取对方，fail 有冲突时不写出', en: 'settle conflicts: mark them in a 冲突 column (default), keep-ours, keep-theirs, or fail (write nothing while conflicts remain)' },
  'options.format': { 'zh-CN': '输出格式（默认 pretty，无论是否输出到终端；JSON 须用 --format json）', en: 'output format (default pretty, on a terminal or not; JSON only with --format json)' },
  'options.lang': { 'zh-CN': '消息语言（默认取 LANG，否则 zh-CN）', en: 'message language (default from LANG, else zh-CN)' },
  'options.failOn': { 'zh-CN': '在此级别及以上的问题时以 1 退出', en: 'exit 1 on findings at or above this level' },
  'options.catalogue': { 'zh-CN': '市级目录文件', en: 'the municipal master catalogue file' },
  'options.config': { 'zh-CN': '配置文件（默认向上查找 qingdan.config.yaml）', en: 'configuration file (default: qingdan.config.yaml found upward)' },
  'options.positiveInteger': { 'zh-CN': '应为大于 0 的整数', en: 'expected a whole number above 0' },
  'options.sheet': { 'zh-CN': '只读取该工作表（.xlsx）', en: 'read only this sheet (.xlsx)' },
  'options.kind': { 'zh-CN': '文件种类（默认自动判断）', en: 'kind of file (default: detected)' },
  'options.maxFileSize': { 'zh-CN': '单个文件大小上限（字节）', en: 'size limit per input file, in bytes' },
  'options.maxRows': { 'zh-CN': '每个文件的行数上限', en: 'row limit per input file' },
  'options.today': { 'zh-CN': '按此日期（YYYY-MM-DD）计算逾期承接和豁免到期（默认今天），便于复现某一天的审核结果', en: 'the date (YYYY-MM-DD) overdue acceptance and waiver expiry are counted from (default: today), to reproduce a day\'s review' },
  'options.force': { 'zh-CN': '覆盖已存在的输出文件', en: 'replace an existing output file' },
  'options.inPlace': { 'zh-CN': '允许输出覆盖输入文件', en: 'allow the output to replace an input file' },
  'program.description': { 'zh-CN': '行政权力下放清单工具：校验、比较、合并、同步、统计与发布', en: 'lists of delegated administrative powers: validate, diff, merge, sync, status and export' },
  'program.version': { 'zh-CN': '显示版本号', en: 'print the version' },
  'program.help': { 'zh-CN': '显示帮助', en: 'show help' },
  'program.helpCommand': { 'zh-CN': '显示某个命令的帮助', en: 'show help for a command' },
  'program.helpAfterError': { 'zh-CN': '（用 --help 查看用法）', en: '(add --help for usage)' },
  'status.description': { 'zh-CN': '承接进度：各部门、各批次的下放、承接、待承接、暂缓与争议情况', en: 'staged-acceptance picture: per department and batch, delegated, accepted, pending, deferred, disputed' },
  'status.argument': { 'zh-CN': '下放清单文件或目录', en: 'delegation list files or folders' },
  'status.who': { 'zh-CN': '查询事项现由谁行使（管委会或市级部门）及原因', en: 'who exercises these items today (the zone or the department), and why' },
  'status.html': { 'zh-CN': '另写一个独立的 HTML 看板文件', en: 'also write a self-contained HTML dashboard' },
  'status.title': { 'zh-CN': '看板标题（默认取管委会清单的标题，否则为“承接进度”）', en: 'the dashboard title (default: the zone list\'s title, else 承接进度)' },
  'sync.description': { 'zh-CN': '目录变化对下放清单或管委会清单意味着什么：待决定、应取消、应更新的事项', en: 'what a catalogue change means for a delegation or zone list: items to decide, to cancel, to update' },
  'sync.argument': { 'zh-CN': '下放清单或管委会清单', en: 'the delegation or zone list' },
  'sync.from': { 'zh-CN': '上一版目录：同时列出目录本身的变化', en: 'the previous catalogue: also say what changed in the catalogue itself' },
  'sync.map': { 'zh-CN': '调整对照表：按表把清单中的原事项改码、合并、拆分，沿用原下放意见和承接状态', en: 'a correspondence table: recode, merge and split the list\'s items as it says, carrying their decisions and acceptance' },
  'sync.write': { 'zh-CN': '写出更新后的清单（格式取自扩展名）', en: 'write the updated list (format from the extension)' },
  'sync.strict': { 'zh-CN': '仅形式不同也算不一致', en: 'differences of form only count' },
  'ui.description': { 'zh-CN': '在本机浏览器中审核：放入目录和清单，查看问题、承接进度，下载结果（仅 127.0.0.1，带会话令牌）', en: 'the review in a local browser page: drop the catalogue and the lists, read the findings and the acceptance figures, download the results (127.0.0.1 only, with a session token)' },
  'ui.port': { 'zh-CN': '端口（默认自动选择空闲端口）', en: 'the port (default: a free one)' },
  'ui.noOpen': { 'zh-CN': '不自动打开浏览器', en: 'do not open the browser' },
  'validate.description': { 'zh-CN': '校验下放清单：逐项检查，并与市级目录、管委会清单核对', en: 'check lists alone and against the catalogue and the zone list' },
  'validate.argument': { 'zh-CN': '清单文件或目录', en: 'list files or folders' },
  'validate.zone': { 'zh-CN': '管委会清单（核对已承接事项是否已公布）', en: 'the published zone list (checked against the accepted items)' },
  'validate.baseline': { 'zh-CN': '豁免清单（默认 qingdan.baseline.yaml）', en: 'waivers (default: qingdan.baseline.yaml)' },
  'validate.writeBaseline': { 'zh-CN': '把当前问题写成豁免清单', en: 'write a baseline of the current findings' },
  'validate.docsUrl': { 'zh-CN': '规则说明页的地址前缀（如 https://example.org/qingdan/rules/），用于报告中的链接（默认取配置文件的 docsUrl）', en: 'where the rule pages are published (such as https://example.org/qingdan/rules/), for the links in reports (default: the configuration\'s docsUrl)' },
  'validate.department': { 'zh-CN': '只报告该部门的问题（可重复；未注明部门的问题照常列出）', en: 'report only findings of this department (repeatable; findings without a department are kept)' },
  'validate.allDepartments': { 'zh-CN': '逐个列出清单文件时也做全部部门的审核（报告其他部门的漏项和未报送）', en: 'the full review even when list files are named one by one (gaps and missing lists of every department)' },
  'validate.since': { 'zh-CN': '上一轮的 --format json 报告：标出新增和未改正的问题，列出已改正的问题', en: 'an earlier round\'s --format json report: marks findings new or still open and lists the resolved ones' },
  'validate.verbose': { 'zh-CN': '逐条列出提示级问题（如尚未承接的事项）', en: 'list info findings (such as items not yet accepted) one by one' },
  'validate.annotate': { 'zh-CN': '为每个有问题的清单写一份审核意见副本（原表格，问题单元格标色并加批注）到此目录', en: 'write an annotated copy of every list with findings (the list as received, its cells marked and noted) into this folder' },
  'validate.output': { 'zh-CN': '把报告写到此文件（--format xlsx 时必需）', en: 'write the report to this file (required with --format xlsx)' },
} as const satisfies Record<string, Text>;

export type CliTextKey = keyof typeof CLI_TEXT;

/** The files a command writes beside its report. */
export const CLI_WROTE = {
  baseline: { 'zh-CN': (d) => `已写入豁免清单 ${d.path}`, en: (d) => `wrote the baseline ${d.path}` },
  file: { 'zh-CN': (d) => `已写入 ${d.path}`, en: (d) => `wrote ${d.path}` },
} as const satisfies Record<string, Msg<{ path: string }>>;

/** The progress line while files are read (stderr, on a terminal only). */
export const PROGRESS_LINE: Msg<{ file: string; items: string; files: number }> = {
  'zh-CN': (d) => `正在读取 ${d.file}：已读 ${d.items} 项${d.files > 1 ? `（同时读取 ${d.files} 个文件）` : ''}……`,
  en: (d) => `reading ${d.file}: ${d.items} items${d.files > 1 ? ` (${d.files} files at once)` : ''}…`,
};
