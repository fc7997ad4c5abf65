// Run in a child process with a small heap by memory.test.ts: diffFiles of two large files, summary on stdout.
import { diffFiles } from '../../src/diff/index.js';

const d = await diffFiles(process.argv[2], process.argv[3]);
process.stdout.write(JSON.stringify({ summary: d.summary, changedFields: d.changed.slice(0, 1).map((c) => Object.keys(c.fields)) }));
