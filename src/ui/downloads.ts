/**
 * What the page can download: one entry per file, each made from the current round by the same job
 * or formatter the CLI uses. Adding a download (the annotated copies, the findings workbook, the
 * publish gate) is one entry here and one label in report/text/ui.ts.
 */
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { statusFiles } from '../jobs/status.js';
import { formatValidate } from '../report/formatters/validate/index.js';
import type { UiPageTextKey } from '../report/text/ui.js';
import type { Lang } from '../text/lang.js';
import { exportFiles } from '../write/export.js';
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
  make: (session: DownloadSession, lang: Lang) => Promise<DownloadBody>;
}

/** A fresh path inside the round's folder for a file a job writes before it is sent. */
async function outPath(round: Round, name: string): Promise<string> {
  const dir = join(round.dir, 'out');
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  return join(dir, `${Date.now()}-${Math.random().toString(36).slice(2)}-${name}`);
}

const HTML = 'text/html; charset=utf-8';

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
    // export --publish LISTS -o FILE.xlsx
    id: 'publish', label: 'download.publish', fileName: 'qingdan-publish.xlsx',
    make: async ({ current }) => {
      const out = await outPath(current, 'publish.xlsx');
      await exportFiles([current.listsDir], out, { publish: true });
      return { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', body: await fs.readFile(out) };
    },
  },
];

/** The downloads of a session as the page lists them. */
export function downloadsOf(session: DownloadSession): { id: string; label: string; file: string }[] {
  return DOWNLOADS.filter((d) => d.available?.(session) ?? true).map((d) => ({ id: d.id, label: d.label, file: d.fileName }));
}
