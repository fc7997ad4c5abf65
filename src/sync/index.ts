/** `sync`: a catalogue change turned into a to-do list for a delegation or zone list, and an updated file. */
export { sync, SYNCED_FIELDS } from './sync.js';
export { updatedList, syncPatch, CANCELLED_NOTE } from './update.js';
export { needsWork } from './types.js';
export type { SyncOptions, SyncResult, DecideEntry, CancelEntry, UpdateEntry, UnknownEntry } from './types.js';
