import { describe, expect, it } from 'vitest';
import { formatSyncJson } from '../../../../src/report/formatters/sync/json.js';
import { syncSample } from '../samples.js';

describe('sync json', () => {
  it('is the result object, whole, as the contract shapes it, one document per line ending', async () => {
    const result = await syncSample();
    const text = formatSyncJson(result);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(result)));
    expect(JSON.parse(text).version).toBe(1);
    expect(text.endsWith('}\n')).toBe(true);
  });
});
