/**
 * What the page can download: one entry per file, each made from the current round by the same job
 * or formatter the CLI uses. Adding a download (the annotated copies, the findings workbook, the
 * publish gate) is one entry here and one label in report/text/ui.ts.
 */
import { promises as fs } from 'node:fs';
import { basename, join } from 'node:path';
import { statusFiles } from '../jobs/status.js';
import { formatValidate } from '../report/formatters/validate/index.js';
import type { UiPageTextKey } from '../report/text/ui.js';
import type { Lang } from '../text/lang.js';
import { annotateFiles } from '../jobs/annotate.js';
import { findingsWorkbook } from '../report/xlsx/findings.js';
import { relativise, type Round } from './round.js';

/** What a download is made from: the current round (and the previous one, for round comparisons). */
export interface DownloadSession {
  current: Round;
  previous?: Round;
}

export interface DownloadBody {
  /** The Content-Type. */
  type: string;
  body: string | Buffer;
}

export interface DownloadEntry {
  /** The id in the URL (/api/download/ID). */
  id: string;
  /** The button's text in the page's catalogue. */
  label: UiPageTextKey;
  /** The name the browser saves it under. */
  fileName: string;
  /** Whether the download exists for this session (default: always once a round is done). */
  available?: (session: DownloadSession) => boolean;
  /** Why it is not available, as the page says it (a text key and its values). */
  unavailable?: (session: DownloadSession) => { key: UiPageTextKey; values?: Record<string, number | string> } | undefined;
  make: (session: DownloadSession, lang: Lang) => Promise<DownloadBody>;
}

/** A fresh path inside the round's folder for a file a job writes before it is sent. */
async function outPath(round: Round, name: string): Promise<string> {
  const dir = join(round.dir, 'out');
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  return join(dir, `${Date.now()}-${Math.random().toString(36).slice(2)}-${name}`);
}

const HTML = 'text/html; charset=utf-8';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const DOWNLOADS: readonly DownloadEntry[] = [
  {
    // validate --format json
    id: 'json', label: 'download.json', fileName: 'qingdan-validate.json',
    make: async ({ current }, lang) => ({ type: 'application/json; charset=utf-8', body: await formatValidate(current.report, 'json', { lang, color: false }) }),
  },
  {
    // validate --format html
    id: 'html', label: 'download.html', fileName: 'qingdan-validate.html',
    make: async ({ current }, lang) => ({ type: HTML, body: await formatValidate(current.report, 'html', { lang, color: false }) }),
  },
  {
    // status --html FILE
    id: 'dashboard', label: 'download.dashboard', fileName: 'qingdan-status.html',
    available: ({ current }) => 'report' in current.status,
    make: async ({ current }, lang) => {
      const html = await outPath(current, 'status.html');
      await statusFiles([current.listsDir], { catalogue: current.catalogue?.path, html, lang });
      return { type: HTML, body: relativise(await fs.readFile(html, 'utf8'), current) };
    },
  },
  {
    // validate --annotate DIR: the annotated copies for the departments, in one .zip
    id: 'annotated', label: 'download.annotated', fileName: 'qingdan-annotated.zip',
    available: ({ current }) => current.raw.findings.length > 0,
    make: async ({ current }, lang) => {
      const dir = await outPath(current, 'annotated');
      const copies = await annotateFiles(current.raw, dir, { lang });
      const { default: JSZip } = await import('jszip');
      const zip = new JSZip();
      // A fixed date, so the same round gives the same bytes.
      const date = new Date(Date.UTC(2000, 0, 1));
      for (const c of copies) zip.file(basename(c.output), await fs.readFile(c.output), { date });
      return { type: 'application/zip', body: await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }) };
    },
  },
  {
    // validate --format xlsx -o FILE: the findings workbook for the office
    id: 'findings', label: 'download.findings', fileName: 'qingdan-findings.xlsx',
    make: async ({ current }, lang) => ({ type: XLSX, body: await findingsWorkbook(current.report, { lang }) }),
  },
  {
    // export --publish LISTS --catalogue FILE -o FILE.xlsx: only when the gate lets the lists through
    id: 'publish', label: 'download.publish', fileName: 'qingdan-publish.xlsx',
    available: ({ current }) => current.publish !== undefined && 'report' in current.publish && current.publish.file !== undefined,
    unavailable: ({ current }) => {
      if (!current.publish) return { key: 'download.publishNoCatalogue' };
      if (!('report' in current.publish)) return { key: 'download.publishFailed' };
      const c = current.publish.report.counts;
      return current.publish.file ? undefined : { key: 'download.publishRefused', values: { blocked: c.blocked, accepted: c.accepted, findings: c.findings } };
    },
    make: async ({ current }) => {
      const file = current.publish && 'report' in current.publish ? current.publish.file : undefined;
      if (!file) throw new Error('not publishable');
      return { type: XLSX, body: await fs.readFile(file) };
    },
  },
];

/** The downloads of a session as the page lists them: the available ones, and the others with the reason they are not (when one is said). */
export function downloadsOf(session: DownloadSession): { id: string; label: string; file: string; unavailable?: { key: string; values?: Record<string, number | string> } }[] {
  const out: { id: string; label: string; file: string; unavailable?: { key: string; values?: Record<string, number | string> } }[] = [];
  for (const d of DOWNLOADS) {
    if (d.available?.(session) ?? true) out.push({ id: d.id, label: d.label, file: d.fileName });
    else {
      const why = d.unavailable?.(session);
      if (why) out.push({ id: d.id, label: d.label, file: d.fileName, unavailable: why });
    }
  }
  return out;
}
