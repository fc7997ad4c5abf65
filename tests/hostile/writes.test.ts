/**
 * Nothing lost, nothing damaged (issue 8, part 2 and 6): a kill mid-write leaves the old output
 * intact, an input is never the output, two writers never interleave, the same command gives the
 * same bytes, formula-like text is neutralised in .csv and .xlsx and reads back as written.
 * Everything runs the built CLI (bin/qingdan.js) as a real process.
 */
import { spawn } from 'node:child_process';
import { linkSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readList } from '../../src/read/index.js';
import { BIN, ROOT, runCli, runInProcess } from '../helpers/cli.js';
import { bigCsv, listYaml } from './make-files.js';

const ENV = { NO_COLOR: '1', LANG: 'zh_CN.UTF-8' };
const ROWS = 40_000;
const tmpFiles = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

let dir: string;
let big: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'qingdan-writes-'));
  big = join(dir, 'big.csv');
  writeFileSync(big, bigCsv(ROWS));
});

/** The item codes of a file as qingdan reads it (it must read). */
async function codesOf(path: string): Promise<string[]> {
  return (await readList(path)).items.map((i) => i.code);
}

/** Runs the CLI in this process (quicker, for setting up), quietly; the exit code. */
async function qingdanIn(...args: string[]): Promise<number> {
  return (await runInProcess(args, { lang: 'zh-CN' })).code;
}

interface Killed {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  /** The temporary file was seen (the process had started writing) and the signal sent. */
  sent: boolean;
}

/** Starts `qingdan ...args` and sends `signal` the moment a temporary file for `outName` appears in `outDir`. */
function killWhenWriting(args: string[], outDir: string, outName: string, signal: NodeJS.Signals): Promise<Killed> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, ...ENV }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    let sent = false;
    // This child's own temporary file (named with its pid), not one a killed run left behind.
    const isTmp = (f: string): boolean => f.startsWith(`.${outName}.${child.pid}.`) && f.endsWith('.tmp');
    const fire = (): void => {
      if (sent) return;
      sent = true;
      child.kill(signal);
    };
    // inotify tells at once; the poll is the fallback where watching is not available.
    const watcher = watch(outDir, (_e, f) => void (f && isTmp(String(f)) && fire()));
    const poll = setInterval(() => void (readdirSync(outDir).some(isTmp) && fire()), 5);
    const guard = setTimeout(() => child.kill('SIGKILL'), 90_000);
    child.on('error', reject);
    child.on('close', (code, sig) => {
      clearInterval(poll);
      clearTimeout(guard);
      watcher.close();
      resolve({ code, signal: sig, stderr, sent });
    });
  });
}

describe('a kill during the write leaves the old output intact', () => {
  const cases = [
    ['.csv', 'SIGKILL'],
    ['.csv', 'SIGINT'],
    ['.csv', 'SIGTERM'],
    ['.xlsx', 'SIGKILL'],
    ['.xlsx', 'SIGINT'],
  ] as const;
  it.each(cases)('%s, %s', async (ext, signal) => {
    const outDir = join(dir, `kill-${signal}${ext}`);
    mkdirSync(outDir);
    const small = join(outDir, 'small.yaml');
    writeFileSync(small, listYaml(['OLD1', 'OLD2', 'OLD3']));
    const out = join(outDir, `OUT${ext}`);
    expect(await qingdanIn('export', small, '-o', out)).toBe(0);
    const before = readFileSync(out);

    for (let attempt = 1; ; attempt++) {
      const r = await killWhenWriting(['export', big, '-o', out, '--force'], outDir, `OUT${ext}`, signal);
      expect(r.sent, `the temporary file never appeared: ${r.stderr}`).toBe(true);
      if (!readFileSync(out).equals(before)) {
        // The signal landed after the rename (a loaded machine): the new file must then be whole. Try again.
        expect(await codesOf(out)).toHaveLength(ROWS);
        expect(attempt, 'could not interrupt the write in three attempts').toBeLessThan(3);
        writeFileSync(out, before);
        continue;
      }
      if (signal === 'SIGKILL') {
        expect(r.signal).toBe('SIGKILL');
      } else {
        // Ctrl-C or a polite kill: the handler removes the temporary file, says so, and exits 128 + the signal's number.
        expect(r.code, r.stderr).toBe(signal === 'SIGINT' ? 130 : 143);
        expect(r.stderr).toMatch(new RegExp(`${signal} 中断`, 'u'));
        expect(r.stderr).not.toMatch(/\n\s+at /u);
        expect(tmpFiles(outDir)).toEqual([]);
      }
      break;
    }
    expect(await codesOf(out)).toEqual(['OLD1', 'OLD2', 'OLD3']);
  }, 120_000);
});

describe('an input is never the output', () => {
  let d: string;
  let a: string;
  beforeAll(() => {
    d = join(dir, 'in-out');
    mkdirSync(d);
    a = join(d, 'a.yaml');
  });
  const original = listYaml(['A1', 'A2']);

  it('refuses export a.yaml -o a.yaml (even with --force), names the file and leaves it as it was', async () => {
    writeFileSync(a, original);
    for (const extra of [[], ['--force']]) {
      const r = await runCli(['export', a, '-o', a, ...extra], { env: ENV });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('a.yaml');
      expect(r.stderr).toMatch(/输出文件就是输入文件.*--in-place/u);
      expect(readFileSync(a, 'utf8')).toBe(original);
    }
    expect(tmpFiles(d)).toEqual([]);
  });

  it('sees through another spelling of the path, a symbolic link and a hard link', async () => {
    writeFileSync(a, original);
    symlinkSync(a, join(d, 'sym.yaml'));
    linkSync(a, join(d, 'hard.yaml'));
    const attempts = [
      [a, join(d, 'sub', '..', 'a.yaml')],
      [join(d, 'sym.yaml'), a],
      [a, join(d, 'sym.yaml')],
      [a, join(d, 'hard.yaml')],
    ];
    for (const [input, output] of attempts) {
      const r = await runCli(['export', input, '-o', output, '--force'], { env: ENV });
      expect(r.code, `${input} -> ${output}`).toBe(2);
      expect(r.stderr).toMatch(/输出文件就是输入文件/u);
    }
    expect(readFileSync(a, 'utf8')).toBe(original);
  });

  it('rewrites the input with --in-place', async () => {
    writeFileSync(a, `# 手写的注释\n${original}`);
    const r = await runCli(['export', a, '-o', a, '--in-place'], { env: ENV });
    expect(r.code, r.stderr).toBe(0);
    const doc = parse(readFileSync(a, 'utf8'));
    expect(doc.items.map((i: { code: string }) => i.code)).toEqual(['A1', 'A2']);
    expect(readFileSync(a, 'utf8')).not.toContain('手写的注释');
  });

  it('refuses an existing output without --force and names it', async () => {
    writeFileSync(a, original);
    const out = join(d, '旧输出.csv');
    writeFileSync(out, 'old content');
    const r = await runCli(['export', a, '-o', out], { env: ENV });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('旧输出.csv');
    expect(r.stderr).toMatch(/已存在.*--force/u);
    expect(readFileSync(out, 'utf8')).toBe('old content');
    const en = await runCli(['export', a, '-o', out, '--lang', 'en'], { env: ENV });
    expect(en.stderr).toMatch(/旧输出\.csv: the output file exists; add --force/u);
  });

  it('holds for merge -o and sync --write too', async () => {
    writeFileSync(a, original);
    const b = join(d, 'b.yaml');
    writeFileSync(b, listYaml(['B1']));
    const m = await runCli(['merge', a, b, '-o', b, '--force'], { env: ENV });
    expect(m.code).toBe(2);
    expect(m.stderr).toMatch(/b\.yaml.*输出文件就是输入文件/u);
    const cat = join(d, 'cat.yaml');
    writeFileSync(cat, listYaml(['A1', 'A2', 'A3']));
    const list = join(d, 'list.yaml');
    const listText = 'kind: delegation\ndepartment: 市民政局\nitems:\n  - { code: "A1", name: 事项A1, category: 行政许可, decision: 不下放, reason: 无 }\n';
    writeFileSync(list, listText);
    const s = await runCli(['sync', '--catalogue', cat, list, '--write', list, '--format', 'json'], { env: ENV });
    expect(s.code).toBe(2);
    expect(readFileSync(list, 'utf8')).toBe(listText);
    const inPlace = await runCli(['sync', '--catalogue', cat, list, '--write', list, '--in-place', '--format', 'json'], { env: ENV });
    expect([0, 1], inPlace.stderr).toContain(inPlace.code);
    expect(readFileSync(list, 'utf8')).not.toBe(listText);
  });
});

describe('two processes writing the same output at once', () => {
  it.each(['.csv', '.xlsx'])('leave one whole %s, byte-equal to one of the two, never a mix', async (ext) => {
    const d = join(dir, `race${ext}`);
    mkdirSync(d);
    const [a, b] = [join(d, 'a.csv'), join(d, 'b.csv')];
    writeFileSync(a, bigCsv(5_000, '甲'));
    writeFileSync(b, bigCsv(5_000, '乙'));
    const [refA, refB, out] = [join(d, `refA${ext}`), join(d, `refB${ext}`), join(d, `OUT${ext}`)];
    writeFileSync(out, 'old');
    const [ra, rb, refs] = await Promise.all([
      runCli(['export', a, '-o', out, '--force'], { env: ENV }),
      runCli(['export', b, '-o', out, '--force'], { env: ENV }),
      qingdanIn('export', a, '-o', refA).then(async (c) => c + (await qingdanIn('export', b, '-o', refB))),
    ]);
    expect([ra.code, rb.code, refs]).toEqual([0, 0, 0]);
    const got = readFileSync(out);
    expect(got.equals(readFileSync(refA)) || got.equals(readFileSync(refB)), 'the output is neither whole file').toBe(true);
    const names = new Set((await readList(out)).items.map((i) => i.name?.[0]));
    expect(names.size).toBe(1);
    expect(tmpFiles(d)).toEqual([]);
  }, 60_000);

  it('without --force: one writes the new file, the other is refused, whichever comes second', async () => {
    const d = join(dir, 'race-new');
    mkdirSync(d);
    const [a, b] = [join(d, 'a.csv'), join(d, 'b.csv')];
    writeFileSync(a, bigCsv(3_000, '甲'));
    writeFileSync(b, bigCsv(3_000, '乙'));
    const out = join(d, 'OUT.csv');
    // Both find no OUT when they start; only the write itself can tell who was first.
    const runs = await Promise.all([runCli(['export', a, '-o', out], { env: ENV }), runCli(['export', b, '-o', out], { env: ENV })]);
    expect(runs.map((r) => r.code).sort()).toEqual([0, 2]);
    const loser = runs.find((r) => r.code === 2)!;
    expect(loser.stderr).toMatch(/OUT\.csv: 输出文件已存在/u);
    const winner = runs.findIndex((r) => r.code === 0);
    expect(new Set((await readList(out)).items.map((i) => i.name?.[0]))).toEqual(new Set([winner === 0 ? '甲' : '乙']));
    expect(tmpFiles(d)).toEqual([]);
  }, 60_000);
});

describe('the same command twice gives the same bytes', () => {
  const fx = (...p: string[]): string => join(ROOT, 'tests', 'fixtures', ...p);
  /** Each command with the file it writes (or undefined: stdout). */
  const commands = (d: string, n: number): [string[], string | undefined][] => [
    [['export', fx('validate', 'clean-market.yaml'), '-o', join(d, `${n}.csv`)], join(d, `${n}.csv`)],
    [['export', fx('validate', 'clean-market.yaml'), '-o', join(d, `${n}.yaml`)], join(d, `${n}.yaml`)],
    [['export', fx('validate', 'clean-market.yaml'), '-o', join(d, `${n}.json`)], join(d, `${n}.json`)],
    [['export', fx('validate', 'clean-market.yaml'), '-o', join(d, `${n}.xlsx`)], join(d, `${n}.xlsx`)],
    [['export', fx('validate', 'clean-market.yaml'), '-o', join(d, `${n}.pub.xlsx`), '--publish', '--catalogue', fx('validate', 'catalogue.yaml')], join(d, `${n}.pub.xlsx`)],
    [['validate', fx('validate', 'defects-market.yaml'), '--catalogue', fx('validate', 'catalogue.yaml'), '--format', 'json'], undefined],
    [['diff', fx('diff', 'catalogue-old.yaml'), fx('diff', 'catalogue-new.yaml'), '--format', 'json'], undefined],
  ];

  it('for export (.csv .yaml .json .xlsx, --publish), validate --format json and diff --format json', async () => {
    const d = join(dir, 'repeat');
    mkdirSync(d);
    // The second run comes seconds later and in another time zone: no clock, no zone in the output.
    const runAll = async (n: number, TZ: string): Promise<Buffer[]> => {
      const runs = commands(d, n).map(async ([args, file]) => {
        const r = await runCli(args, { env: { ...ENV, TZ } });
        expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBeLessThan(2);
        return file ? readFileSync(file) : Buffer.from(r.stdout);
      });
      return Promise.all(runs);
    };
    const first = await runAll(1, 'Asia/Shanghai');
    await new Promise((ok) => setTimeout(ok, 2100)); // zip times have a 2-second grain
    const second = await runAll(2, 'America/New_York');
    commands(d, 0).forEach(([args], k) => {
      expect(first[k].length, args.join(' ')).toBeGreaterThan(50);
      expect(second[k].equals(first[k]), `${args.join(' ')} differs between runs`).toBe(true);
    });
  }, 60_000);
});

describe('formula-like text in .csv and .xlsx output', () => {
  // Every start a spreadsheet takes for a formula, with a DDE payload, a phone number and text
  // that already begins with an apostrophe (which must survive the round trip too).
  const names = ['=1+1', '+86 531 8888', '-5', '@SUM(A1)', "=cmd|' /C calc'!A0", "'=已有撇号", '=HYPERLINK("http://127.0.0.1:9/","点")'];
  const codes = names.map((_, k) => `F${k}`);
  let d: string;
  let input: string;
  beforeAll(() => {
    d = join(dir, 'formula');
    mkdirSync(d);
    input = join(d, 'in.yaml');
    // Tab and CR starts: the model trims outer whitespace, so they reach the writers as "=…" (covered above).
    writeFileSync(input, listYaml(codes, names).replace('department: 市民政局', 'department: "=2+3"'));
  });

  it('are neutralised in .csv (an apostrophe first) and read back as the same text', async () => {
    const out = join(d, 'out.csv');
    expect((await runCli(['export', input, '-o', out], { env: ENV })).code).toBe(0);
    const lines = readFileSync(out, 'utf8').replace(/^\uFEFF/u, '').split('\r\n').slice(1, -1);
    // No field of the file, as a spreadsheet splits it, starts like a formula.
    const fields = lines.flatMap((l) => l.match(/("([^"]|"")*"|[^,]*)(,|$)/gu) ?? []).map((f) => f.replace(/,$/u, '').replace(/^"/u, ''));
    expect(fields.filter((f) => /^[=+\-@\t\r]/u.test(f))).toEqual([]);
    expect(lines[0]).toMatch(/^F0,'=1\+1,/u);
    const back = join(d, 'back.yaml');
    expect((await runCli(['export', out, '-o', back], { env: ENV })).code).toBe(0);
    const items = parse(readFileSync(back, 'utf8')).items as { name: string; department: string }[];
    expect(items.map((i) => i.name)).toEqual(names);
    expect(items[0].department).toBe('=2+3');
  });

  it('are plain strings in .xlsx, never formulas, and read back as the same text', async () => {
    const out = join(d, 'out.xlsx');
    expect((await runCli(['export', input, '-o', out], { env: ENV })).code).toBe(0);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    let cells = 0;
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => {
      cells++;
      expect(cell.formula, `${ws.name}!${cell.address}`).toBeUndefined();
      if (typeof cell.value === 'string' && /^[=+\-@]/u.test(cell.value)) expect(cell.type).toBe(ExcelJS.ValueType.String);
    })));
    expect(cells).toBeGreaterThan(names.length * 2);
    const back = join(d, 'back-x.yaml');
    expect((await runCli(['export', out, '-o', back], { env: ENV })).code).toBe(0);
    const items = parse(readFileSync(back, 'utf8')).items as { name: string; department: string }[];
    expect(items.map((i) => i.name)).toEqual(names);
    expect(items[0].department).toBe('=2+3');
  });
});
