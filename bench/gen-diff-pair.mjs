// Writes two versions of a generated CSV list: N rows, 1% changed, 0.5% removed, 0.5% added (seeded, same every run).
import { createWriteStream } from 'node:fs';

const HEAD = '序号,事项编码,事项名称,权力类别,实施部门,设定依据,备注\r\n';
const DEPTS = ['市市场监管局', '市卫生健康委', '市住房城乡建设局', '市教育局', '市民政局'];
const CATS = ['行政许可', '行政处罚', '行政检查', '行政确认'];

function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const row = (i, n, variant) =>
  `${n},370100-${String(i).padStart(8, '0')},第${i}号行政权力事项${variant ? '（修订）' : ''},${CATS[i % 4]},${DEPTS[i % 5]},"《中华人民共和国某某法》第${(i % 90) + 1}条：依法实施${variant ? '许可与监督' : '许可'}。",${i % 7 === 0 ? '部分下放' : ''}\r\n`;

async function write(path, lines) {
  const out = createWriteStream(path);
  let buf = HEAD;
  for (const l of lines) {
    buf += l;
    if (buf.length > 1 << 16) {
      if (!out.write(buf)) await new Promise((ok) => out.once('drain', ok));
      buf = '';
    }
  }
  out.end(buf);
  await new Promise((ok) => out.on('finish', ok));
}

/** Writes old.csv and new.csv of `rows` rows into dir; returns the expected counts. */
export async function generatePair(dir, rows, seed = 42) {
  const r = rng(seed);
  const fate = Array.from({ length: rows }, () => {
    const x = r();
    return x < 0.01 ? 'changed' : x < 0.015 ? 'removed' : 'same';
  });
  const counts = { changed: fate.filter((f) => f === 'changed').length, removed: fate.filter((f) => f === 'removed').length, added: Math.round(rows * 0.005) };
  await write(`${dir}/old.csv`, (function* () { for (let i = 0; i < rows; i++) yield row(i, i + 1, false); })());
  await write(`${dir}/new.csv`, (function* () {
    let n = 1;
    for (let i = rows - 1; i >= 0; i--) if (fate[i] !== 'removed') yield row(i, n++, fate[i] === 'changed');
    for (let j = 0; j < counts.added; j++) yield row(rows + j, n++, false);
  })());
  return counts;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, rows] = process.argv.slice(2);
  console.log(JSON.stringify(await generatePair(dir, Number(rows))));
}
