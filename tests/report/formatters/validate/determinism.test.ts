import { describe, expect, it } from 'vitest';
import { VALIDATE_FORMATS, VALIDATE_FORMATTERS } from '../../../../src/report/formatters/validate/index.js';
import { findingMessage } from '../../../../src/report/text/rules.js';
import { smallReport } from './helpers.js';

describe('every validate formatter', () => {
  it('is in the format map', () => {
    for (const name of VALIDATE_FORMATS) expect(VALIDATE_FORMATTERS[name], name).toBeTypeOf('function');
  });

  for (const name of VALIDATE_FORMATS) {
    it(`${name}: same report, same bytes; each language its own messages`, async () => {
      const format = await VALIDATE_FORMATTERS[name]();
      if (!format) throw new Error(`no formatter ${name}`);
      const a = format(await smallReport(), { lang: 'zh-CN', color: false, verbose: true });
      const b = format(await smallReport(), { lang: 'zh-CN', color: false, verbose: true });
      expect(a).toBe(b);
      expect(a).not.toContain('undefined');
      expect(a).not.toContain('[object Object]');
      const en = format(await smallReport(), { lang: 'en', color: false, verbose: true });
      expect(en).not.toBe(a);
      // A message no format needs to escape, from the rules' catalogue in each language.
      const pending = (await smallReport()).findings.find((f) => f.rule === 'pending-acceptance');
      if (!pending) throw new Error('fixture lost its pending-acceptance finding');
      expect(a).toContain(findingMessage(pending, 'zh-CN'));
      expect(en).toContain(findingMessage(pending, 'en'));
    });
  }
});
