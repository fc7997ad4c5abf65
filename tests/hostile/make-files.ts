/** Generates the hostile inputs at test time (nothing large is committed). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogueRows, centralDirectoryOffset, compoundFile, SAMPLE_ROWS, workbook } from './containers.js';

export interface HostileCase {
  name: string;
  file: string;
  /** Extra CLI arguments (limits). */
  args?: string[];
  /** Exit code expected from `qingdan export FILE -o OUT`. */
  code: number;
  /** What the one-line message must say (zh-CN). */
  message: RegExp;
}

/** Writes every hostile file into dir and returns the cases. */
export function makeHostileFiles(dir: string): HostileCase[] {
  mkdirSync(dir, { recursive: true });
  const put = (name: string, data: string | Buffer): string => {
    const p = join(dir, name);
    writeFileSync(p, data);
    return p;
  };
  const cases: HostileCase[] = [];

  // YAML: a billion laughs — nine levels of nine aliases, used as an item's name.
  const lol = ['kind: catalogue', 'a0: &a0 "lol"'];
  for (let i = 1; i <= 9; i++) lol.push(`a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]`);
  lol.push('items:');
  for (let i = 0; i < 150; i++) lol.push(`  - {code: "C${i}", name: *a9}`);
  cases.push({ name: 'yaml billion laughs', file: put('laughs.yaml', lol.join('\n')), code: 2, message: /别名展开过多|YAML 结构/u });
  cases.push({ name: 'yaml nesting depth', file: put('deep.yaml', `kind: catalogue\nitems: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`), code: 2, message: /嵌套层数超过上限/u });
  cases.push({ name: 'yaml language tag', file: put('tag.yaml', 'kind: catalogue\nitems:\n  - code: !!python/object/apply:os.system ["echo pwned"]\n'), code: 2, message: /不支持的 YAML 标签/u });
  cases.push({ name: 'yaml duplicate key', file: put('dup.yaml', 'kind: catalogue\nitems:\n  - code: A1\n    name: 一\n    code: A2\n'), code: 2, message: /重复的键“code”（第 3 行和第 5 行）/u });
  cases.push({ name: 'yaml top-level list', file: put('toplist.yaml', '- code: A1\n  name: 一\n'), code: 2, message: /顶层|top level|YAML 结构不符合/u });
  cases.push({ name: 'yaml prototype keys', file: put('proto.yaml', 'kind: catalogue\n__proto__: x\nitems:\n  - code: A1\n    name: 一\n    category: 行政许可\n    department: 市民政局\n    legalBasis: 某法\n    __proto__: p\n    constructor: c\n'), code: 0, message: /^$/u });
  // One 50 MiB value: stopped at the 1 MiB field cap, naming the line, before the value is held.
  cases.push({ name: 'yaml one 50 MiB value', file: put('huge-value.yaml', `kind: catalogue\nitems:\n  - code: A1\n    name: ${'长'.repeat(50 * 1024 * 1024 / 3)}\n`), code: 2, message: /第 4 行.*值超过 1048576 个字符的上限/u });

  // CSV
  cases.push({ name: 'csv record too large', file: put('huge-field.csv', `事项编码,事项名称\nA1,"${'长'.repeat(1_200_000)}"\n`), code: 2, message: /长度超过上限/u });
  cases.push({ name: 'csv unbalanced quote', file: put('quote.csv', '事项编码,事项名称,权力类别\nA1,一,行政许可\nA2,"二,行政许可\nA3,三,行政许可\n'), code: 2, message: /第 3 行.*没有闭合引号/u });
  cases.push({ name: 'csv NUL bytes', file: put('nul.csv', Buffer.concat([Buffer.from('事项编码,事项名称\nA1,'), Buffer.from([0, 0, 0]), Buffer.from('\n')])), code: 2, message: /空字符（第 \d+ 字节处）/u });
  cases.push({ name: 'csv empty file', file: put('empty.csv', ''), code: 2, message: /文件为空/u });
  cases.push({ name: 'csv undecodable', file: put('bad.csv', Buffer.concat([Buffer.from('事项编码,事项名称\nA1,'), Buffer.from([0xff, 0xfe, 0xff, 0x80]), Buffer.from('\n')])), code: 2, message: /无法解码文本（第 \d+ 字节处）/u });
  cases.push({ name: 'file size cap', file: put('big.csv', `事项编码,事项名称\n${'A1,名称\n'.repeat(2000)}`), args: ['--max-file-size', '1000'], code: 2, message: /超过上限 1000 字节/u });
  cases.push({ name: 'row cap', file: put('rows.csv', `事项编码,事项名称,权力类别,实施部门,设定依据\n${Array.from({ length: 50 }, (_, i) => `A${i},名称,行政许可,市民政局,某法`).join('\n')}\n`), args: ['--max-rows', '10'], code: 2, message: /行数超过上限 10/u });
  cases.push(...xlsxCases(put));
  return cases;
}

/** A sheet part of about `mib` MiB that deflates to almost nothing: the sample rows, then one cell of zeros. */
function bombSheetData(mib: number): string {
  return `${catalogueRows(SAMPLE_ROWS)}<row r="5"><c r="A5" t="inlineStr"><is><t>${'0'.repeat(mib * 1024 * 1024)}</t></is></c></row>`;
}

/** A sheet whose DTD declares an entity that reads /etc/passwd and a chain of entities that expands to 10^8 characters. */
function dtdSheet(): string {
  const chain = ['<!ENTITY l0 "lollollollol">'];
  for (let i = 1; i <= 8; i++) chain.push(`<!ENTITY l${i} "${`&l${i - 1};`.repeat(10)}">`);
  const rows = catalogueRows(SAMPLE_ROWS).replace('食品经营许可', '&xxe;').replace('药品零售许可', '&l8;');
  return `<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">${chain.join('')}]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;
}

/** The hostile .xlsx cases: bombs, broken zips, encrypted and legacy containers, impostors. */
function xlsxCases(put: (name: string, data: string | Buffer) => string): HostileCase[] {
  const plain = workbook({ sheetData: catalogueRows(SAMPLE_ROWS) });
  const cd = centralDirectoryOffset(plain);
  const brokenCd = Buffer.from(plain);
  brokenCd.write('XXXX', cd + 46 * 2, 'latin1'); // inside the central directory: a damaged entry
  brokenCd.writeUInt32LE(0x12345678, cd);
  return [
    // 16 MiB of zeros in a file of some 16 KiB: refused from the declared sizes, before inflating.
    { name: 'xlsx zip bomb (compression ratio)', file: put('bomb.xlsx', workbook({ sheetData: bombSheetData(16) })), code: 2, message: /xl\/worksheets\/sheet1\.xml 的压缩比 \d{3,} 异常（上限 200），拒绝解压/u },
    // The same part, its headers claiming 4 KiB: stopped while inflating, as soon as it outgrows the claim.
    { name: 'xlsx zip bomb (declared sizes lie)', file: put('liar.xlsx', workbook({ sheetData: bombSheetData(16), sheetPart: { declaredSize: 4096 } })), code: 2, message: /xl\/worksheets\/sheet1\.xml 解压后超过其声明的大小 4096 字节/u },
    // Headers that claim 7.5 GiB in all, over the 4 GiB limit: refused before anything is inflated.
    {
      name: 'xlsx declared inflated size over the limit',
      file: put('huge-claim.xlsx', workbook({
        sheetData: catalogueRows(SAMPLE_ROWS),
        sheetPart: { declaredSize: 0xf0000000 },
        extraParts: [{ name: 'xl/media/image1.png', data: 'x', declaredSize: 0xf0000000 }],
      })),
      code: 2,
      message: /工作簿解压后大小 80530\d{5} 字节超过上限 4294967296 字节/u,
    },
    { name: 'xlsx truncated', file: put('truncated.xlsx', plain.subarray(0, Math.floor(plain.length * 0.6))), code: 2, message: /Excel 文件已损坏或不完整：找不到压缩包的中央目录结尾（文件可能不完整）/u },
    { name: 'xlsx corrupt central directory', file: put('corrupt-cd.xlsx', brokenCd), code: 2, message: /Excel 文件已损坏或不完整：中央目录已损坏/u },
    {
      name: 'xlsx encrypted (OLE with EncryptedPackage)',
      file: put('encrypted.xlsx', compoundFile([{ name: '\u0006DataSpaces', storage: true }, { name: 'EncryptionInfo' }, { name: 'EncryptedPackage' }])),
      code: 2,
      message: /工作簿已加密/u,
    },
    {
      // Read as the .xls it is (by content, not by name): its Workbook stream is empty, so it is damaged.
      name: 'xlsx legacy .xls renamed, its Workbook stream empty',
      file: put('legacy.xlsx', compoundFile([{ name: 'Workbook' }, { name: '\u0005SummaryInformation' }, { name: '\u0005DocumentSummaryInformation' }])),
      code: 2,
      message: /Excel 文件已损坏或不完整：旧版工作簿（.xls\/.et\/.ods）的内容无法读取/u,
    },
    {
      name: 'xls a Word document renamed .xls',
      file: put('word.xls', compoundFile([{ name: 'WordDocument' }, { name: '1Table' }, { name: '\u0005SummaryInformation' }])),
      code: 2,
      message: /OLE 复合文档，但不是 Excel\/WPS 工作簿/u,
    },
    { name: 'xlsx text file renamed', file: put('text.xlsx', '事项编码,事项名称\nA1,一\n'), code: 2, message: /内容不是 Excel 工作簿/u },
    // A DTD with an external entity (XXE: the file would leak into the list) and nested entities (XML "billion laughs"):
    // neither is ever expanded.
    { name: 'xlsx DTD entities (external file, expansion)', file: put('dtd.xlsx', workbook({ sheetData: '', sheetPart: { data: dtdSheet() } })), code: 2, message: /Excel 文件已损坏或不完整：.*实体声明/u },
    { name: 'xlsx a sheet that is not XML', file: put('garbage-sheet.xlsx', workbook({ sheetData: '<row r="1"><c r="A1" t="inlineStr"><is><t>事项编码</t></is></c>\u0000</row' })), code: 2, message: /Excel 文件已损坏或不完整|找不到表头行/u },
  ];
}

/** A sheet whose used range claims every row Excel has, formatted to the bottom, holding a few data rows. */
export function styledEmptyRows(emptyRows: number): Buffer {
  const empty: string[] = [];
  for (let r = SAMPLE_ROWS.length + 2; r < SAMPLE_ROWS.length + 2 + emptyRows; r++) empty.push(`<row r="${r}" s="1" customFormat="1"/>`);
  return workbook({
    beforeData: '<dimension ref="A1:Z1048576"/><sheetFormatPr defaultRowHeight="15"/><cols><col min="1" max="26" width="12" style="1"/></cols>',
    sheetData: catalogueRows(SAMPLE_ROWS) + empty.join('') + '<row r="1048576" s="1" customFormat="1"/>',
  });
}

/** A workbook with an external link part (to a workbook on a server) and sheet hyperlinks to `urls`. */
export function linkedWorkbook(urls: readonly string[]): Buffer {
  const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const links = urls.map((u, k) => `<Relationship Id="rIdH${k}" Type="${R}/hyperlink" Target="${u}" TargetMode="External"/>`).join('');
  const refs = urls.map((_, k) => `<hyperlink ref="B${k + 2}" r:id="rIdH${k}"/>`).join('');
  return workbook({
    sheetData: catalogueRows(SAMPLE_ROWS),
    afterData: `<hyperlinks>${refs}</hyperlinks>`,
    sheetRels: links,
    workbookRels: `<Relationship Id="rId3" Type="${R}/externalLink" Target="externalLinks/externalLink1.xml"/>`,
    workbookExtra: '<externalReferences><externalReference r:id="rId3"/></externalReferences>',
    extraParts: [
      {
        name: 'xl/externalLinks/externalLink1.xml',
        data: `<?xml version="1.0" encoding="UTF-8"?><externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${R}"><externalBook r:id="rId1"><sheetNames><sheetName val="Sheet1"/></sheetNames></externalBook></externalLink>`,
      },
      {
        name: 'xl/externalLinks/_rels/externalLink1.xml.rels',
        data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/externalLinkPath" Target="${urls[0]}remote.xlsx" TargetMode="External"/></Relationships>`,
      },
    ],
  });
}

/** Formula cells: one with a cached text value, one whose cached value differs from what it would compute, one never calculated. */
export function formulaWorkbook(): Buffer {
  return workbook({
    sheetData: catalogueRows([
      ['370100001', { formula: 'CONCATENATE("食品","经营许可")', cached: '食品经营许可' }, '行政许可', '市市场监管局', '《食品安全法》'],
      [{ formula: '1+1', cached: '370100002' }, '药品零售许可', '行政许可', '市市场监管局', { formula: 'WEBSERVICE("http://127.0.0.1:9/")', cached: '《药品管理法》' }],
      ['370100003', '对无证经营的处罚', '行政处罚', '市市场监管局', { formula: 'NOW()' }],
    ]),
  });
}


const CATALOGUE_HEADER = '事项编码,事项名称,权力类别,实施部门,设定依据';

/** A catalogue CSV of `rows` items (generated at test time; about 100 bytes a row). */
export function bigCsv(rows: number, name = '事项'): string {
  const lines = [CATALOGUE_HEADER];
  for (let i = 0; i < rows; i++) {
    lines.push(`3701001${String(i).padStart(8, '0')},${name}${i}号：某某行政许可事项的名称,行政许可,市民政局,《某某管理条例》第${i % 90}条`);
  }
  return `${lines.join('\n')}\n`;
}

/** A small catalogue in the YAML form with these codes (names and fields given or made up). */
export function listYaml(codes: readonly string[], names: readonly string[] = []): string {
  const items = codes.map((code, k) => {
    const name = JSON.stringify(names[k] ?? `事项${code}`);
    return `  - { code: "${code}", name: ${name}, category: 行政许可, department: 市民政局, legalBasis: 某某条例 }`;
  });
  return `kind: catalogue\ntitle: 测试目录\nitems:\n${items.join('\n')}\n`;
}
