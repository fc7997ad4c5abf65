import { describe, expect, it } from 'vitest';
import type { ErrorCode } from '../../../src/errors.js';
import { LANGS } from '../../../src/text/lang.js';
import { CSV_PARSE, FS, REASONS, reasonText, YAML_SYNTAX } from '../../../src/report/text/error-reasons.js';
import { ERROR_MESSAGES } from '../../../src/report/text/errors.js';
import { englishFragments } from '../../helpers/english.js';

/** Every argument a reason's message may use. */
const ARGS = {
  entry: 'xl/worksheets/sheet1.xml', count: 200000, limit: 100000, method: 12, part: 'xl/workbook.xml', line: 2, column: 254,
  field: 'name', got: 'list', item: 3, kind: 'something', path: 'rules.gap', key: 'reason', type: 'array', allowed: 'error, warning',
  pattern: '^A', format: 'date', max: true, comparison: '>=', keyword: 'oneOf', code: 'EACCES', yaml: 'BAD_INDENT', csv: 'CSV_INVALID_CLOSING_QUOTE',
};

const sub = (name: string, table: Record<string, unknown>, reason: string, arg: string): [string, Record<string, unknown>][] =>
  Object.keys(table).map((code) => [`${name} ${code}`, { ...ARGS, reason, [arg]: code }]);

const CASES: [string, Record<string, unknown>][] = [
  ...Object.keys(REASONS).map((reason): [string, Record<string, unknown>] => [reason, { ...ARGS, reason }]),
  ...sub('yaml', YAML_SYNTAX, 'yaml-syntax', 'yaml'),
  ...sub('csv-parse', CSV_PARSE, 'csv-parse', 'csv'),
  ...sub('errno', FS, 'fs', 'code'),
  ['an errno code without a text of its own', { reason: 'fs', code: 'ESOMETHING' }],
];

describe('error reasons', () => {
  it.each(CASES)('%s: both languages, no undefined; no English in zh-CN, no Chinese punctuation in en', (_name, args) => {
    for (const lang of LANGS) {
      const text = reasonText(args, lang);
      expect(text, lang).not.toBe('');
      expect(text, lang).not.toMatch(/undefined|NaN|\[object/u);
    }
    expect(englishFragments(reasonText(args, 'zh-CN'))).toEqual([]);
    expect(reasonText(args, 'en').replace(/[“”]/gu, '"')).not.toMatch(/[，：（）；]/u);
  });

  it('every error message, with and without a reason: no English in zh-CN, no undefined', () => {
    for (const [key, msg] of Object.entries(ERROR_MESSAGES)) {
      for (const args of [{}, { ...ARGS, reason: 'zip-no-end', size: 10, ratio: 300, declared: 4096, sheet: '目录', sheets: '目录', offset: 9, tag: '!!x', first: 1, second: 2, ext: '.txt', allowed: '.csv .yaml', signal: 'SIGINT', dir: 'in', row: 3 }]) {
        const zh = msg['zh-CN'](args);
        expect(englishFragments(zh), `${key}: ${zh}`).toEqual([]);
        for (const lang of LANGS) expect(msg[lang](args), `${key} ${lang}`).not.toMatch(/undefined|NaN|\[object/u);
      }
    }
  });

  it('reach the messages of the errors that carry them', () => {
    const keys: ErrorCode[] = ['xlsx-corrupt', 'csv-malformed', 'yaml-syntax', 'yaml-shape', 'yaml-schema', 'config-invalid', 'baseline-invalid', 'usage', 'write-failed', 'file-unreadable-os'];
    for (const key of keys) {
      expect(ERROR_MESSAGES[key]['zh-CN']({ reason: 'zip-no-end' }), key).toContain('找不到压缩包的中央目录结尾');
      expect(ERROR_MESSAGES[key].en({ reason: 'zip-no-end' }), key).toContain('no end of the zip central directory');
    }
  });
});
