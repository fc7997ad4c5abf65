/** The status operation: counts, who exercises an item, and the dashboard data. */
export { status, emptyCounts, type StatusOptions } from './status.js';
export { whoExercises, whoReport } from './who.js';
export { dashboard } from './dashboard.js';
export type * from './types.js';
