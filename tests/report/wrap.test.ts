/** fitLines and the table's block form: pretty text fitted to a terminal width, measured by display width. */
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { renderTable } from '../../src/report/table.js';
import { fitLines, oneLine } from '../../src/report/wrap.js';

const widest = (text: string): number => Math.max(...text.split('\n').map((l) => stringWidth(l)));

describe('fitLines', () => {
  it('leaves lines that fit as they are, and everything without a width', () => {
    const text = '  短行\nshort line\n';
    expect(fitLines(text, 80)).toBe(text);
    expect(fitLines('x'.repeat(300), undefined)).toBe('x'.repeat(300));
  });

  it('wraps at spaces with a hanging indent under the field the break falls in', () => {
    const line = `  12:事项名称  错误  370100-XK-0001  ${'目录事项未出现在任何部门的下放清单中；'.repeat(3)}  gap`;
    const out = fitLines(line, 80).split('\n');
    expect(out.length).toBeGreaterThan(2);
    expect(out.every((l) => stringWidth(l) <= 80)).toBe(true);
    const messageAt = stringWidth('  12:事项名称  错误  370100-XK-0001  ');
    for (const l of out.slice(1)) expect(l.length - l.trimStart().length).toBe(messageAt);
    // Nothing lost: the same text without the spaces of the breaks.
    expect(out.join('').replace(/\s+/gu, '')).toBe(line.replace(/\s+/gu, ''));
  });

  it('never starts a continuation at column 0, and indents past a line\'s own indent', () => {
    const out = fitLines(`共检查 3250 个事项：${'发现问题 76 个（错误 37，警告 39），'.repeat(4)}`, 40).split('\n');
    expect(out.slice(1).every((l) => l.startsWith('  ') && l.trim() !== '')).toBe(true);
    const indented = fitLines(`  ${'word '.repeat(30)}`, 40).split('\n');
    expect(indented.slice(1).every((l) => l.startsWith('    ') && !l.startsWith('     '))).toBe(true);
  });

  it('never breaks inside a code, a date, a path or an ASCII word; CJK text breaks between characters', () => {
    const words = ['370100-XK-0001', '2016-06-30', 'examples/jinan/depts/市公安局.xlsx', 'department-mismatch', 'legal-review'];
    const line = `  ${Array.from({ length: 8 }, (_, i) => `${words[i % words.length]} 的事项在目录中编号不同，`).join(' ')}`;
    for (const width of [40, 57, 80]) {
      const out = fitLines(line, width);
      expect(widest(out)).toBeLessThanOrEqual(width);
      for (const w of words) expect(out.split(w).length, `${w} at ${width}`).toBe(line.split(w).length);
      // A break does not leave a closing mark at the start of a line.
      expect(out.split('\n').every((l) => !/^\s*[，。；：）]/u.test(l))).toBe(true);
    }
  });

  it('cuts a word wider than the whole line, the only way it can fit', () => {
    const out = fitLines(`  ${'a'.repeat(100)}`, 40);
    expect(widest(out)).toBeLessThanOrEqual(40);
    expect(out.replace(/\s+/gu, '')).toBe('a'.repeat(100));
  });

  it('gives colour codes no width and keeps them whole', () => {
    const red = (s: string): string => `\u001b[31m${s}\u001b[39m`;
    const line = `  ${red('错误')}  ${'很长的说明文字'.repeat(12)}  ${red('gap')}`;
    const out = fitLines(line, 50);
    expect(widest(out)).toBeLessThanOrEqual(50);
    expect(out).toContain(red('错误'));
    expect(out).toContain(red('gap'));
  });

  it('shows line breaks inside a value as ⏎', () => {
    expect(oneLine('下放\n范围')).toBe('下放⏎范围');
    expect(oneLine('a\r\nb\rc')).toBe('a⏎b⏎c');
  });
});

describe('renderTable with a width', () => {
  const rows = [['部门', '目录', '下放\n范围', '进度'], ['市市场监管局', '120', '全部下放', '█████ 100%'], ['市教育局', '8', '部分下放', '██░░░  40%']];

  it('is an aligned table where it fits, its header\'s line break shown as ⏎', () => {
    const out = renderTable(rows, ['left', 'right', 'left', 'right'], 80);
    expect(out.split('\n')[0]).toContain('下放⏎范围');
    expect(out).toContain('──');
    expect(out.split('\n').length).toBe(5);
  });

  it('is one block per record, label: value, where it does not fit', () => {
    const out = renderTable(rows, ['left', 'right', 'left', 'right'], 34);
    expect(out).not.toContain('──');
    expect(out.split('\n\n')).toHaveLength(2);
    expect(out).toContain('市市场监管局\n  目录: 120  下放⏎范围: 全部下放\n  进度: █████ 100%');
    expect(widest(out)).toBeLessThanOrEqual(34);
  });
});
