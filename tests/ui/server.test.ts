/** The server's locks: the token, the Host check, the upload limits, safe names, the same messages as the CLI, and nothing left on stop. */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startUi, type UiOptions, type UiServer } from '../../src/ui/server.js';
import { BIN, ROOT, runInProcess } from '../helpers/cli.js';

let root: string;
let server: UiServer;

async function start(opts: UiOptions = {}): Promise<UiServer> {
  server = await startUi({ tmpRoot: root, ...opts });
  return server;
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'qingdan-ui-test-'));
});

afterEach(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

const base = (): string => `http://127.0.0.1:${server.port}`;

/** A plain request with the headers given (Host included), its status and body. */
function raw(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port: server.port, path, headers, method }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (d: string) => (body += d)).on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    }).on('error', reject).end();
  });
}

/** Uploads files (name → content) as the page does; the answer's status and its last line as JSON. */
async function upload(files: Record<string, string>, catalogue?: [string, string]): Promise<{ status: number; last: Record<string, unknown> }> {
  const fd = new FormData();
  if (catalogue) fd.append('catalogue', new Blob([catalogue[1]]), catalogue[0]);
  for (const [name, content] of Object.entries(files)) fd.append('lists', new Blob([content]), name);
  const r = await fetch(`${base()}/api/review`, { method: 'POST', body: fd, headers: { 'X-Qingdan-Token': server.token } });
  const lines = (await r.text()).trim().split('\n');
  return { status: r.status, last: JSON.parse(lines.at(-1)!) };
}

const CSV = '事项编码,事项名称,权力类别,实施部门,下放意见,下放方式,下放范围\n370100-XK-0001,某许可,行政许可,市民政局,下放,直接下放,全部下放\n';

describe('qingdan ui server', () => {
  it('serves the page only with the token, and sets a SameSite=Strict, HttpOnly cookie', async () => {
    await start();
    expect((await raw('/')).status).toBe(403);
    expect((await raw('/?t=nope')).status).toBe(403);
    const page = await raw(`/?t=${server.token}`);
    expect(page.status).toBe(200);
    expect(String(page.headers['set-cookie'])).toMatch(/qingdan_ui=[^;]+; HttpOnly; SameSite=Strict; Path=\//u);
    expect(page.headers['content-security-policy']).toMatch(/^default-src 'self'/u);
    expect(page.body).not.toMatch(/<script>|<style>|\sstyle=|\son\w+=/u);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?t=${server.token}`);
  });

  it('lets reads through with the cookie, but changes only with the header', async () => {
    await start();
    const cookie = `qingdan_ui=${server.token}`;
    expect((await raw('/api/state', { Cookie: cookie })).status).toBe(200);
    expect((await raw('/api/state', { Cookie: 'qingdan_ui=wrong' })).status).toBe(403);
    expect((await raw('/api/review', { Cookie: cookie }, 'POST')).status).toBe(403);
    expect((await raw('/api/state', { 'X-Qingdan-Token': server.token })).status).toBe(200);
    expect(JSON.parse((await raw('/api/state', { 'X-Qingdan-Token': server.token })).body)).toBeNull();
  });

  it('refuses another Host (DNS rebinding) and cross-site requests, token or not', async () => {
    await start();
    expect((await raw(`/?t=${server.token}`, { Host: `attacker.example:${server.port}` })).status).toBe(403);
    expect((await raw(`/?t=${server.token}`, { Host: '127.0.0.1:1' })).status).toBe(403);
    expect((await raw(`/?t=${server.token}`, { Host: `localhost:${server.port}` })).status).toBe(200);
    expect((await raw('/api/state', { 'X-Qingdan-Token': server.token, 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    const refused = JSON.parse((await raw('/api/state')).body);
    expect(refused.error['zh-CN']).toMatch(/令牌/u);
    expect(refused.error.en).toMatch(/token/u);
  });

  it('refuses a file over the size limit, too many files and too large an upload, and keeps nothing of them', async () => {
    await start({ limits: { maxFileSize: 100, maxFiles: 2, maxTotal: 150 } });
    const big = await upload({ 'big.csv': 'x'.repeat(101) });
    expect(big.status).toBe(413);
    expect((big.last.error as Record<string, string>)['zh-CN']).toBe('文件“big.csv”超过大小上限（100 字节）。');
    const many = await upload({ 'a.csv': 'a', 'b.csv': 'b', 'c.csv': 'c' });
    expect(many.status).toBe(413);
    expect((many.last.error as Record<string, string>).en).toMatch(/At most 2 files/u);
    const total = await upload({ 'a.csv': 'a'.repeat(80), 'b.csv': 'b'.repeat(80) });
    expect(total.status).toBe(413);
    expect(readdirSync(server.dir)).toEqual([]);
  });

  it('keeps uploaded files inside its folder whatever their names say', async () => {
    await start();
    const r = await upload({ '../../../escape.csv': CSV, 'depts/../../../../x.csv': CSV, '/etc/cron.d/y.csv': CSV });
    expect(r.status).toBe(200);
    const view = r.last.result as { findings: { file?: string }[]; summary: { files: number } };
    expect(view.summary.files).toBe(3);
    expect(readdirSync(root)).toEqual([server.dir.split('/').pop()]);
    const files = readdirSync(join(server.dir, 'round-1', 'lists'), { recursive: true }).map(String).sort();
    expect(files).toEqual(['depts', 'depts/x.csv', 'escape.csv', 'etc', 'etc/cron.d', 'etc/cron.d/y.csv']);
  });

  it('answers a hostile file with the message the CLI gives', async () => {
    await start();
    const bytes = 'this is not a workbook\n';
    const r = await upload({ 'bad.xlsx': bytes });
    const finding = (r.last.result as { findings: { rule: string; message: Record<string, string> }[] }).findings.find((f) => f.rule === 'file-unreadable')!;
    const dir = mkdtempSync(join(tmpdir(), 'qingdan-ui-hostile-'));
    writeFileSync(join(dir, 'bad.xlsx'), bytes);
    for (const lang of ['zh-CN', 'en'] as const) {
      const cli = JSON.parse((await runInProcess(['validate', join(dir, 'bad.xlsx'), '--format', 'json', '--lang', lang], { lang })).stdout);
      expect(finding.message[lang]).toBe(cli.findings.find((f: { rule: string }) => f.rule === 'file-unreadable').message);
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('asks for the lists, and has no download before a review', async () => {
    await start();
    const r = await upload({});
    expect(r.status).toBe(400);
    expect((r.last.error as Record<string, string>)['zh-CN']).toMatch(/下放清单/u);
    expect((await raw('/api/download/json', { 'X-Qingdan-Token': server.token })).status).toBe(409);
    expect((await raw('/api/download/nothing', { 'X-Qingdan-Token': server.token })).status).toBe(404);
  });

  it('removes its temporary folder when it stops', async () => {
    await start();
    expect((await upload({ 'a.csv': CSV })).status).toBe(200);
    expect(existsSync(join(server.dir, 'round-1'))).toBe(true);
    await server.close();
    expect(existsSync(server.dir)).toBe(false);
    expect(readdirSync(root)).toEqual([]);
    await expect(fetch(`${base()}/?t=${server.token}`)).rejects.toThrow();
  });
});

describe('qingdan ui (the command)', () => {
  it('prints the address with the token, serves it, and on SIGINT stops with exit 0 and no temporary file left', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'qingdan-ui-cli-'));
    const child = spawn(process.execPath, [BIN, 'ui', '--no-open'], { cwd: ROOT, env: { ...process.env, TMPDIR: tmp, LANG: 'zh_CN.UTF-8' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.setEncoding('utf8').on('data', (d: string) => {
        out += d;
        const m = /http:\/\/127\.0\.0\.1:\d+\/\?t=[\w-]+/u.exec(out);
        if (m) resolve(m[0]);
      });
      child.once('exit', () => reject(new Error(`exited early: ${out}${err}`)));
    });
    expect(out).toMatch(/Ctrl-C/u);
    expect((await fetch(url)).status).toBe(200);
    expect((await fetch(url.replace(/\?t=.*/u, ''))).status).toBe(403);
    expect(readdirSync(tmp).filter((n) => n.startsWith('qingdan-ui-'))).toHaveLength(1);
    const code = await new Promise<number | null>((resolve) => {
      child.once('exit', (c) => resolve(c));
      child.kill('SIGINT');
    });
    expect(code).toBe(0);
    expect(err).toMatch(/已停止/u);
    expect(readdirSync(tmp)).toEqual([]);
    rmSync(tmp, { recursive: true, force: true });
  });

  it('says so when the port is taken (exit 2), leaving no temporary folder', async () => {
    const taken = await startUi({ tmpRoot: root });
    server = taken;
    const r = await runInProcess(['ui', '--port', String(taken.port), '--no-open']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/端口已被占用/u);
    await expect(startUi({ tmpRoot: root, port: taken.port })).rejects.toThrow();
    expect(readdirSync(root)).toHaveLength(1);
  });

  it('refuses a port that is not one (exit 2)', async () => {
    const r = await runInProcess(['ui', '--port', 'abc', '--no-open']);
    expect(r.code).toBe(2);
  });
});
