/**
 * The departments' decisions and the zone's staged acceptance ("一次下放，分步承接"):
 * batch 1 accepted 2016-06-30, batch 2 and the supplementary batch 3 accepted 2016-12-31.
 */

export const BATCH_DATES = { 1: '2016-06-30', 2: '2016-12-31', 3: '2016-12-31' };
export const MARKET = '市市场监管局';
export const SILENT = '市人防办';

const NOT_REASONS = [
  '涉及全市统一规划和管理，不宜下放', '属于市级统筹协调事项', '法律法规规定由设区的市人民政府实施',
  '涉及跨区域协调,需市级统一实施', '属于市级专属管理权限',
];
const WITHHOLD_REASONS = ['高新区暂不具备承接条件，待条件成熟后下放', '需配套专业技术力量和检测设备，暂不下放', '涉及信息系统统一对接，暂不下放'];
const TRANSPORT_REASON = '涉及城市公共交通和出租汽车，需市区统一规划和管理';
const PARTIAL_NOTES = [
  '部分下放：保留跨区域项目的审批', '部分下放：保留重大案件的查处权限', '部分下放：\n1.保留涉及两个以上区县的事项；\n2.保留市级重点项目。',
  '部分下放：仅下放高新区范围内事项，市级重点企业仍由市级实施', '部分下放：保留特大型项目的核准',
];

/** A delegation row for a catalogue row, before any decision. */
export function newRow(cat) {
  return {
    cat, code: cat.code, subItem: cat.subItem, name: cat.name, category: cat.category, department: cat.department,
    w: {}, quirks: [],
  };
}

function accept(row, batch, docs) {
  row.status = '已承接';
  row.batch = batch;
  row.acceptedOn = BATCH_DATES[batch];
  row.delegatorConfirmation = docs[batch].delegator;
  row.receiverConfirmation = docs[batch].receiver;
  row.legalReview = '通过';
  row.acceptance = '承接';
}

function delegate(rnd, row, partialChance) {
  row.decision = '下放';
  row.mode = rnd.chance(row.category === 'CF' || row.category === 'QZ' ? 0.12 : 0.05) ? '委托' : '直接下放';
  row.scope = '全部下放';
  if (rnd.chance(partialChance)) makePartial(rnd, row);
}

function makePartial(rnd, row) {
  row.scope = '部分下放';
  row.note = rnd.pick(PARTIAL_NOTES);
}

function withhold(rnd, row, decision, reason) {
  row.decision = decision;
  row.reason = reason ?? rnd.pick(decision === '不下放' ? NOT_REASONS : WITHHOLD_REASONS);
}

function dispute(row, resolution) {
  row.acceptance = '坚持承接';
  row.resolution = resolution;
  row.disputed = true;
}

function pend(rnd, row, deferred) {
  row.status = deferred ? '暂缓承接' : '待承接';
  if (!deferred) row.acceptance = '承接';
  row.legalReview = rnd.chance(0.6) ? '通过' : '待审查';
}

/** Confirmation letters per department and batch (济市监函〔2016〕12号 / 济高管函〔2016〕30号). */
function letters(rnd, dept) {
  const out = {};
  for (const b of [1, 2, 3]) {
    const d = dept.name === MARKET && b === 1 ? 12 : rnd.int(3, 95);
    const r = dept.name === MARKET && b === 1 ? 30 : rnd.int(10, 160);
    out[b] = { delegator: `济${dept.abbr}函〔2016〕${d}号`, receiver: `济高管函〔2016〕${r}号` };
  }
  return out;
}

const DISPUTES = {
  市城市管理局: { fixedXK: 7, decision: '不下放', reason: '涉及全市市容环境统一管理', resolutions: Array(7).fill('下放') },
  市自然资源和规划局: { names: ['临时用地审批', '对违反规定进行临时建设的处罚'], decision: '不下放', resolutions: ['下放', '下放'] },
  市公安局: { random: 2, decision: '不下放', resolutions: ['不下放', '待协调'] },
  市生态环境局: { random: 1, decision: '暂不下放', resolutions: ['待协调'] },
  市卫生健康委: { random: 1, decision: '不下放', resolutions: ['不下放'] },
};

/** Departments whose items are all still pending (vertically managed, not yet ready). */
const ALL_PENDING = ['市气象局', '市烟草专卖局', '市税务局'];

/** Decides every row of one department (rows: its listed catalogue rows, in catalogue order). */
export function decide(rnd, dept, rows) {
  const docs = letters(rnd, dept);
  const free = () => rnd.shuffle(rows.filter((r) => !r.decision && !r.cat.fixed && !r.subItem));
  if (dept.name === MARKET) return decideMarket(rnd, rows, docs, free);
  const spec = DISPUTES[dept.name];
  if (spec) {
    let chosen;
    if (spec.fixedXK) chosen = rows.filter((r) => r.cat.fixed && r.category === 'XK').slice(0, spec.fixedXK);
    else if (spec.names) chosen = spec.names.map((n) => rows.find((r) => r.name === n));
    else chosen = free().slice(0, spec.random);
    chosen.forEach((r, i) => {
      withhold(rnd, r, spec.decision, spec.reason);
      dispute(r, spec.resolutions[i]);
    });
  }
  if (dept.name === '市城乡交通运输局') {
    const transit = rows.filter((r) => /出租汽车|公共汽车/u.test(r.name));
    transit.forEach((r, i) => {
      withhold(rnd, r, '暂不下放', TRANSPORT_REASON);
      if (i < 5) dispute(r, '不下放');
    });
  }
  const b1 = ALL_PENDING.includes(dept.name) ? 0 : 0.35 + rnd.next() * 0.35;
  const b2 = ALL_PENDING.includes(dept.name) ? 0 : 0.1 + rnd.next() * 0.2;
  const deferred = rnd.next() * 0.06;
  for (const r of rows) {
    if (r.decision) continue;
    const d = rnd.weighted([['下放', 940], ['不下放', 35], ['暂不下放', 25]]);
    if (d !== '下放') {
      withhold(rnd, r, d);
      continue;
    }
    delegate(rnd, r, 0.008);
    const x = rnd.next();
    if (x < b1) accept(r, 1, docs);
    else if (x < b1 + b2) accept(r, 2, docs);
    else pend(rnd, r, x > 1 - deferred);
  }
  if (dept.name === '市商务局') {
    // The supplementary third batch, written 第三批 in this department's file.
    rows.filter((r) => r.decision === '下放' && r.status === '待承接').slice(0, 5).forEach((r) => accept(r, 3, docs));
  }
  return docs;
}

// The numbers of cli-contract.md's status example: 475 listed; 470 下放 / 3 不下放 / 2 暂不下放;
// 300 accepted (200 in batch 1, 100 in batch 2), 160 pending, 10 deferred; 4 partial; one open and one resolved dispute.
function decideMarket(rnd, rows, docs, free) {
  if (rows.length !== 475) throw new Error(`${MARKET}: ${rows.length} rows listed, want 475`);
  const [openD, resolvedD, n1, n2, w1] = free().slice(0, 5);
  withhold(rnd, openD, '暂不下放');
  dispute(openD, '待协调');
  withhold(rnd, resolvedD, '不下放');
  dispute(resolvedD, '不下放');
  withhold(rnd, n1, '不下放');
  withhold(rnd, n2, '不下放');
  withhold(rnd, w1, '暂不下放');
  const rest = rnd.shuffle(rows.filter((r) => !r.decision));
  rest.forEach((r, i) => {
    delegate(rnd, r, 0);
    if (i < 200) accept(r, 1, docs);
    else if (i < 300) accept(r, 2, docs);
    else pend(rnd, r, i >= 460);
  });
  rnd.shuffle(rest.filter((r) => !r.subItem)).slice(0, 4).forEach((r) => makePartial(rnd, r));
  return docs;
}
