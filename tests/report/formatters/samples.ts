/** Results to format, from the small diff fixtures (tests/fixtures/diff), shared by the diff and sync formatter tests. */
import { diffFiles } from '../../../src/diff/index.js';
import type { DiffResult } from '../../../src/diff/types.js';
import { syncFiles } from '../../../src/jobs/sync.js';
import type { SyncResult } from '../../../src/sync/types.js';

const FIX = 'tests/fixtures/diff';

/** The old and new catalogue compared: items added, removed, changed and cancelled. */
export const diffSample = (): Promise<DiffResult> => diffFiles(`${FIX}/catalogue-old.yaml`, `${FIX}/catalogue-new.yaml`);

/** What the new catalogue means for the delegation list: items to decide, cancel and update. */
export const syncSample = (): Promise<SyncResult> =>
  syncFiles(`${FIX}/delegation.yaml`, { catalogue: `${FIX}/catalogue-new.yaml`, from: `${FIX}/catalogue-old.yaml` });

/** Every value a result holds as text, for checking that a formatter left none out. */
export const ANSI = /\u001b\[/u;
