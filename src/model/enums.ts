/**
 * Every Chinese enum literal of the data contract, spelled out once.
 * Other modules import these names instead of writing the literals.
 */

export const CATEGORIES = [
  '行政许可', '行政处罚', '行政强制', '行政征收', '行政给付',
  '行政检查', '行政确认', '行政奖励', '行政裁决', '其他行政权力',
] as const;
export const OTHER_CATEGORY = '其他行政权力';

export const ITEM_STATUSES = ['有效', '已取消'] as const;
export const ACTIVE = '有效';
export const CANCELLED = '已取消';

export const DECISIONS = ['下放', '不下放', '暂不下放'] as const;
export const DELEGATE = '下放';
export const NOT_DELEGATE = '不下放';
export const WITHHOLD = '暂不下放';

export const MODES = ['直接下放', '委托', '授权'] as const;
export const DIRECT = '直接下放';

export const SCOPES = ['全部下放', '部分下放'] as const;
export const PARTIAL = '部分下放';

export const ACCEPTANCES = ['承接', '不承接', '坚持承接'] as const;
export const ACCEPT = '承接';
export const INSIST = '坚持承接';

export const RESOLUTIONS = ['下放', '不下放', '待协调'] as const;
export const UNRESOLVED = '待协调';

export const STATUSES = ['待承接', '已承接', '暂缓承接'] as const;
export const PENDING = '待承接';
export const ACCEPTED = '已承接';
export const DEFERRED = '暂缓承接';

export const LEGAL_REVIEWS = ['通过', '未通过', '待审查'] as const;
export const PASSED = '通过';

export const KINDS = ['catalogue', 'delegation', 'zone'] as const;

/** Spellings that read as a canonical value (after normalisation). */
export const VALUE_ALIASES: Record<string, Record<string, string>> = {
  category: { 其他权力: OTHER_CATEGORY, 其他职权: OTHER_CATEGORY, 其它行政权力: OTHER_CATEGORY, 其它权力: OTHER_CATEGORY, 其它职权: OTHER_CATEGORY, 其它: OTHER_CATEGORY, 其他: OTHER_CATEGORY },
  mode: { 下放: DIRECT },
  itemStatus: { 取消: CANCELLED, 正常: ACTIVE },
  decision: { 同意下放: DELEGATE, 是: DELEGATE, 否: NOT_DELEGATE },
  acceptance: { 同意承接: ACCEPT },
};


/** Footnote and source rows below the data. */
export const FOOTNOTE_PREFIXES = ['注：', '注:', '注 ', '说明：', '说明:', '备注：', '备注:', '制表', '填表', '审核人', '联系人', '来源：', '来源:', '数据来源'] as const;

/** Marks on item names that carry a footnote's meaning: kept in text, left out when names are compared. */
export const NAME_MARKS = /[*＊☆★◇◆○●△▲□■※#＃]/gu;
