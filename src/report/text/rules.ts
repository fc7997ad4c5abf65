/**
 * The message of every rule, in zh-CN and en, as a function of the finding's details: what is
 * wrong, what was expected and, where there is one, the fix. Places are not repeated here: the
 * formatters show file, sheet, row and column beside the message.
 */
import type { CommonDetails, OtherPlace, Requirement, RuleDetails } from '../../check/details.js';
import type { Finding } from '../../check/finding.js';
import type { RuleId } from '../../check/rule-ids.js';
import type { ErrorCode } from '../../errors.js';
import type { Lang, Msg } from '../../text/lang.js';
import { ERROR_MESSAGES } from './errors.js';
import { overdueMessage } from './acceptance.js';

const s = (v: unknown): string => (v === undefined || v === null ? '' : String(v));
const q = (v: unknown): string => `“${s(v)}”`;
const eq = (v: unknown): string => `"${s(v)}"`;
const list = (vs: readonly unknown[] | undefined, sep: string): string => (vs ?? []).map(s).join(sep);

const otherZh = (o: OtherPlace | undefined): string =>
  o ? `${s(o.file)}${o.sheet ? `工作表${q(o.sheet)}` : ''}第 ${s(o.row)} 行${o.department ? `（${s(o.department)}）` : ''}` : '另一处';
const otherEn = (o: OtherPlace | undefined): string =>
  o ? `${s(o.file)}${o.sheet ? ` sheet "${s(o.sheet)}"` : ''} row ${s(o.row)}${o.department ? ` (${s(o.department)})` : ''}` : 'another row';

const WHY_ZH: Record<Requirement, (d: RuleDetails['missing-value']) => string> = {
  always: () => '此项为必填',
  'not-delegated': (d) => `下放意见为${q(d.decision)}时必须说明不下放理由`,
  delegated: () => '下放意见为“下放”时必须填写下放方式和下放范围',
  partial: () => '部分下放时须在备注中写明保留（不下放）的部分',
  accepted: () => '承接状态为“已承接”时必须填写承接批次和承接日期',
  'empty-list': () => '清单中没有任何事项（只有表头）',
};
const WHY_EN: Record<Requirement, (d: RuleDetails['missing-value']) => string> = {
  always: () => 'it is required',
  'not-delegated': (d) => `a decision of ${eq(d.decision)} needs a reason (不下放理由)`,
  delegated: () => 'a decision of 下放 needs a mode (下放方式) and a scope (下放范围)',
  partial: () => '部分下放 (partial delegation) needs a note saying what the department keeps',
  accepted: () => 'an accepted (已承接) item needs a batch (承接批次) and a date (承接日期)',
  'empty-list': () => 'the list holds no item at all (a header and nothing under it)',
};

const EXPECT_ZH: Record<RuleDetails['invalid-value']['expected'], (d: RuleDetails['invalid-value']) => string> = {
  enum: (d) => `应为以下之一：${list(d.allowed, '、')}`,
  date: () => '应为日期，如 2016-06-30、2016/6/30 或 2016年6月30日',
  batch: () => '应为正整数批次，如 1、第3批 或 第三批',
  pattern: (d) => `不符合目录编码规则 ${s(d.pattern)}`,
  text: () => '应为文本',
};
const EXPECT_EN: Record<RuleDetails['invalid-value']['expected'], (d: RuleDetails['invalid-value']) => string> = {
  enum: (d) => `expected one of ${list(d.allowed, ', ')}`,
  date: () => 'expected a date such as 2016-06-30, 2016/6/30 or 2016年6月30日',
  batch: () => 'expected a positive batch number such as 1, 第3批 or 第三批',
  pattern: (d) => `it breaks the catalogue's code pattern ${s(d.pattern)}`,
  text: () => 'expected text',
};

const suggestZh = (d: RuleDetails['unknown-code']): string =>
  d.suggestions?.length ? `；可能是：${d.suggestions.map((x) => (x.subItem ? `子项${q(x.subItem)}` : `${s(x.code)}（${s(x.name)}）`)).join('、')}` : '；目录中没有相近的编码，请核对目录版本';
const suggestEn = (d: RuleDetails['unknown-code']): string =>
  d.suggestions?.length ? `; did you mean ${d.suggestions.map((x) => (x.subItem ? `sub-item "${s(x.subItem)}"` : `${s(x.code)} (${s(x.name)})`)).join(', ')}?` : '; no close code in the catalogue: check the catalogue version';

const ZONE_ZH: Record<RuleDetails['zone-mismatch']['reason'], (d: RuleDetails['zone-mismatch']) => string> = {
  'not-in-delegation': () => '管委会清单列有此事项，但任何部门的下放清单中都没有；请核实该事项是否已下放，或从管委会清单中删除',
  'not-accepted': (d) => `管委会清单列有此事项，但下放清单（${otherZh(d.other)}）中的承接状态为${q(d.status)}，不是“已承接”；请完成承接或从管委会清单中删除`,
  'not-published': () => '此事项已承接，但管委会清单中没有；请在管委会清单中补列',
  differs: (d) => `管委会清单的${q(d.field)}为${q(d.value)}，下放清单（${otherZh(d.other)}）为${q(d.expected)}；请统一两处`,
};
const ZONE_EN: Record<RuleDetails['zone-mismatch']['reason'], (d: RuleDetails['zone-mismatch']) => string> = {
  'not-in-delegation': () => 'the zone list publishes this item but no department delegation list has it: check that it was delegated, or remove it from the zone list',
  'not-accepted': (d) => `the zone list publishes this item but the delegation list (${otherEn(d.other)}) has status ${eq(d.status)}, not 已承接: finish the acceptance or remove it from the zone list`,
  'not-published': () => 'this item is accepted (已承接) but the zone list does not publish it: add it to the zone list',
  differs: (d) => `the zone list has ${s(d.field)} ${eq(d.value)} but the delegation list (${otherEn(d.other)}) has ${eq(d.expected)}: make them agree`,
};

/**
 * A rule's entry: its one-line title (SARIF shortDescription, report headings, the first line of its
 * docs page), its message, and examples of its details covering each case the message branches on
 * (tests/report/text/rules.test.ts renders every one in both languages). Each part is required, in
 * both languages, so a rule without one fails to compile.
 */
export type RuleText<D> = Msg<D> & { title: Record<Lang, string>; examples: readonly [D, ...D[]] };

type Messages = { [K in RuleId]: RuleText<RuleDetails[K]> };

/** The other place of the examples (a duplicate, a delegation list row). */
const OTHER: OtherPlace = { file: 'depts/市教育局.xlsx', sheet: '清单', row: 12, department: '市教育局' };

export const RULE_MESSAGES: Messages = {
  'file-unreadable': {
    title: { 'zh-CN': '文件无法读取', en: 'file cannot be read' },
    examples: [{ error: 'xls-legacy', args: {} }, { error: 'yaml-syntax', args: { detail: 'bad indentation' } }],
    'zh-CN': (d) => `无法读取此文件：${ERROR_MESSAGES[d.error as ErrorCode]?.['zh-CN'](d.args ?? {}) ?? s(d.error)}`,
    en: (d) => `this file cannot be read: ${ERROR_MESSAGES[d.error as ErrorCode]?.en(d.args ?? {}) ?? s(d.error)}`,
  },
  'missing-column': {
    title: { 'zh-CN': '缺少必需列', en: 'required column missing' },
    examples: [
      { field: 'department', header: '实施部门', kind: 'delegation' },
      {
        field: 'code', header: '事项编码', kind: 'delegation', unrecognised: [{ header: '事项编吗', nearest: '事项编码' }, { header: '联系人' }],
        notRun: ['unknown-code', 'gap'],
      },
    ],
    'zh-CN': (d) =>
      `缺少必需的列${q(d.header)}；请在表头中加上此列（也可用数据规范中的别名）` +
      (d.unrecognised?.length ? `。表头中未识别的列：${d.unrecognised.map((u) => q(u.header) + (u.nearest ? `（是否应为${q(u.nearest)}？）` : '')).join('、')}` : '') +
      (d.notRun?.length ? `。依赖此列的目录比对未对此文件运行：${list(d.notRun, '、')}` : ''),
    en: (d) =>
      `the required column ${eq(d.header)} (${s(d.field)}) is missing: add it to the header row (an accepted alias also works)` +
      (d.unrecognised?.length ? `; headers not recognised: ${d.unrecognised.map((u) => eq(u.header) + (u.nearest ? ` (${eq(u.nearest)}?)` : '')).join(', ')}` : '') +
      (d.notRun?.length ? `; the catalogue checks that need it were not run for this file: ${list(d.notRun, ', ')}` : ''),
  },
  'missing-value': {
    title: { 'zh-CN': '必填项为空', en: 'required value empty' },
    examples: [
      { field: 'name', header: '事项名称', when: 'always' },
      { field: 'reason', header: '不下放理由', when: 'not-delegated', decision: '暂不下放' },
      { field: 'mode', header: '下放方式', when: 'delegated', decision: '下放' },
      { field: 'note', header: '备注', when: 'partial', scope: '部分下放' },
      { field: 'batch', header: '承接批次', when: 'accepted', status: '已承接' },
    ],
    'zh-CN': (d) => `${q(d.header)}为空：${(WHY_ZH[d.when] ?? WHY_ZH.always)(d)}；请补填`,
    en: (d) => `${eq(d.header)} is empty: ${(WHY_EN[d.when] ?? WHY_EN.always)(d)}; fill it in`,
  },
  'invalid-value': {
    title: { 'zh-CN': '取值无效', en: 'invalid value' },
    examples: [
      { field: 'decision', header: '下放意见', value: '同意', expected: 'enum', allowed: ['下放', '不下放', '暂不下放'] },
      { field: 'acceptedOn', header: '承接日期', value: '六月底', expected: 'date' },
      { field: 'batch', header: '承接批次', value: '首批', expected: 'batch' },
      { field: 'code', header: '事项编码', value: 'xk-2', expected: 'pattern', pattern: 'XK\\d+' },
      { field: 'code', header: 'code', value: '0012', expected: 'text', reason: 'yaml-number' },
      { header: 'x-laws', value: 'x-laws', expected: 'text', reason: 'yaml-unknown-key' },
    ],
    'zh-CN': (d) =>
      d.reason === 'yaml-number'
        ? `事项编码 ${s(d.value)} 在 YAML 中未加引号，会被当作数字读取（丢失前导零）；请写成 ${s(d.expected)}`
        : d.reason === 'yaml-unknown-key'
        ? `顶层键${q(d.value)}不是清单格式中的键，已忽略`
        : `${q(d.header ?? d.field)}的值${q(d.value)}无效：${(EXPECT_ZH[d.expected as keyof typeof EXPECT_ZH] ?? EXPECT_ZH.text)(d)}`,
    en: (d) =>
      d.reason === 'yaml-number'
        ? `the code ${s(d.value)} is unquoted in YAML, so it reads as a number (leading zeros lost): write it as ${s(d.expected)}`
        : d.reason === 'yaml-unknown-key'
        ? `the top-level key ${eq(d.value)} is not one of the list format's; it is ignored`
        : `${eq(d.header ?? d.field)} has the invalid value ${eq(d.value)}: ${(EXPECT_EN[d.expected as keyof typeof EXPECT_EN] ?? EXPECT_EN.text)(d)}`,
  },
  'duplicate-code': {
    title: { 'zh-CN': '事项编码重复', en: 'duplicate item code' },
    examples: [{ across: false, other: OTHER }, { subItem: '子项一', across: true, other: OTHER }],
    'zh-CN': (d) => `事项编码${d.subItem ? `（子项${q(d.subItem)}）` : ''}重复，已出现在${otherZh(d.other)}${d.across ? '，同一事项不能由两个部门的清单同时申报；请与对方部门核实归属后删除一处' : '；请删除重复行或更正编码'}`,
    en: (d) => `duplicate code${d.subItem ? ` (sub-item "${s(d.subItem)}")` : ''}: it is also at ${otherEn(d.other)}${d.across ? '; one item cannot be listed by two departments: agree which owns it and remove the other' : '; remove the duplicate row or correct the code'}`,
  },
  'unknown-code': {
    title: { 'zh-CN': '目录中无此编码', en: 'code not in the catalogue' },
    examples: [
      { name: '甲', suggestions: [{ code: 'XK0002', name: '药品零售企业许可' }] },
      { name: '甲', subItem: '市政工程', suggestions: [{ code: 'XK0101', name: '建设工程规划许可', subItem: '建筑工程' }] },
      { suggestions: [] },
    ],
    'zh-CN': (d) => (d.subItem ? `目录中此编码下没有子项${q(d.subItem)}` : '目录中没有此事项编码') + suggestZh(d),
    en: (d) => (d.subItem ? `the catalogue has no sub-item "${s(d.subItem)}" under this code` : 'this code is not in the catalogue') + suggestEn(d),
  },
  'name-mismatch': {
    title: { 'zh-CN': '事项名称与目录不一致', en: 'name differs from the catalogue' },
    examples: [{ name: '食品流通许可', expected: '食品经营许可' }],
    'zh-CN': (d) => `事项名称${q(d.name)}与目录不一致，目录为${q(d.expected)}；请按目录名称填写`,
    en: (d) => `the name "${s(d.name)}" differs from the catalogue's "${s(d.expected)}": use the catalogue's name`,
  },
  'category-mismatch': {
    title: { 'zh-CN': '权力类别与目录不一致', en: 'category differs from the catalogue' },
    examples: [{ category: '行政许可', expected: '行政处罚' }],
    'zh-CN': (d) => `权力类别${q(d.category)}与目录不一致，目录为${q(d.expected)}；请按目录更正`,
    en: (d) => `the category "${s(d.category)}" differs from the catalogue's "${s(d.expected)}": correct it`,
  },
  'department-mismatch': {
    title: { 'zh-CN': '实施部门与目录不一致', en: 'department differs from the catalogue' },
    examples: [{ department: '市卫健委', expected: '市市场监管局' }],
    'zh-CN': (d) => `目录中此事项的实施部门为${q(d.expected)}，而不是${q(d.department)}；请由${q(d.expected)}申报，或核实目录`,
    en: (d) => `the catalogue gives this item to "${s(d.expected)}", not "${s(d.department)}": let ${s(d.expected)} list it, or check the catalogue`,
  },
  'cancelled-item': {
    title: { 'zh-CN': '目录中已取消的事项', en: 'item cancelled in the catalogue' },
    examples: [{ name: '广告发布登记', version: '2024' }, {}],
    'zh-CN': (d) => `事项${d.name ? q(d.name) : ''}在目录${d.version ? `（${s(d.version)}）` : ''}中已取消，不应再列入清单；请删除此行`,
    en: (d) => `the item${d.name ? ` "${s(d.name)}"` : ''} is cancelled (已取消) in the catalogue${d.version ? ` (${s(d.version)})` : ''} and must not be listed: remove the row`,
  },
  gap: {
    title: { 'zh-CN': '漏项', en: 'catalogue item missing from every list' },
    examples: [{ department: '市规划局', name: '建设工程规划许可', subItem: '市政工程' }, { department: '市教育局', items: 80 }],
    'zh-CN': (d) =>
      d.items !== undefined
        ? `部门${q(d.department)}在目录中有 ${s(d.items)} 项有效事项，但未提交下放清单；请该部门提交清单`
        : `目录事项${d.name ? q(d.name) : ''}${d.subItem ? `（子项${q(d.subItem)}）` : ''}未出现在任何部门的下放清单中；请${q(d.department)}在清单中补列并给出下放意见`,
    en: (d) =>
      d.items !== undefined
        ? `department "${s(d.department)}" owns ${s(d.items)} active catalogue items but submitted no delegation list: it must submit one`
        : `the catalogue item${d.name ? ` "${s(d.name)}"` : ''}${d.subItem ? ` (sub-item "${s(d.subItem)}")` : ''} is in no delegation list: ${s(d.department)} must list it with a decision`,
  },
  dispute: {
    title: { 'zh-CN': '争议事项', en: 'disputed item' },
    examples: [
      { decision: '不下放', acceptance: '坚持承接', open: true },
      { decision: '暂不下放', acceptance: '坚持承接', resolution: '待协调', open: true },
      { decision: '不下放', acceptance: '坚持承接', resolution: '下放', open: false },
    ],
    'zh-CN': (d) =>
      `部门意见为${q(d.decision)}，管委会${q(d.acceptance)}` +
      (d.open ? `，争议未解决${d.resolution ? `（协调结果：${s(d.resolution)}）` : ''}；请协调后在“协调结果”中填写“下放”或“不下放”` : `，已协调解决：${s(d.resolution)}`),
    en: (d) =>
      `the department says ${eq(d.decision)} but the zone insists (${s(d.acceptance)})` +
      (d.open ? `; the dispute is open${d.resolution ? ` (协调结果: ${s(d.resolution)})` : ''}: coordinate and record 下放 or 不下放 in 协调结果` : `; resolved: ${s(d.resolution)}`),
  },
  'missing-confirmation': {
    title: { 'zh-CN': '缺少书面确认', en: 'written confirmation missing' },
    examples: [{ fields: ['delegatorConfirmation'], headers: ['放权方确认'] }],
    'zh-CN': (d) => `事项已承接，但缺少书面确认：${list(d.headers, '、')}；请填写确认文号或日期`,
    en: (d) => `the item is accepted (已承接) without the written confirmation(s) ${list(d.headers, ', ')}: enter the document number or date`,
  },
  'legal-review': {
    title: { 'zh-CN': '合法性审查未通过', en: 'legality review not passed' },
    examples: [{ value: '待审查' }, { value: '' }],
    'zh-CN': (d) => `已承接事项的合法性审查为“${s(d.value) || '空'}”，应为“通过”；请完成合法性审查或更正承接状态`,
    en: (d) => `accepted item has legal review "${s(d.value) || 'empty'}"; it must be 通过: complete the review or correct the status`,
  },
  'partial-delegation': {
    title: { 'zh-CN': '部分下放', en: 'partial delegation' },
    examples: [{ kept: '保留跨区县事项' }, { kept: '' }],
    'zh-CN': (d) => `部分下放，需重点监督；保留部分：${s(d.kept) || '（备注未写明）'}`,
    en: (d) => `partially delegated (部分下放), flagged for oversight; kept by the department: ${s(d.kept) || '(the note does not say)'}`,
  },
  'pending-acceptance': {
    title: { 'zh-CN': '尚未承接', en: 'not yet accepted' },
    examples: [{ status: '待承接', exercisedBy: '市教育局' }],
    'zh-CN': (d) => `已同意下放但尚未承接（${s(d.status)}），目前仍由${q(d.exercisedBy)}行使`,
    en: (d) => `delegated but not yet accepted (${s(d.status)}): still exercised by ${s(d.exercisedBy)}`,
  },
  'acceptance-overdue': {
    title: { 'zh-CN': '逾期未承接', en: 'acceptance overdue' },
    examples: [
      { due: '2016-09-30', days: 92, basis: 'batch', batch: 2, status: '待承接', exercisedBy: '市教育局' },
      { due: '2016-09-28', days: 1, basis: 'deadline', status: '待承接', exercisedBy: '市人社局' },
    ],
    'zh-CN': (d) => overdueMessage['zh-CN'](d),
    en: (d) => overdueMessage.en(d),
  },
  'zone-mismatch': {
    title: { 'zh-CN': '管委会清单与下放清单不一致', en: 'zone list and delegation lists disagree' },
    examples: [
      { reason: 'not-in-delegation' },
      { reason: 'not-accepted', status: '待承接', other: OTHER },
      { reason: 'not-published', status: '已承接' },
      { reason: 'differs', field: 'batch', value: '2', expected: '1', other: OTHER },
    ],
    'zh-CN': (d) => (ZONE_ZH[d.reason] ?? ZONE_ZH['not-in-delegation'])(d),
    en: (d) => (ZONE_EN[d.reason] ?? ZONE_EN['not-in-delegation'])(d),
  },
  'unresolved-conflict': {
    title: { 'zh-CN': '合并冲突未解决', en: 'merge conflict not settled' },
    examples: [
      { mark: 'column', headers: ['承接状态'], text: '承接状态：原为“待承接”，本方改为“已承接”，对方改为“暂缓承接”' },
      { mark: 'column', headers: [], text: '同一事项另见 depts/市人社局.csv:3（市人社局）' },
      { mark: 'git', headers: ['下放意见'], rows: [3, 7] },
      { mark: 'git', headers: [], rows: [3, 5] },
    ],
    'zh-CN': (d) =>
      d.mark === 'git'
        ? `第 ${list(d.rows, '–')} 行是未解决的 git 合并冲突（<<<<<<< ======= >>>>>>>）${d.headers?.length ? `，双方不同的字段：${list(d.headers, '、')}` : ''}；请保留正确的一方并删除冲突标记行`
        : `此行的“冲突”列仍有未解决的合并冲突${d.headers?.length ? `，涉及：${list(d.headers, '、')}` : ''}（${s(d.text).replace(/\n/gu, '；')}）；请核对后改正，并清空“冲突”列`,
    en: (d) =>
      d.mark === 'git'
        ? `rows ${list(d.rows, '–')} are an unresolved git merge conflict (<<<<<<< ======= >>>>>>>)${d.headers?.length ? `; the sides differ in ${list(d.headers, ', ')}` : ''}: keep the right side and delete the marker lines`
        : `the row's 冲突 column still holds an unresolved merge conflict${d.headers?.length ? ` on ${list(d.headers, ', ')}` : ''} (${s(d.text).replace(/\n/gu, '; ')}): settle it, then empty the 冲突 column`,
  },
};

const EXPIRED: Msg<CommonDetails> = {
  'zh-CN': (d) => `（豁免已于 ${s(d.waiverExpired)} 过期）`,
  en: (d) => ` (the waiver expired on ${s(d.waiverExpired)})`,
};

/** The message of a finding in a language, with a note when its waiver has expired. */
export function findingMessage(f: Pick<Finding, 'rule' | 'details'>, lang: Lang): string {
  const msg = RULE_MESSAGES[f.rule] as Msg<Record<string, unknown>>;
  const text = msg[lang](f.details as object as Record<string, unknown>);
  const d = f.details as CommonDetails;
  return d.waiverExpired ? text + EXPIRED[lang](d) : text;
}
