// Start-up: qingdan --version and a small validation, against `node -e 0` (an empty process).
const dist = (p) => new URL(`../../dist/${p}`, import.meta.url).href;
const examples = new URL('../../examples/small/', import.meta.url).pathname;

export async function empty() {}

export async function version() {
  const { run } = await import(dist('bundle/main.js'));
  const chunks = [];
  const ctx = { lang: 'en', color: false, tty: false, code: 0, out: (s) => chunks.push(s), err: () => {}, exit() {} };
  await run(['--version'], ctx);
  return chunks.join('').trim();
}

export async function validateSmall() {
  const { run } = await import(dist('bundle/main.js'));
  const ctx = { lang: 'en', color: false, tty: false, code: 0, out: () => {}, err: () => {}, exit(c) { ctx.code = Math.max(ctx.code, c); } };
  const code = await run(['validate', `${examples}delegation.yaml`, '--catalogue', `${examples}catalogue.yaml`, '--format', 'json'], ctx);
  return `exit ${code}`;
}

export async function cases() {
  return [
    { id: 'version', title: '`qingdan --version`', target: 1.5, baseline: { label: 'node -e 0', fn: 'empty' }, subject: { fn: 'version' }, runs: 5 },
    { id: 'validate-small', title: 'validate the 20-item example against its catalogue', target: 3, baseline: { label: 'node -e 0', fn: 'empty' }, subject: { fn: 'validateSmall' }, runs: 5 },
  ];
}
