/** examples/small: 20 catalogue items of 3 departments, their consolidated delegation list, a zone list, one defect of each kind. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { yamlDocument } from './yaml-out.mjs';

const SM = '市市场监管局';
const ED = '市教育局';
const CA = '市民政局';

// [code, name, subItem, category, department, legalBasis]
const CATALOGUE = [
  ['370100-CF-0001', '对未取得食品经营许可从事食品经营活动的处罚', '', '行政处罚', SM, '《中华人民共和国食品安全法》第一百二十二条'],
  ['370100-CF-0002', '对生产经营不符合食品安全标准的食品的处罚', '', '行政处罚', SM, '《中华人民共和国食品安全法》第一百二十四条'],
  ['370100-CF-0003', '对民办学校违法办学行为的处罚', '', '行政处罚', ED, '《中华人民共和国民办教育促进法》第六十二条\n《中华人民共和国民办教育促进法实施条例》第五十一条'],
  ['370100-CF-0004', '对养老机构违反规定的处罚', '', '行政处罚', CA, '《养老机构管理办法》第四十六条'],
  ['370100-CJ-0001', '行政区域界线争议裁决', '', '行政裁决', CA, '《行政区域界线管理条例》第十四条'],
  ['370100-JC-0001', '对食品生产经营者的监督检查', '', '行政检查', SM, '《中华人民共和国食品安全法》第一百一十条'],
  ['370100-JF-0001', '家庭经济困难学生资助', '', '行政给付', ED, '《中华人民共和国教育法》第三十八条'],
  ['370100-JF-0002', '最低生活保障金给付', '', '行政给付', CA, '《社会救助暂行办法》第九条'],
  ['370100-JL-0001', '对举报食品安全违法行为的奖励', '', '行政奖励', SM, '《中华人民共和国食品安全法》第一百一十五条'],
  ['370100-QR-0001-01', '特种设备使用登记', '新办登记', '行政确认', SM, '《中华人民共和国特种设备安全法》第三十三条'],
  ['370100-QR-0001-02', '特种设备使用登记', '变更登记', '行政确认', SM, '《中华人民共和国特种设备安全法》第三十三条'],
  ['370100-QR-0002', '社会组织评估等级认定', '', '行政确认', CA, '《社会组织评估管理办法》第四条'],
  ['370100-QT-0001', '民办学校章程备案', '', '其他行政权力', ED, '《中华人民共和国民办教育促进法》第十四条'],
  ['370100-QZ-0001', '查封、扣押不符合食品安全标准的食品', '', '行政强制', SM, '《中华人民共和国食品安全法》第一百一十条\n《中华人民共和国行政强制法》第九条'],
  ['370100-XK-0001', '食品经营许可', '', '行政许可', SM, '《中华人民共和国行政许可法》第十二条\n《中华人民共和国食品安全法》第三十五条'],
  ['370100-XK-0002', '食品生产许可', '', '行政许可', SM, '《中华人民共和国食品安全法》第三十五条'],
  ['370100-XK-0003', '民办学校设立审批（含分立、合并）', '', '行政许可', ED, '《中华人民共和国民办教育促进法》第十二条'],
  ['370100-XK-0004', '教师资格认定', '', '行政许可', ED, '《教师资格条例》第十三条'],
  ['370100-XK-0005', '民办非企业单位成立登记', '', '行政许可', CA, '《民办非企业单位登记管理暂行条例》第三条'],
  ['370100-XK-0006', '校车使用许可', '', '行政许可', ED, '《校车安全管理条例》第十四条'],
];

const ACC1 = (dept) => ({ status: '已承接', batch: 1, acceptedOn: '2016-06-30', delegatorConfirmation: dept === SM ? '济市监函〔2016〕12号' : dept === ED ? '济教函〔2016〕8号' : '济民函〔2016〕21号', receiverConfirmation: '济高管函〔2016〕30号', legalReview: '通过' });
const DEL = { decision: '下放', mode: '直接下放', scope: '全部下放' };

/** code → [delegation fields, defect rule or undefined, what the defect is]. */
const DECISIONS = {
  '370100-CF-0001': [{ ...DEL, acceptance: '承接', ...ACC1(SM) }],
  '370100-CF-0002': [{ ...DEL, acceptance: '承接', ...ACC1(SM), legalReview: '待审查' }, 'legal-review', '已承接 while 合法性审查 is 待审查'],
  '370100-CF-0003': [{ ...DEL, mode: '委托', acceptance: '承接', status: '待承接', legalReview: '通过' }],
  '370100-CF-0004': [{ ...DEL, acceptance: '承接', ...ACC1(CA) }],
  '370100-JC-0001': [{ ...DEL, category: '行政处罚', acceptance: '承接', ...ACC1(SM) }, 'category-mismatch', 'written 行政处罚; the catalogue says 行政检查'],
  '370100-JF-0001': [{ ...DEL, acceptance: '承接', ...ACC1(ED) }],
  '370100-JF-0002': [{ decision: '不下放', reason: '涉及全市统一的救助标准，需市级统一实施' }],
  '370100-JL-0001': [{ ...DEL, acceptance: '承接', status: '待承接', legalReview: '待审查' }],
  '370100-QR-0001-01': [{ ...DEL, acceptance: '承接', ...ACC1(SM) }],
  '370100-QR-0001-02': [{ ...DEL, acceptance: '承接', status: '暂缓承接' }],
  '370100-QR-0002': [{ ...DEL, acceptance: '承接', ...ACC1(CA) }],
  '370100-QT-0001': [{ ...DEL, acceptance: '承接', ...ACC1(ED) }],
  '370100-QZ-0001': [{ decision: '不下放' }, 'missing-value', '不下放 without 不下放理由'],
  '370100-XK-0001': [{ ...DEL, name: '食品流通许可', acceptance: '承接', ...ACC1(SM) }, 'name-mismatch', 'written 食品流通许可 (the name before 2015); the catalogue says 食品经营许可'],
  '370100-XK-0002': [{ ...DEL, acceptance: '承接', ...ACC1(SM), receiverConfirmation: undefined }, 'missing-confirmation', '已承接 without 承接方确认'],
  '370100-XK-0003': [{ ...DEL, name: '民辦學校設立審批(含分立、合併)', scope: '部分下放', acceptance: '承接', ...ACC1(ED), note: '部分下放：保留中外合作办学机构的设立审批' }, 'partial-delegation', '部分下放, with a 备注 saying what is kept (the name, in traditional characters with half-width parentheses, is NOT a finding)'],
  '370100-XK-0004': [{ ...DEL, acceptance: '承接', status: '待承接', legalReview: '通过' }],
  '370100-XK-0005': [{ decision: '暂不下放', reason: '高新区暂不具备承接条件', acceptance: '坚持承接', resolution: '待协调' }, 'dispute', '暂不下放 while the zone insists (坚持承接); 协调结果 待协调, so details.open is true'],
  // 370100-CJ-0001 is listed by nobody: a gap.
  '370100-XK-0099': [{ ...DEL, name: '校外培训机构设立审批', category: '行政许可', department: ED, acceptance: '承接', status: '待承接', legalReview: '待审查' }, 'unknown-code', 'not in the catalogue (an item from a draft)'],
  '370100-XK-0006': [{ ...DEL, acceptance: '承接', ...ACC1(ED) }],
};

const KEYS = ['code', 'name', 'subItem', 'category', 'department', 'decision', 'reason', 'mode', 'scope', 'acceptance', 'resolution',
  'status', 'batch', 'acceptedOn', 'delegatorConfirmation', 'receiverConfirmation', 'legalReview', 'note'];
const COLUMN = { 'unknown-code': 'code', 'name-mismatch': 'name', 'category-mismatch': 'category', 'missing-value': 'reason',
  'legal-review': 'legalReview', 'missing-confirmation': 'receiverConfirmation', dispute: 'acceptance', 'partial-delegation': 'scope' };

/** Writes examples/small under dir; returns a summary. */
export async function makeSmall(dir) {
  await mkdir(dir, { recursive: true });
  const cat = CATALOGUE.map(([code, name, subItem, category, department, legalBasis]) => ({ code, name, subItem, category, department, legalBasis }));
  const catDoc = yamlDocument({ schema: '../../schemas/catalogue.schema.json', top: { kind: 'catalogue', title: '济南市市级行政权力事项目录（示例）', version: '2016年版' }, items: cat, quoteKeys: ['code'] });
  await writeFile(join(dir, 'catalogue.yaml'), catDoc.text);

  const items = Object.entries(DECISIONS).map(([code, [fields]]) => {
    const c = cat.find((x) => x.code === code) ?? {};
    const merged = { code, name: c.name, subItem: c.subItem, category: c.category, department: c.department, ...fields };
    return Object.fromEntries(KEYS.map((k) => [k, merged[k]]).filter(([, v]) => v !== undefined && v !== ''));
  }).sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const del = yamlDocument({ schema: '../../schemas/delegation.schema.json', top: { kind: 'delegation', title: '市级下放济南高新区管委会行政权力清单（示例）' }, items, quoteKeys: ['code'] });
  await writeFile(join(dir, 'delegation.yaml'), del.text);

  const accepted = items.filter((i) => i.status === '已承接');
  const zoneItems = accepted.map((i) => {
    const c = cat.find((x) => x.code === i.code);
    return { code: i.code, name: c.name, subItem: c.subItem || undefined, category: c.category, department: c.department, batch: i.batch, acceptedOn: i.acceptedOn, mode: i.mode };
  });
  const zone = yamlDocument({ schema: '../../schemas/zone.schema.json', top: { kind: 'zone', title: '济南高新区管委会行政权力清单（示例）' }, items: zoneItems, quoteKeys: ['code'] });
  await writeFile(join(dir, 'zone.yaml'), zone.text);

  const findings = [];
  items.forEach((item, i) => {
    const [, rule] = DECISIONS[item.code];
    if (!rule) return;
    const key = COLUMN[rule];
    const p = del.places[i];
    const f = { rule, file: 'delegation.yaml', row: p.keyLines[key] ?? p.line, column: key, code: item.code };
    if (rule === 'dispute') f.details = { open: true };
    findings.push(f);
  });
  const gapIndex = cat.findIndex((c) => c.code === '370100-CJ-0001');
  findings.push({ rule: 'gap', file: 'catalogue.yaml', row: catDoc.places[gapIndex].line, code: '370100-CJ-0001' });
  const pending = items.filter((i) => i.decision === '下放' && i.status !== '已承接');
  for (const item of pending) {
    const p = del.places[items.indexOf(item)];
    findings.push({ rule: 'pending-acceptance', file: 'delegation.yaml', row: p.keyLines.status ?? p.line, code: item.code, details: { status: item.status } });
  }
  findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.row - b.row || (a.rule < b.rule ? -1 : 1)));
  const counts = {};
  for (const f of findings) counts[f.rule] = (counts[f.rule] ?? 0) + 1;
  const ordered = Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1)));
  await writeFile(join(dir, 'expected-findings.json'), `${JSON.stringify(findings, null, 2)}\n`);
  await writeFile(join(dir, 'expected-counts.json'), `${JSON.stringify(ordered, null, 2)}\n`);
  await writeFile(join(dir, 'README.md'), smallReadme({ cat, items, zoneItems, findings, counts: ordered }));
  return { items: cat.length, listed: items.length, zone: zoneItems.length, findings, counts: ordered };
}

function smallReadme({ cat, items, zoneItems, findings, counts }) {
  const what = Object.fromEntries(Object.entries(DECISIONS).map(([code, [, rule, text]]) => [`${rule}:${code}`, text]));
  what['gap:370100-CJ-0001'] = 'a catalogue item nobody listed (市民政局 left out 行政区域界线争议裁决)';
  const rows = findings.map((f) => `| ${f.file} | ${f.row} | ${f.code} | ${f.rule} | ${f.rule === 'pending-acceptance' ? `delegated, ${f.details.status}: still exercised by the department` : what[`${f.rule}:${f.code}`]} |`);
  return `# The small example

Generated by \`npm run examples\` (scripts/make-examples.mjs); do not edit by hand.

${cat.length} catalogue items of three departments (市市场监管局, 市教育局, 市民政局), their decisions in one
consolidated delegation list (${items.length} items), and the zone list of the ${zoneItems.length} accepted items.

| file | kind | items |
|---|---|---|
| catalogue.yaml | catalogue | ${cat.length} |
| delegation.yaml | delegation | ${items.length} |
| zone.yaml | zone | ${zoneItems.length} |

Try:

\`\`\`sh
npx qingdan validate examples/small/delegation.yaml examples/small/zone.yaml --catalogue examples/small/catalogue.yaml
npx qingdan status examples/small/delegation.yaml --catalogue examples/small/catalogue.yaml
\`\`\`

## What validate must report (expected-findings.json)

Rows are YAML lines: the line of the key concerned, or of the item's first key when the key is absent.
\`column\` here is the English key (the header as written in a YAML file).

| file | row | code | rule | why |
|---|---|---|---|---|
${rows.join('\n')}

Counts per rule (expected-counts.json): ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')}.

Not findings: 370100-XK-0003 is written 民辦學校設立審批(含分立、合併) — traditional characters and half-width
parentheses compare equal to 民办学校设立审批（含分立、合并）. The zone list agrees with the delegation list, so
there is no zone-mismatch. An accepted item without 承接方确认 is missing-confirmation, not also missing-value.
`;
}
