import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatGithub } from '../../../../src/report/formatters/validate/github.js';
import { departmentGap, reportWith, smallReport } from './helpers.js';

interface Annotation { command: string; props: Record<string, string>; message: string }

const unescape = (s: string): string => s.replace(/%2C/gu, ',').replace(/%3A/gu, ':').replace(/%0A/gu, '\n').replace(/%0D/gu, '\r').replace(/%25/gu, '%');

function parse(text: string): { annotations: Annotation[]; plain: string[] } {
  const annotations: Annotation[] = [];
  const plain: string[] = [];
  for (const line of text.trimEnd().split('\n')) {
    const m = /^::(\w+) ([^:]*)::(.*)$/u.exec(line);
    if (!m) {
      plain.push(line);
      continue;
    }
    const props = Object.fromEntries(m[2].split(',').map((p) => [p.slice(0, p.indexOf('=')), unescape(p.slice(p.indexOf('=') + 1))]));
    annotations.push({ command: m[1], props, message: unescape(m[3]) });
  }
  return { annotations, plain };
}

describe('validate --format github', () => {
  it('gives one annotation per error and warning (notices with --verbose), with the workflow command of its severity', async () => {
    const report = await smallReport();
    const quiet = parse(formatGithub(report, { lang: 'zh-CN', color: false }));
    expect(quiet.annotations.map((a) => a.command)).toEqual(report.findings.filter((f) => f.severity !== 'info').map((f) => (f.severity === 'error' ? 'error' : 'warning')));
    expect(quiet.plain).toHaveLength(1);
    const { annotations, plain } = parse(formatGithub(report, { lang: 'zh-CN', color: false, verbose: true }));
    expect(annotations).toHaveLength(report.findings.length);
    const want = { error: 'error', warning: 'warning', info: 'notice' } as const;
    annotations.forEach((a, i) => {
      const f = report.findings[i];
      expect(a.command).toBe(want[f.severity]);
      expect(a.props.file).toBe(f.file);
      expect(a.props.line).toBe(f.row === undefined ? undefined : String(f.row));
      expect(a.props.title.split(' ')[0]).toBe(f.rule);
      if (f.column) expect(a.message).toContain(f.column);
    });
    expect(annotations.map((a) => a.command)).toEqual(expect.arrayContaining(['error', 'warning', 'notice']));
    expect(plain).toHaveLength(1);
  });

  it('does not annotate waived findings', async () => {
    const report = await smallReport();
    expect(report.waived.length).toBeGreaterThan(0);
    const { annotations } = parse(formatGithub(report, { lang: 'en', color: false }));
    expect(annotations.some((a) => a.props.title.startsWith('partial-delegation'))).toBe(false);
  });

  it('escapes %, CR and LF in messages and also , and : in properties', () => {
    expect(escapeData('50% a\r\nb')).toBe('50%25 a%0D%0Ab');
    expect(escapeProperty('a,b:c%')).toBe('a%2Cb%3Ac%25');
    const f = { ...departmentGap('市人防办'), file: 'depts/a,b:c.yaml', row: 3 };
    const text = formatGithub(reportWith([f]), { lang: 'en', color: false });
    const first = text.split('\n')[0];
    expect(first.startsWith('::error file=depts/a%2Cb%3Ac.yaml,line=3,title=gap::')).toBe(true);
    expect(parse(text).annotations[0].props.file).toBe('depts/a,b:c.yaml');
  });

  it('leaves out file and line when the finding has no place', () => {
    const { annotations } = parse(formatGithub(reportWith([departmentGap('市人防办')]), { lang: 'zh-CN', color: false }));
    expect(annotations[0].props).toEqual({ title: 'gap' });
    expect(annotations[0].message).toContain('市人防办');
  });
});
