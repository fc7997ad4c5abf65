/**
 * Hand-made containers for the hostile xlsx cases: a zip writer that can lie about sizes, an OLE
 * compound file with chosen stream names, and a minimal workbook written part by part, so each
 * test file holds exactly the defect it is about (no committed binaries).
 */
import { writeZip as zip, type ZipPart } from '../helpers/zip.js';

export { compoundFile } from '../helpers/ole.js';
export { centralDirectoryOffset, writeZip as zip } from '../helpers/zip.js';

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
