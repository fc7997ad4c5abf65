/**
 * Hand-made containers for the hostile xlsx cases: a zip writer that can lie about sizes, an OLE
 * compound file with chosen stream names, and a minimal workbook written part by part, so each
 * test file holds exactly the defect it is about (no committed binaries).
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipPart {
  name: string;
  data: string | Buffer;
  /** 0 stored, 8 deflated (default). */
  method?: 0 | 8;
  /** The uncompressed size the headers state (default: the true one). */
  declaredSize?: number;
}

/** A zip archive of the parts, in order. */
export function zip(parts: readonly ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const data = Buffer.isBuffer(p.data) ? p.data : Buffer.from(p.data, 'utf8');
    const method = p.method ?? 8;
    const body = method === 8 ? deflateRawSync(data) : data;
    const name = Buffer.from(p.name, 'utf8');
    const size = p.declaredSize ?? data.length;
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6); // UTF-8 names
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(0x21, 12); // 1980-01-01
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** Where the central directory of a zip made by `zip` starts. */
export function centralDirectoryOffset(archive: Buffer): number {
  return archive.readUInt32LE(archive.length - 22 + 16);
}

const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;

/**
 * An OLE compound file (version 3, 512-byte sectors) whose root holds these empty streams and
 * storages: enough for anything that looks at the directory, as Excel's "encrypted" and "legacy"
 * checks do.
 */
export function compoundFile(children: readonly { name: string; storage?: boolean }[]): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x3e, 0x18);
  header.writeUInt16LE(3, 0x1a);
  header.writeUInt16LE(0xfffe, 0x1c);
  header.writeUInt16LE(9, 0x1e);
  header.writeUInt16LE(6, 0x20);
  header.writeUInt32LE(1, 0x2c); // one FAT sector
  header.writeUInt32LE(1, 0x30); // the directory starts at sector 1
  header.writeUInt32LE(4096, 0x38);
  header.writeUInt32LE(END_OF_CHAIN, 0x3c);
  header.writeUInt32LE(END_OF_CHAIN, 0x44);
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i === 0 ? 0 : FREE, 0x4c + i * 4);
  const fat = Buffer.alloc(512, 0xff);
  fat.writeUInt32LE(0xfffffffd, 0); // sector 0 is the FAT
  fat.writeUInt32LE(END_OF_CHAIN, 4); // sector 1, the directory, ends the chain
  const dirSectors = Math.ceil((children.length + 1) / 4);
  for (let s = 1; s < dirSectors; s++) fat.writeUInt32LE(s + 1, s * 4);
  if (dirSectors > 1) fat.writeUInt32LE(END_OF_CHAIN, dirSectors * 4);
  const dir = Buffer.alloc(dirSectors * 512);
  const entry = (k: number, name: string, type: number, right: number, child: number): void => {
    const at = k * 128;
    const n = Buffer.from(`${name}\0`, 'utf16le');
    n.copy(dir, at);
    dir.writeUInt16LE(n.length, at + 0x40);
    dir[at + 0x42] = type;
    dir[at + 0x43] = 1; // black
    dir.writeUInt32LE(FREE, at + 0x44);
    dir.writeUInt32LE(right, at + 0x48);
    dir.writeUInt32LE(child, at + 0x4c);
    dir.writeUInt32LE(END_OF_CHAIN, at + 0x74);
  };
  entry(0, 'Root Entry', 5, FREE, children.length ? 1 : FREE);
  children.forEach((c, i) => entry(i + 1, c.name, c.storage ? 1 : 2, i + 1 < children.length ? i + 2 : FREE, FREE));
  return Buffer.concat([header, fat, dir]);
}

const esc = (s: string): string => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/"/gu, '&quot;');
const col = (k: number): string => String.fromCharCode(65 + k);

/** A cell: text (inline string), or a formula with the value a spreadsheet cached for it. */
export type Cell = string | { formula: string; cached?: string };

/** The <row> of text cells (inline strings; a formula keeps only its cached value as a string result). */
export function rowXml(r: number, cells: readonly Cell[]): string {
  const cs = cells.map((c, k) => {
    const ref = `${col(k)}${r}`;
    if (typeof c === 'string') return `<c r="${ref}" t="inlineStr"><is><t>${esc(c)}</t></is></c>`;
    return `<c r="${ref}" t="str"><f>${esc(c.formula)}</f>${c.cached === undefined ? '' : `<v>${esc(c.cached)}</v>`}</c>`;
  });
  return `<row r="${r}">${cs.join('')}</row>`;
}

export interface WorkbookParts {
  /** The inside of <sheetData>. */
  sheetData: string;
  /** Written before <sheetData> (e.g. <dimension/>). */
  beforeData?: string;
  /** Written after </sheetData> (e.g. <hyperlinks/>). */
  afterData?: string;
  /** Extra relationships of the sheet (xml <Relationship/> elements). */
  sheetRels?: string;
  /** Extra relationships of the workbook, extra parts, and what workbook.xml adds after <sheets>. */
  workbookRels?: string;
  workbookExtra?: string;
  extraParts?: ZipPart[];
  /** Overrides of one part's zip options (e.g. a lying size for the sheet). */
  sheetPart?: Partial<ZipPart>;
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PR = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** A minimal .xlsx with one sheet named 目录, written part by part. */
export function workbook(p: WorkbookParts): Buffer {
  const sheet = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS}" xmlns:r="${R}">${p.beforeData ?? ''}<sheetData>${p.sheetData}</sheetData>${p.afterData ?? ''}</worksheet>`;
  const parts: ZipPart[] = [
    {
      name: '[Content_Types].xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
    },
    { name: '_rels/.rels', data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>` },
    { name: 'xl/workbook.xml', data: `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS}" xmlns:r="${R}"><sheets><sheet name="目录" sheetId="1" r:id="rId1"/></sheets>${p.workbookExtra ?? ''}</workbook>` },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${R}/styles" Target="styles.xml"/>${p.workbookRels ?? ''}</Relationships>`,
    },
    {
      name: 'xl/styles.xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${NS}"><fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFFF00"/></patternFill></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf/><xf fillId="2" applyFill="1"/></cellXfs></styleSheet>`,
    },
    { name: 'xl/worksheets/sheet1.xml', data: sheet, ...p.sheetPart },
    ...(p.sheetRels ? [{ name: 'xl/worksheets/_rels/sheet1.xml.rels', data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PR}">${p.sheetRels}</Relationships>` }] : []),
    ...(p.extraParts ?? []),
  ];
  return zip(parts);
}

/** The header and a few rows of a catalogue, as <row> elements from row 1. */
export function catalogueRows(rows: readonly Cell[][]): string {
  const header = ['事项编码', '事项名称', '权力类别', '实施部门', '设定依据'];
  return [header, ...rows].map((cells, k) => rowXml(k + 1, cells)).join('');
}

export const SAMPLE_ROWS: Cell[][] = [
  ['370100001', '食品经营许可', '行政许可', '市市场监管局', '《食品安全法》'],
  ['370100002', '药品零售许可', '行政许可', '市市场监管局', '《药品管理法》'],
  ['370100003', '对无证经营的处罚', '行政处罚', '市市场监管局', '《无证无照经营查处办法》'],
];
