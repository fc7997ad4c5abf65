// Loaded with `node --import` (through NODE_OPTIONS) into a CLI child process: records every attempt
// to open a network connection or resolve a name in QINGDAN_NET_LOG, so a test can show there was none.
import { appendFileSync } from 'node:fs';
import dns from 'node:dns';
import net from 'node:net';

const log = (what) => {
  const file = process.env.QINGDAN_NET_LOG;
  if (file) appendFileSync(file, `${what}\n`);
};
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  log(`connect ${JSON.stringify(args[0])}`);
  return connect.apply(this, args);
};
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6']) {
  const original = dns[name];
  dns[name] = (...args) => {
    log(`dns.${name} ${String(args[0])}`);
    return original(...args);
  };
}
const fetch = globalThis.fetch;
globalThis.fetch = (...args) => {
  log(`fetch ${String(args[0])}`);
  return fetch(...args);
};
