import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { afterEach, describe, expect, it, vi } from 'vitest';
import schema from '../../schemas/validate-report.schema.json' with { type: 'json' };
import { runInProcess } from '../helpers/cli.js';

const F = 'tests/fixtures/validate';
const CAT = ['--catalogue', `${F}/catalogue.yaml`];
// These cases check a department's list in the full review: the other departments' gaps (and lists not sent) count.
const ALL = ['--all-departments'];

async function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const { code, stdout, stderr } = await runInProcess(argv);
  return { code, out: stdout, err: stderr };
}

async function tmp(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'qingdan-validate-'));
}

afterEach(() => vi.restoreAllMocks());

describe('qingdan validate', () => {
  it('exits 1 on errors and prints the contract’s JSON', async () => {
    const { code, out } = await cli(['validate', `${F}/clean-market.yaml`, ...CAT, ...ALL, '--format', 'json']);
    expect(code).toBe(1);
    const doc = JSON.parse(out);
    const validateFn = new Ajv({ strict: false }).compile(schema);
    expect(validateFn(doc), JSON.stringify(validateFn.errors)).toBe(true);
    expect(Object.keys(doc)).toEqual(['version', 'files', 'findings', 'waived', 'summary', 'notices']);
    expect(Object.keys(doc.findings[0])).toEqual(['rule', 'severity', 'file', 'message', 'details', 'department']);
    const item = JSON.parse((await cli(['validate', `${F}/defects-market.yaml`, ...CAT, '--format', 'json'])).out).findings.find((f: { rule: string }) => f.rule === 'name-mismatch');
    expect(Object.keys(item)).toEqual(['rule', 'severity', 'code', 'file', 'row', 'column', 'message', 'details', 'department']);
    expect(doc.findings[0].message).toContain('市规划局');
    expect(doc.summary).toMatchObject({ items: 3, errors: 2, warnings: 0, infos: 0, waived: 0, byRule: { gap: 2 } });
  });

  it('exits 0 when the configuration turns the failing rule off', async () => {
    const dir = await tmp();
    await writeFile(join(dir, 'qingdan.config.yaml'), 'rules:\n  gap: off\n');
    const { code, out } = await cli(['validate', `${F}/clean-market.yaml`, ...CAT, ...ALL, '--config', join(dir, 'qingdan.config.yaml'), '--format', 'json']);
    expect(code).toBe(0);
    expect(JSON.parse(out).findings).toEqual([]);
  });

  it('exits 1 on warnings only with --fail-on warning', async () => {
    const dir = await tmp();
    await writeFile(join(dir, 'c.yaml'), 'rules:\n  gap: warning\n');
    const base = ['validate', `${F}/clean-market.yaml`, ...CAT, ...ALL, '--config', join(dir, 'c.yaml'), '--format', 'json'];
    expect((await cli(base)).code).toBe(0);
    expect((await cli([...base, '--fail-on', 'warning'])).code).toBe(1);
  });

  it('exits 2 when an input is unreadable, after checking the others', async () => {
    const { code, out } = await cli(['validate', `${F}/broken-syntax.yaml`, `${F}/clean-market.yaml`, ...CAT, ...ALL, '--format', 'json']);
    expect(code).toBe(2);
    const rules = JSON.parse(out).findings.map((f: { rule: string }) => f.rule);
    expect(rules).toContain('file-unreadable');
    expect(rules).toContain('gap');
  });

  it('exits 2 on a bad configuration, naming the file and line', async () => {
    const dir = await tmp();
    await writeFile(join(dir, 'qingdan.config.yaml'), 'catalogue: c.yaml\nrulez: {}\n');
    const { code, err, out } = await cli(['validate', `${F}/clean-market.yaml`, '--config', join(dir, 'qingdan.config.yaml'), '--lang', 'en']);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain('qingdan.config.yaml');
    expect(err).toContain('row 2');
    expect(err).toContain('rulez');
  });

  it('exits 2 on bad arguments', async () => {
    expect((await cli(['validate', `${F}/clean-market.yaml`, '--fail-on', 'sometimes'])).code).toBe(2);
  });

  it('writes a baseline that waives the current findings on the next run', async () => {
    const dir = await tmp();
    const baseline = join(dir, 'qingdan.baseline.yaml');
    const first = await cli(['validate', `${F}/clean-market.yaml`, ...CAT, ...ALL, '--write-baseline', baseline, '--format', 'json']);
    expect(first.code).toBe(1);
    expect(await readFile(baseline, 'utf8')).toContain('rule: gap');
    // As written, every entry still has the placeholder reason: nothing is waived, and each entry is named.
    const unfilled = await cli(['validate', `${F}/clean-market.yaml`, ...CAT, ...ALL, '--baseline', baseline, '--format', 'json']);
    expect(unfilled.code).toBe(1);
    const notices = JSON.parse(unfilled.out).notices.filter((n: { kind: string }) => n.kind === 'waiver-incomplete');
    expect(notices.map((n: { level: string; details: { rule: string } }) => [n.level, n.details.rule])).toEqual([['warning', 'gap'], ['warning', 'gap']]);
    expect(notices[0].message).toContain('rule: gap');
    const en = await cli(['validate', `${F}/clean-market.yaml`, ...CAT, ...ALL, '--baseline', baseline, '--format', 'pretty', '--lang', 'en']);
    expect(en.out).toContain('has the placeholder still as its reason, so it waives nothing');
    await writeFile(baseline, (await readFile(baseline, 'utf8')).replace(/TODO: 豁免理由 \/ reason/gu, '市政府同意暂缓'));
    const second = await cli(['validate', `${F}/clean-market.yaml`, ...CAT, ...ALL, '--baseline', baseline, '--format', 'json']);
    expect(second.code).toBe(0);
    const doc = JSON.parse(second.out);
    expect([doc.findings.length, doc.waived.length, doc.summary.waived]).toEqual([0, 2, 2]);
    expect(doc.waived[0].waiver.reason).toBe('市政府同意暂缓');
    // The baseline exists now: writing it again needs --force.
    expect((await cli(['validate', `${F}/clean-market.yaml`, ...CAT, ...ALL, '--write-baseline', baseline, '--format', 'json'])).code).toBe(2);
  });

  it('speaks English with --lang en', async () => {
    const { out } = await cli(['validate', `${F}/defects-market.yaml`, ...CAT, '--format', 'json', '--lang', 'en']);
    const messages = JSON.parse(out).findings.map((f: { message: string }) => f.message).join('\n');
    expect(messages).toContain('did you mean XK0002');
    expect(messages).not.toContain('应为');
  });

  it('takes the zone list with --zone and the catalogue from the configuration', async () => {
    const dir = await tmp();
    const root = process.cwd();
    await writeFile(join(dir, 'qingdan.config.yaml'), `catalogue: ${join(root, 'examples/small/catalogue.yaml')}\n`);
    const { code, out } = await cli(['validate', 'examples/small/delegation.yaml', '--zone', 'examples/small/zone.yaml', '--config', join(dir, 'qingdan.config.yaml'), '--format', 'json']);
    expect(code).toBe(1);
    const doc = JSON.parse(out);
    expect(doc.files.map((f: { role: string; kind: string }) => [f.role, f.kind])).toEqual([['input', 'delegation'], ['catalogue', 'catalogue'], ['zone', 'zone']]);
    expect(doc.summary.byRule).toEqual(JSON.parse(await readFile('examples/small/expected-counts.json', 'utf8')));
  });
});

describe('qingdan validate in CI (the jinan review)', () => {
  const JINAN = ['validate', 'examples/jinan/depts', '--catalogue', 'examples/jinan/catalogue-2016.xlsx'];

  it('--format markdown fits a pull-request comment and lists every error and warning', async () => {
    const json = JSON.parse((await cli([...JINAN, '--format', 'json'])).out);
    const { out } = await cli([...JINAN, '--format', 'markdown']);
    expect(out.length).toBeLessThan(65_536);
    const rows = out.split('\n').filter((l) => l.startsWith('| ⛔') || l.startsWith('| ⚠️'));
    expect(rows).toHaveLength(json.summary.errors + json.summary.warnings);
    expect(out).not.toContain('| ℹ️');
  });

  it('--format github annotates errors and warnings only, ends with one summary line, and writes the job summary', async () => {
    const json = JSON.parse((await cli([...JINAN, '--format', 'json'])).out);
    const dir = await tmp();
    vi.stubEnv('GITHUB_STEP_SUMMARY', join(dir, 'summary.md'));
    try {
      const lines = (await cli([...JINAN, '--format', 'github'])).out.trimEnd().split('\n');
      expect(lines.filter((l) => l.startsWith('::notice'))).toHaveLength(0);
      expect(lines.filter((l) => l.startsWith('::error '))).toHaveLength(json.summary.errors);
      expect(lines.filter((l) => l.startsWith('::warning '))).toHaveLength(json.summary.warnings);
      expect(lines.filter((l) => !l.startsWith('::'))).toHaveLength(1);
      expect(await readFile(join(dir, 'summary.md'), 'utf8')).toContain('## ⛔');
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
