/**
 * `qingdan ui`: Node's http server on 127.0.0.1, one session (one clerk), one temporary folder
 * (mode 0700) for every upload and every file a job writes, removed on close. The page comes from
 * page/; the reviews from round.ts (the CLI's jobs); the downloads from downloads.ts.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { mkdtempSync, promises as fs, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { UI_ERROR_TEXT, UI_PAGE_TEXT, type UiErrorKey } from '../report/text/ui.js';
import { LANGS, type Lang } from '../text/lang.js';
import { DOWNLOADS, downloadsOf } from './downloads.js';
import { UPLOAD_LIMITS, type UploadLimits } from './limits.js';
import { FAVICON_SVG, PAGE_CSS, PAGE_JS, pageHtml } from './page/assets.js';
import { errorTexts, runRound, type Round } from './round.js';
import { baseHeaders, cookieToken, headerToken, hostAllowed, newToken, sameToken, sessionCookie } from './security.js';
import { receiveUpload, UploadError } from './upload.js';
import { reviewView } from './view.js';

export interface UiOptions {
  /** The port (default: a free one). */
  port?: number;
  /** Upload limits (default: the readers' limits, limits.ts). */
  limits?: Partial<UploadLimits>;
  /** Where the session's temporary folder is made (default: the system's). */
  tmpRoot?: string;
  /** The session token (default: a random one). */
  token?: string;
}

export interface UiServer {
  /** The address to open, with the token. */
  url: string;
  port: number;
  token: string;
  /** The session's temporary folder. */
  dir: string;
  /** Stops the server and removes the temporary folder. */
  close: () => Promise<void>;
  /** Removes the temporary folder at once (for process exit). */
  removeFiles: () => void;
}

const errorBody = (key: UiErrorKey, values: Record<string, unknown> = {}): string =>
  JSON.stringify({ error: Object.fromEntries(LANGS.map((l) => [l, (UI_ERROR_TEXT[key][l] as (d: typeof values) => string)(values)])) });

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body), ...extra });
  res.end(body);
}

const sendError = (res: ServerResponse, status: number, key: UiErrorKey, values?: Record<string, unknown>): void =>
  send(res, status, 'application/json; charset=utf-8', errorBody(key, values));

const langOf = (url: URL): Lang => (url.searchParams.get('lang') === 'en' ? 'en' : 'zh-CN');

/** Starts the server; resolves once it listens. */
export async function startUi(opts: UiOptions = {}): Promise<UiServer> {
  const limits: UploadLimits = { ...UPLOAD_LIMITS, ...opts.limits };
  const token = opts.token ?? newToken();
  const dir = mkdtempSync(join(opts.tmpRoot ?? tmpdir(), 'qingdan-ui-'));
  await fs.chmod(dir, 0o700);
  const rounds: Round[] = [];
  let next = 1;
  let busy = false;
  let port = 0;

  const review = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (busy) {
      req.resume();
      return sendError(res, 409, 'busy');
    }
    busy = true;
    const n = next++;
    const roundDir = join(dir, `round-${n}`);
    try {
      await fs.mkdir(roundDir, { mode: 0o700 });
      const got = await receiveUpload(req, roundDir, limits);
      const previous = rounds.at(-1);
      let catalogue = got.catalogue;
      if (!catalogue && got.fields.keepCatalogue === '1' && previous?.catalogue) {
        const path = join(roundDir, 'catalogue', previous.catalogue.name);
        await fs.mkdir(join(roundDir, 'catalogue'), { mode: 0o700 });
        await fs.copyFile(previous.catalogue.path, path);
        catalogue = { path, name: previous.catalogue.name };
      }
      if (got.lists.length === 0) throw new UploadError('no-lists', {}, 400);
      res.writeHead(200, { 'Content-Type': 'application/x-ndjson; charset=utf-8' });
      const line = (v: unknown): void => void res.write(`${JSON.stringify(v)}\n`);
      try {
        const round = await runRound({
          n, dir: roundDir, listsDir: join(roundDir, 'lists'), catalogue, files: got.lists.length + (catalogue ? 1 : 0),
          onProgress: (p) => line({ progress: p }),
        });
        // Two rounds are kept (the current and the one it is compared with); older ones go.
        rounds.push(round);
        for (const old of rounds.splice(0, Math.max(0, rounds.length - 2))) await fs.rm(old.dir, { recursive: true, force: true });
        line({ result: reviewView(round, rounds.length > 1 ? rounds[0] : undefined, downloadsOf(session())) });
      } catch (err) {
        line({ error: errorTexts(err, { dir: roundDir }) });
        await fs.rm(roundDir, { recursive: true, force: true });
      }
      res.end();
    } catch (err) {
      await fs.rm(roundDir, { recursive: true, force: true });
      if (err instanceof UploadError) {
        res.setHeader('Connection', 'close');
        sendError(res, err.status, err.key, err.values);
      } else throw err;
    } finally {
      busy = false;
    }
  };

  const session = (): { current: Round; previous?: Round } => ({ current: rounds.at(-1)!, previous: rounds.length > 1 ? rounds[0] : undefined });

  const download = async (id: string, url: URL, res: ServerResponse): Promise<void> => {
    const entry = DOWNLOADS.find((d) => d.id === id);
    if (!entry) return sendError(res, 404, 'not-found');
    if (rounds.length === 0) return sendError(res, 409, 'no-review');
    const s = session();
    if (entry.available && !entry.available(s)) return sendError(res, 409, 'not-available');
    try {
      const { type, body } = await entry.make(s, langOf(url));
      send(res, 200, type, body, { 'Content-Disposition': `attachment; filename="${entry.fileName}"` });
    } catch (err) {
      send(res, 422, 'application/json; charset=utf-8', JSON.stringify({ error: errorTexts(err, s.current) }));
    }
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    baseHeaders(res);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (!hostAllowed(req.headers.host, port) || req.headers['sec-fetch-site'] === 'cross-site') return sendError(res, 403, 'forbidden');
    const method = req.method ?? 'GET';
    if (method === 'GET' && url.pathname === '/') {
      if (!sameToken(url.searchParams.get('t'), token) && !sameToken(cookieToken(req), token)) return sendError(res, 403, 'forbidden');
      return send(res, 200, 'text/html; charset=utf-8', pageHtml(), { 'Set-Cookie': sessionCookie(token) });
    }
    // Changes need the header (a page elsewhere cannot set it without this server's leave); reads the cookie or the header.
    const allowed = method === 'GET' ? sameToken(cookieToken(req), token) || sameToken(headerToken(req), token) : sameToken(headerToken(req), token);
    if (!allowed) {
      req.resume();
      return sendError(res, 403, 'forbidden');
    }
    if (method === 'GET' && url.pathname === '/app.js') return send(res, 200, 'text/javascript; charset=utf-8', PAGE_JS);
    if (method === 'GET' && url.pathname === '/app.css') return send(res, 200, 'text/css; charset=utf-8', PAGE_CSS);
    if (method === 'GET' && url.pathname === '/favicon.svg') return send(res, 200, 'image/svg+xml', FAVICON_SVG);
    if (method === 'GET' && url.pathname === '/api/text') return send(res, 200, 'application/json; charset=utf-8', JSON.stringify(UI_PAGE_TEXT));
    if (method === 'GET' && url.pathname === '/api/state') {
      const body = rounds.length ? reviewView(rounds.at(-1)!, rounds.length > 1 ? rounds[0] : undefined, downloadsOf(session())) : null;
      return send(res, 200, 'application/json; charset=utf-8', JSON.stringify(body));
    }
    if (method === 'POST' && url.pathname === '/api/review') return review(req, res);
    const m = /^\/api\/download\/([a-z0-9-]+)$/u.exec(url.pathname);
    if (method === 'GET' && m) return download(m[1], url, res);
    req.resume();
    return sendError(res, 404, 'not-found');
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) send(res, 500, 'application/json; charset=utf-8', JSON.stringify({ error: errorTexts(err, { dir }) }));
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err) => {
      rmSync(dir, { recursive: true, force: true });
      reject(err);
    });
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const removeFiles = (): void => rmSync(dir, { recursive: true, force: true });
  return {
    url: `http://127.0.0.1:${port}/?t=${token}`,
    port,
    token,
    dir,
    removeFiles,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      removeFiles();
    },
  };
}
