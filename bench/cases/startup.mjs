// Start-up: `qingdan --version` and a small validation, each as bin/qingdan.js runs it, against an
// empty process (node running the bench worker with an empty function: `node -e 0` and the worker).
const examples = new URL('../../examples/small/', import.meta.url).pathname;
const bin = new URL('../../bin/qingdan.js', import.meta.url).href;

export { cli } from '../bare.mjs';

export async function empty() {}

/** bin/qingdan.js --version: main() answers it before loading the program. */
export async function version() {
  const write = process.stdout.write;
  let text = '';
  process.stdout.write = (s) => ((text += s), true);
  process.argv = [process.argv[0], 'qingdan', '--version'];
  try {
    await import(bin);
  } finally {
    process.stdout.write = write;
  }
  return text.trim();
}

export async function cases() {
  return [
    { id: 'version', title: '`qingdan --version`', target: 1.5, baseline: { label: 'node -e 0 (the bench worker, an empty function)', fn: 'empty' }, subject: { fn: 'version' }, runs: 7 },
    { id: 'validate-small', title: '`validate` the 20-item example against its catalogue (JSON)', target: 2.5, baseline: { label: 'node -e 0 (the bench worker, an empty function)', fn: 'empty' }, subject: { fn: 'cli', args: [['validate', `${examples}delegation.yaml`, '--catalogue', `${examples}catalogue.yaml`, '--format', 'json']] }, runs: 7 },
  ];
}
