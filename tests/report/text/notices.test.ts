/** Every notice, and the kind-role error, renders in both languages from sample details (issue 13). */
import { describe, expect, it } from 'vitest';
import { CATALOGUE_RULES, notAList, noCatalogue, type NoticeKind } from '../../../src/check/notice.js';
import { LANGS } from '../../../src/text/lang.js';
import { ERROR_MESSAGES } from '../../../src/report/text/errors.js';
import { NOTICE_MESSAGES, NOTICES_MORE, NOTICES_SHOWN, shownNotices } from '../../../src/report/text/notices.js';

const SAMPLES: Record<NoticeKind, Record<string, unknown>[]> = {
  'not-a-list': [{}],
  'no-catalogue': [{ rules: [...CATALOGUE_RULES] }],
  'waiver-incomplete': [{ rule: 'gap', department: '市教育局', reason: '' }, { rule: 'legal-review', code: 'XK1', reason: 'TODO: 豁免理由 / reason' }],
  'department-unknown': [{ department: '市教育' }],
  'since-not-compared': [{ findings: 12, departments: 3 }],
};

describe('notice messages', () => {
  for (const kind of Object.keys(SAMPLES) as NoticeKind[]) {
    for (const lang of LANGS) {
      it(`${kind} ${lang}`, () => {
        for (const d of SAMPLES[kind]) {
          const text = NOTICE_MESSAGES[kind][lang](d);
          expect(text).not.toMatch(/undefined|null|\[object Object\]|NaN/u);
        }
      });
    }
  }

  it('shows at most NOTICES_SHOWN notices of a kind and counts the rest', () => {
    const many = [noCatalogue(), ...Array.from({ length: NOTICES_SHOWN + 5 }, (_, i) => notAList(`d/${i}.txt`))];
    const { shown, more } = shownNotices(many);
    expect([shown.length, more]).toEqual([NOTICES_SHOWN + 1, [5]]);
    expect(NOTICES_MORE.en({ n: 5 })).toBe('… and 5 more like it (all of them in --format json)');
    expect(NOTICES_MORE['zh-CN']({ n: 5 })).toContain('另有 5 条');
  });

  it('kind-role says what the file looks like and what was expected, in both languages', () => {
    for (const lang of LANGS) {
      for (const d of [{ role: 'catalogue', looksLike: 'zone', expected: 'catalogue', by: 'columns' }, { role: 'input', looksLike: 'catalogue', expected: 'list', by: 'kind' }]) {
        expect(ERROR_MESSAGES['kind-role'][lang](d)).not.toMatch(/undefined|null/u);
      }
    }
    expect(ERROR_MESSAGES['kind-role'].en({ role: 'catalogue', looksLike: 'zone', expected: 'catalogue', by: 'columns' })).toBe('the file given as --catalogue looks like a zone list (by its columns); expected a catalogue');
  });
});
