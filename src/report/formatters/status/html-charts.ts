/** The dashboard's charts as inline SVG: stacked bars per department, acceptance per batch and over time, category mix. */
import stringWidth from 'string-width';
import type { Dashboard } from '../../../status/types.js';
import type { Lang } from '../../../text/lang.js';
import { BATCH_LABEL, BATCH_SHORT, st } from '../../text/status.js';
import { departmentLabel } from './cells.js';
import { esc } from '../../../util/html.js';

/** The four parts of a department's bar, with their colours (also used by the legend). */
export const SEGMENTS = [
  { key: 'accepted', color: '#2e7d32' },
  { key: 'pending', color: '#f9a825' },
  { key: 'deferred', color: '#78909c' },
  { key: 'notDelegated', color: '#c62828' },
] as const;

const CHAR_PX = 7;
const BAR_AREA = 520;
const ROW = 26;

const svgOpen = (w: number, h: number, label: string): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${esc(label)}" viewBox="0 0 ${w} ${h}" width="100%" style="max-width:${w}px"><title>${esc(label)}</title>`;

const rect = (x: number, y: number, w: number, h: number, color: string, tip: string, cls = ''): string =>
  `<rect${cls ? ` class="${cls}"` : ''} x="${x.toFixed(1)}" y="${y}" width="${Math.max(0, w).toFixed(1)}" height="${h}" fill="${color}"><title>${esc(tip)}</title></rect>`;

const text = (x: number, y: number, s: string, anchor = 'start', cls = ''): string =>
  `<text x="${x.toFixed(1)}" y="${y}" text-anchor="${anchor}"${cls ? ` class="${cls}"` : ''}>${esc(s)}</text>`;

/** A colour key for the department bars. */
export function legend(lang: Lang): string {
  return `<ul class="legend">${SEGMENTS.map((s) => `<li><span class="swatch" style="background:${s.color}"></span>${esc(st(s.key, lang))}</li>`).join('')}</ul>`;
}

/** One stacked bar per department: accepted, pending, deferred, not delegated (不下放 and 暂不下放). */
export function departmentBars(d: Dashboard, lang: Lang): string {
  const rows = d.report.departments.map((dep) => ({
    label: departmentLabel(dep.department, lang),
    parts: {
      accepted: dep.status['已承接'],
      pending: dep.status['待承接'],
      deferred: dep.status['暂缓承接'],
      notDelegated: dep.decision['不下放'] + dep.decision['暂不下放'],
    },
  }));
  const labelW = Math.max(60, ...rows.map((r) => stringWidth(r.label) * CHAR_PX)) + 10;
  const max = Math.max(1, ...rows.map((r) => Object.values(r.parts).reduce((a, b) => a + b, 0)));
  const w = labelW + BAR_AREA + 50;
  const out = [svgOpen(w, rows.length * ROW + 10, st('byDepartment', lang))];
  rows.forEach((r, i) => {
    const y = 5 + i * ROW;
    out.push(text(labelW - 8, y + 16, r.label, 'end'));
    let x = labelW;
    for (const s of SEGMENTS) {
      const n = r.parts[s.key];
      if (n === 0) continue;
      const bw = (n / max) * BAR_AREA;
      out.push(rect(x, y + 3, bw, ROW - 8, s.color, `${r.label} · ${st(s.key, lang)}: ${n}`, `seg-${s.key}`));
      x += bw;
    }
    const total = Object.values(r.parts).reduce((a, b) => a + b, 0);
    out.push(text(x + 5, y + 16, String(total), 'start', 'muted'));
  });
  out.push('</svg>');
  return out.join('');
}

/** Accepted items per batch, as columns. */
export function batchColumns(d: Dashboard, lang: Lang): string {
  const batches = Object.entries(d.report.totals.batches);
  const colW = 48;
  const h = 160;
  const w = Math.max(200, batches.length * colW + 40);
  const max = Math.max(1, ...batches.map(([, n]) => n));
  const top = 20;
  const out = [svgOpen(w, h + top + 30, st('byBatch', lang))];
  batches.forEach(([b, n], i) => {
    const bh = (n / max) * h;
    const x = 20 + i * colW;
    out.push(rect(x, Math.round(top + h - bh), colW - 12, Math.round(bh), SEGMENTS[0].color, `${BATCH_LABEL[lang]({ b })}: ${n}`, 'batch'));
    out.push(text(x + (colW - 12) / 2, Math.round(top - 4 + h - bh), String(n), 'middle', 'muted'));
    out.push(text(x + (colW - 12) / 2, top + h + 18, BATCH_SHORT[lang]({ b }), 'middle'));
  });
  if (batches.length === 0) out.push(text(w / 2, h / 2, st('noBatches', lang), 'middle', 'muted'));
  out.push('</svg>');
  return out.join('');
}

/** The running total of accepted items against acceptance dates, as a step line. */
export function dateLine(d: Dashboard, lang: Lang): string {
  const pts = d.timeline;
  const w = 560;
  const h = 160;
  const left = 40;
  const out = [svgOpen(w, h + 40, st('byDate', lang))];
  if (pts.length === 0) {
    out.push(text(w / 2, h / 2, st('noBatches', lang), 'middle', 'muted'), '</svg>');
    return out.join('');
  }
  const t = pts.map((p) => Date.parse(`${p.date}T00:00:00Z`));
  const t0 = t[0];
  const span = Math.max(1, t[t.length - 1] - t0);
  const max = pts[pts.length - 1].cumulative;
  const x = (i: number): number => (pts.length === 1 ? left + (w - left - 20) / 2 : left + ((t[i] - t0) / span) * (w - left - 20));
  const y = (n: number): number => 10 + h - (n / max) * h;
  let path = `M${x(0).toFixed(1)},${y(0).toFixed(1)}`;
  pts.forEach((p, i) => {
    if (i > 0) path += ` H${x(i).toFixed(1)}`;
    path += ` V${y(p.cumulative).toFixed(1)}`;
  });
  out.push(`<path d="${path}" fill="none" stroke="${SEGMENTS[0].color}" stroke-width="2"/>`);
  pts.forEach((p, i) => out.push(`<circle class="point" cx="${x(i).toFixed(1)}" cy="${y(p.cumulative).toFixed(1)}" r="3" fill="${SEGMENTS[0].color}"><title>${esc(`${p.date}: +${p.accepted} = ${p.cumulative}`)}</title></circle>`));
  out.push(text(left - 6, 16, String(max), 'end', 'muted'), text(left - 6, h + 10, '0', 'end', 'muted'));
  out.push(text(left, h + 30, pts[0].date, 'start', 'muted'));
  if (pts.length > 1) out.push(text(w - 20, h + 30, pts[pts.length - 1].date, 'end', 'muted'));
  out.push('</svg>');
  return out.join('');
}

/** Listed items per category, the accepted part darker. */
export function categoryBars(d: Dashboard, lang: Lang): string {
  const rows = d.categories;
  const labelW = Math.max(60, ...rows.map((r) => stringWidth(r.category || '—') * CHAR_PX)) + 10;
  const max = Math.max(1, ...rows.map((r) => r.listed));
  const out = [svgOpen(labelW + BAR_AREA + 80, rows.length * ROW + 10, st('categoryMix', lang))];
  rows.forEach((r, i) => {
    const y = 5 + i * ROW;
    const label = r.category || '—';
    out.push(text(labelW - 8, y + 16, label, 'end'));
    out.push(rect(labelW, y + 3, (r.listed / max) * BAR_AREA, ROW - 8, '#b0bec5', `${label} · ${st('listed', lang)}: ${r.listed}`, 'cat'));
    out.push(rect(labelW, y + 3, (r.accepted / max) * BAR_AREA, ROW - 8, SEGMENTS[0].color, `${label} · ${st('accepted', lang)}: ${r.accepted}`));
    out.push(text(labelW + (r.listed / max) * BAR_AREA + 5, y + 16, `${r.accepted}/${r.listed}`, 'start', 'muted'));
  });
  out.push('</svg>');
  return out.join('');
}
