/** The `status` job: reads the lists (and catalogue), counts or answers --who, and writes the dashboard when asked. */
import { UsageError } from '../errors.js';
import type { ReadOptions } from '../read/options.js';
import type { StatusReport, WhoReport } from '../status/types.js';
import type { Lang } from '../text/lang.js';

export interface StatusFilesOptions {
  /** The catalogue file: counts per department against it. */
  catalogue?: string;
  /** Answer who exercises these codes instead of counting. */
  who?: readonly string[];
  /** Also write the self-contained HTML dashboard here. */
  html?: string;
  /** The dashboard's title (default: the zone list's title, else 承接进度). */
  title?: string;
  /** Language of the dashboard. */
  lang?: Lang;
  /** Replace an existing dashboard file. */
  force?: boolean;
  /** A config file, or false for none (default: qingdan.config.yaml found upward from the working folder): its acceptance: plans dates. */
  config?: string | false;
  /** Today as YYYY-MM-DD, for the overdue counts (default: the local date). */
  today?: string;
  read?: ReadOptions;
}

/** What the status job found: the counts, or the --who answers. */
export type StatusFilesResult = { kind: 'status'; report: StatusReport } | { kind: 'who'; report: WhoReport };

/** Reads the lists and answers `qingdan status`; any unreadable file stops the job (a count over part of the input would mislead). */
export async function statusFiles(paths: readonly string[], opts: StatusFilesOptions = {}): Promise<StatusFilesResult> {
  if (paths.length === 0 && !opts.catalogue) {
    throw new UsageError('usage', { reason: 'usage-status-input' });
  }
  const [{ readList, readLists }, { dashboard, status, whoReport }] = await Promise.all([import('../read/index.js'), import('../status/index.js')]);
  const [{ loadConfig }, { todayIso }] = await Promise.all([import('../config/load.js'), import('../check/baseline.js')]);
  const config = opts.config === false ? undefined : await loadConfig({ path: opts.config });
  const plan = { acceptance: config?.acceptance, today: opts.today ?? todayIso() };
  const read = { ...opts.read, headerAliases: { ...config?.headerAliases, ...opts.read?.headerAliases } };
  const catalogue = opts.catalogue ? await readList(opts.catalogue, { ...read, kind: 'catalogue', sheet: undefined }) : undefined;
  const { lists, failures } = paths.length ? await readLists([...paths], read) : { lists: [], failures: [] };
  if (failures.length > 0) throw failures[0].error;
  if (opts.html) {
    const [{ formatStatusHtml }, { writeFileAtomic }] = await Promise.all([import('../report/formatters/status/html.js'), import('../write/atomic.js')]);
    const html = formatStatusHtml(dashboard(lists, { catalogue, title: opts.title, ...plan }), { lang: opts.lang ?? 'zh-CN' });
    await writeFileAtomic(opts.html, html, { force: opts.force, inputs: [...paths, ...(opts.catalogue ? [opts.catalogue] : [])] });
  }
  if (opts.who && opts.who.length > 0) return { kind: 'who', report: whoReport(opts.who, lists, catalogue, plan) };
  return { kind: 'status', report: status(lists, { catalogue, ...plan }) };
}
