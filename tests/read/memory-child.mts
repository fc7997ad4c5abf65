// Run by memory.test.ts in a child process with a small heap: reads a list item by item, prints the count.
import { readList } from '../../src/read/index.js';

let n = 0;
let codes = 0;
await readList(process.argv[2], { onItem: (item) => { n++; if (item.code) codes++; } });
process.stdout.write(JSON.stringify({ n, codes }));
