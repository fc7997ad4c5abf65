import { describe, expect, it } from 'vitest';
import { formatDiffJson } from '../../../../src/report/formatters/diff/json.js';
import { diffSample } from '../samples.js';

describe('diff json', () => {
  it('is the result object, whole, as the contract shapes it, one document per line ending', async () => {
    const result = await diffSample();
    const text = formatDiffJson(result);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(result)));
    expect(JSON.parse(text).version).toBe(1);
    expect(text.endsWith('}\n')).toBe(true);
  });
});
