// Loaded with `node --import` into a CLI child process: writes its peak RSS (bytes) to QINGDAN_RSS_FILE at exit.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const file = process.env.QINGDAN_RSS_FILE;
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS * 1024));
});
