/** The library's exportList writes lists as read; it never publishes ungated (issue 16: publishing is publishFiles, the review first). */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { errorMessage } from '../../src/report/messages.js';
import { exportList, publishFiles, UsageError } from '../../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'qingdan-export-gate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('exportList', () => {
  it('refuses publish: true, names the gate in both languages, and writes nothing', async () => {
    const out = join(dir, 'p.xlsx');
    const err = await exportList(['examples/small/delegation.yaml'], out, { publish: true }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect(errorMessage(err as UsageError, 'en')).toContain('publishFiles');
    expect(errorMessage(err as UsageError, 'zh-CN')).toContain('审核把关');
    expect(existsSync(out)).toBe(false);
  });

  it('still writes a list as read, and publishFiles publishes through the review', async () => {
    const out = join(dir, 'list.csv');
    const r = await exportList(['examples/small/delegation.yaml'], out);
    expect([r.output.items, existsSync(out)]).toEqual([20, true]);
    const p = await publishFiles(['examples/small/delegation.yaml'], join(dir, 'pub.xlsx'), { catalogue: 'examples/small/catalogue.yaml', config: false, baseline: false, allowFindings: true });
    expect(p.counts.published + p.counts.blocked).toBe(p.counts.accepted);
  });
});
