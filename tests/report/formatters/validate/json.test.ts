import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { validateJson } from '../../../../src/report/formatters/validate/json.js';
import { findingMessage } from '../../../../src/report/text/rules.js';
import schema from '../../../../schemas/validate-report.schema.json' with { type: 'json' };
import { smallReport } from './helpers.js';

describe('validate json', () => {
  it('is the contract document: each finding in the contract key order, with its message in the chosen language', async () => {
    const report = await smallReport();
    for (const lang of ['zh-CN', 'en'] as const) {
      const doc = JSON.parse(validateJson(report, { lang, color: false }));
      expect(Object.keys(doc)).toEqual(['version', 'files', 'findings', 'waived', 'summary', 'notices']);
      expect(doc.findings).toHaveLength(report.findings.length);
      expect(doc.findings.map((f: { message: string }) => f.message)).toEqual(report.findings.map((f) => findingMessage(f, lang)));
      const order = ['rule', 'severity', 'code', 'file', 'sheet', 'row', 'column', 'message', 'details'];
      for (const f of doc.findings) {
        const keys = Object.keys(f).filter((k) => order.includes(k));
        expect(keys).toEqual(order.filter((k) => keys.includes(k)));
      }
      expect(doc.summary).toEqual(report.summary);
      expect(new Ajv({ strict: false }).validate(schema, doc)).toBe(true);
    }
  });
});
