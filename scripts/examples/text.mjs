/** Text helpers: Chinese numerals, traditional and width variants, the cleaning a reader applies. */

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 … 999 as a Chinese numeral, as article numbers are written (第一百二十二条). */
export function cnNumber(n) {
  if (n < 10) return DIGITS[n];
  if (n < 20) return '十' + (n % 10 ? DIGITS[n % 10] : '');
  if (n < 100) return DIGITS[Math.floor(n / 10)] + '十' + (n % 10 ? DIGITS[n % 10] : '');
  const h = Math.floor(n / 100);
  const rest = n % 100;
  if (rest === 0) return DIGITS[h] + '百';
  if (rest < 10) return DIGITS[h] + '百零' + DIGITS[rest];
  return DIGITS[h] + '百' + (rest < 20 ? '一' + cnNumber(rest) : cnNumber(rest));
}

/** Heading numerals for group rows (一、二、…). */
export const HEADING_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

// Simplified → traditional, only for characters whose traditional form opencc maps straight back.
const TRAD = {
  许: '許', 处: '處', 罚: '罰', 检: '檢', 经: '經', 营: '營', 证: '證', 药: '藥', 医: '醫', 疗: '療',
  机: '機', 构: '構', 卫: '衛', 记: '記', 单: '單', 设: '設', 对: '對', 业: '業', 门: '門', 书: '書',
  资: '資', 质: '質', 产: '產', 监: '監', 规: '規', 务: '務', 员: '員', 计: '計', 场: '場', 违: '違',
  审: '審', 批: '批', 饮: '飲', 实: '實', 施: '施', 动: '動', 从: '從', 事: '事', 办: '辦', 学: '學',
  校: '校', 录: '錄', 备: '備', 类: '類', 运: '運', 输: '輸', 车: '車', 驾: '駕', 驶: '駛',
  项: '項', 销: '銷', 售: '售', 标: '標', 准: '準', 扣: '扣', 押: '押', 财: '財', 险: '險', 开: '開',
};

/** A name written in traditional characters. */
export function toTraditional(text) {
  return [...text].map((c) => TRAD[c] ?? c).join('');
}

/** A name written with half-width punctuation instead of full-width (and the reverse for commas). */
export function toHalfWidthPunct(text) {
  return text.replace(/（/gu, '(').replace(/）/gu, ')').replace(/，/gu, ',').replace(/：/gu, ':');
}

/** A name written with full-width punctuation/space variants: 、 → ，, a full-width space inserted. */
export function toFullWidthVariant(text) {
  return text.replace(/、/gu, '，').replace(/的处罚$/u, '的　处罚');
}

/**
 * The text a reader keeps for a cell (data-contract.md, and src/model/normalise.ts cleanText):
 * CRLF → LF, stray characters removed, non-breaking spaces made plain, outer whitespace trimmed.
 * Re-implemented here because the generator must not import qingdan's src/.
 */
export function cleanText(text) {
  return String(text)
    .replace(/\r\n?/gu, '\n')
    .replace(/[\u200B-\u200D\u2060\uFEFF\uFFFD\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/gu, '')
    .replace(/[\u00A0\u2007\u202F]/gu, ' ')
    .replace(/^[\s\u3000]+|[\s\u3000]+$/gu, '');
}

/** YYYY-MM-DD → the other ways clerks write a date. */
export function dateAs(iso, style) {
  const [y, m, d] = iso.split('-').map(Number);
  switch (style) {
    case 'slash': return `${y}/${m}/${d}`;
    case 'cn': return `${y}年${m}月${d}日`;
    case 'dot': return `${y}.${m}.${d}`;
    case 'serial': return Math.round(Date.UTC(y, m - 1, d) / 86_400_000) + 25569;
    case 'date': return new Date(Date.UTC(y, m - 1, d));
    default: return iso;
  }
}

/** A batch number written as clerks write it. */
export function batchAs(n, style) {
  switch (style) {
    case 'cn': return `第${HEADING_NUMERALS[n - 1]}批`;
    case 'di': return `第${n}批`;
    case 'text': return String(n);
    default: return n;
  }
}
