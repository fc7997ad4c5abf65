/**
 * YAML lists (data-contract "YAML form"), English or Chinese keys. The document is walked node by
 * node (never turned into JS objects wholesale), so aliases are not expanded, keys such as
 * __proto__ stay plain data, and every value keeps its line. Large files are split at the items of
 * `items:` and parsed one item at a time, so a file of a million items never becomes one string.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type Scalar, type YAMLMap } from 'yaml';
import { resolveKey, type HeaderIndex } from '../model/columns.js';
import { KINDS } from '../model/enums.js';
import { buildItem, type RawValue } from '../model/item.js';
import { cleanText, normaliseHeader } from '../model/normalise.js';
import type { FieldKey, Item, Kind } from '../model/types.js';
import { InputError, type ErrorArgs, type ErrorCode } from '../errors.js';
import type { ReadNote } from '../vocab/notes.js';

const MAX_DEPTH = 64;
const ITEMS_PER_PARSE = 10;
const MAX_ALIASES = 100;

export interface YamlHead {
  kind?: Kind;
  title?: string;
  department?: string;
  version?: string;
}

export interface YamlContext {
  file: string;
  index: HeaderIndex;
  kind?: Kind;
  onItem: (item: Item) => void;
  notes: ReadNote[];
  maxRows: number;
  /** Above this size (bytes) the file is read item by item. */
  wholeLimit: number;
  /** The file's size, when the caller has it already. */
  size?: number;
  /** Largest value (and line) in characters; a larger one stops the read naming its line. */
  maxField?: number;
}

const DEFAULT_MAX_FIELD = 1024 * 1024;

/**
 * The line of the first line longer than the cap, found on the raw text before yaml parses it, or
 * undefined. A value longer than the cap on one line is caught here; one over many lines by the
 * check of the parsed scalars.
 */
function longLine(src: string, max: number): number | undefined {
  if (src.length <= max) return undefined;
  let ln = 1;
  for (let at = 0; at < src.length; ln++) {
    const nl = src.indexOf('\n', at);
    const end = nl < 0 ? src.length : nl;
    if (end - at > max) return ln;
    at = end + 1;
  }
  return undefined;
}

/** Line by line, as readline gives them, but a line over the cap stops the read when the cap is passed, not at the line's end. */
async function* cappedLines(input: AsyncIterable<string>, max: number, file: string): AsyncGenerator<string> {
  let carry = '';
  let ln = 0;
  for await (const chunk of input) {
    let text = carry + chunk;
    let at = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', at)) {
      ln++;
      yield text.slice(at, nl > at && text[nl - 1] === '\r' ? nl - 1 : nl);
      at = nl + 1;
    }
    text = text.slice(at);
    if (text.length > max) throw new InputError('field-too-large', { limit: max }, { file, row: ln + 1 });
    carry = text;
  }
  if (carry) yield carry;
}

/** UTF-16 (LE or BE) when the file starts with its byte-order mark, else UTF-8. */
function bomEncoding(head: Uint8Array): 'utf-16le' | 'utf-16be' | 'utf-8' {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

interface Walk {
  src: string;
  lc: LineCounter;
  baseLine: number;
  ctx: YamlContext;
  aliases: number;
}

const line = (w: Walk, node: { range?: [number, number, number] | null } | null | undefined): number =>
  node?.range ? w.lc.linePos(node.range[0]).line + w.baseLine : w.baseLine + 1;

/** 1-based numbers of the lines that are git conflict markers. */
function gitMarkerLines(src: string): number[] {
  const out: number[] = [];
  src.split('\n').forEach((line, i) => /^(<{7}|={7}|>{7})(\s|$)/u.test(line) && out.push(i + 1));
  return out;
}

function fail(w: Walk, key: ErrorCode, args: ErrorArgs, at?: number, cause?: unknown): never {
  throw new InputError(key, args, { file: w.ctx.file, row: at }, cause === undefined ? undefined : { cause });
}

function checkDepth(src: string, file: string, baseLine = 0): void {
  if (src.indexOf('[') < 0 && src.indexOf('{') < 0) return;
  let depth = 0;
  let quote = '';
  let ln = 1;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\n') {
      ln++;
      if (quote === "'" || quote === '"') continue;
    }
    if (quote) {
      if (ch === quote && src[i - 1] !== '\\') quote = '';
      continue;
    }
    if (ch === '"' || ch === "'") {
      const prev = src[i - 1];
      if (prev === undefined || /[\s[{,:]/u.test(prev)) quote = ch;
    } else if (ch === '#') {
      const prev = src[i - 1];
      if (prev === undefined || /\s/u.test(prev)) {
        while (i + 1 < src.length && src[i + 1] !== '\n') i++;
      }
    } else if (ch === '[' || ch === '{') {
      if (++depth > MAX_DEPTH) throw new InputError('yaml-depth', { limit: MAX_DEPTH }, { file, row: ln + baseLine });
    } else if (ch === ']' || ch === '}') depth = Math.max(0, depth - 1);
  }
}

function parse(src: string, w: Omit<Walk, 'lc' | 'src'>): { doc: Document.Parsed; walk: Walk } {
  checkDepth(src, w.ctx.file, w.baseLine);
  const lc = new LineCounter();
  const doc = parseDocument(src, { lineCounter: lc, uniqueKeys: false, prettyErrors: false, strict: true });
  const walk: Walk = { ...w, src, lc };
  const err = doc.errors[0];
  if (err) {
    const at = err.linePos?.[0]?.line ?? lc.linePos(err.pos[0]).line;
    // A plain git merge leaves <<<<<<< ======= >>>>>>> lines: say where, so check reports an unresolved conflict.
    const marks = gitMarkerLines(src).map((l) => l + w.baseLine);
    if (marks.length) fail(walk, 'yaml-syntax', { reason: 'yaml-syntax', yaml: err.code, conflictRows: marks }, marks[0], err);
    fail(walk, 'yaml-syntax', { reason: 'yaml-syntax', yaml: err.code }, at + w.baseLine, err);
  }
  const tagWarn = doc.warnings.find((x) => x.code === 'TAG_RESOLVE_FAILED');
  if (tagWarn) {
    const m = /tag[: ]+(\S+)/iu.exec(tagWarn.message);
    fail(walk, 'yaml-tag', { tag: m ? m[1] : '?' }, lc.linePos(tagWarn.pos[0]).line + w.baseLine);
  }
  return { doc, walk };
}

function deref(w: Walk, doc: Document, node: unknown): unknown {
  if (isAlias(node)) {
    if (++w.aliases > MAX_ALIASES) fail(w, 'yaml-alias', { limit: MAX_ALIASES }, line(w, node));
    return node.resolve(doc);
  }
  return node;
}

function keyText(w: Walk, doc: Document, key: unknown): string {
  const k = deref(w, doc, key);
  if (isScalar(k)) return String(k.value ?? '');
  fail(w, 'yaml-shape', { reason: 'yaml-key-not-text' }, line(w, k as Node));
}

function checkUnique(w: Walk, doc: Document, map: YAMLMap): void {
  const seen = new Map<string, number>();
  for (const pair of map.items) {
    const k = keyText(w, doc, pair.key);
    const at = line(w, pair.key as Node);
    const first = seen.get(k);
    if (first !== undefined) fail(w, 'yaml-duplicate-key', { key: k, first, second: at }, at);
    seen.set(k, at);
  }
}

function scalarValue(w: Walk, doc: Document, node: unknown, where: string): { value: RawValue; text?: string; node?: Scalar } {
  const v = deref(w, doc, node);
  if (v === null || v === undefined) return { value: undefined };
  if (isScalar(v)) {
    const value = v.value;
    if (value === null || value === undefined) return { value: undefined };
    if (typeof value === 'number' || typeof value === 'bigint') {
      const raw = v.range ? w.src.slice(v.range[0], v.range[1]).trim() : String(value);
      return { value: typeof value === 'bigint' ? value.toString() : value, text: raw, node: v };
    }
    if (value instanceof Date) return { value, node: v };
    const str = String(value);
    const max = w.ctx.maxField ?? DEFAULT_MAX_FIELD;
    if (str.length > max) fail(w, 'field-too-large', { limit: max }, line(w, v));
    return { value: str, node: v };
  }
  fail(w, 'yaml-shape', { reason: 'yaml-not-single', field: where, got: isSeq(v) ? 'list' : 'mapping' }, line(w, v as Node));
}

const keyCache = new WeakMap<HeaderIndex, Map<string, FieldKey[] | undefined>>();
/** The contract keys a YAML key names (cached: the same few keys repeat on every item). */
function keyFor(index: HeaderIndex, key: string): FieldKey[] | undefined {
  let cache = keyCache.get(index);
  if (!cache) keyCache.set(index, (cache = new Map()));
  if (cache.has(key)) return cache.get(key);
  const keys = index.get(normaliseHeader(key));
  if (cache.size < 10_000) cache.set(key, keys);
  return keys;
}

function readItem(w: Walk, doc: Document, node: unknown, head: YamlHead, itemNo: number): Item {
  const n = deref(w, doc, node);
  if (!isMap(n)) fail(w, 'yaml-shape', { reason: 'yaml-item-not-map', item: itemNo }, line(w, n as Node));
  checkUnique(w, doc, n);
  const values = new Map<FieldKey, RawValue>();
  const headers: Partial<Record<FieldKey, string>> = {};
  const lines: Partial<Record<FieldKey, number>> = {};
  const extra: Record<string, string> = Object.create(null);
  const kind = w.ctx.kind ?? head.kind;
  for (const pair of n.items) {
    const k = keyText(w, doc, pair.key);
    const keys = keyFor(w.ctx.index, k);
    const at = line(w, (pair.value ?? pair.key) as Node);
    const { value, text, node: sn } = scalarValue(w, doc, pair.value, k);
    if (!keys) {
      // Cleaned as table cells are, so an extra column reads the same from YAML as from .csv/.xlsx.
      const t = value === undefined ? '' : cleanText(value instanceof Date ? value.toISOString().slice(0, 10) : String(value));
      if (t !== '') extra[k] = t;
      continue;
    }
    const key = resolveKey(keys, kind);
    headers[key] = k;
    lines[key] = at;
    if (value === undefined) continue;
    if (key === 'code' && typeof value === 'number' && sn && sn.type === 'PLAIN') {
      // YAML reads an unquoted all-digit code as a number (0012 → 12); keep the text as written and note it.
      values.set(key, text ?? String(value));
      w.ctx.notes.push({ note: 'yaml-number', file: w.ctx.file, row: at, column: k, text: text ?? String(value) });
      continue;
    }
    values.set(key, typeof value === 'number' && text !== undefined && key !== 'batch' && key !== 'seq' ? text : value);
  }
  if (head.department && !values.has('department')) values.set('department', head.department);
  const row = line(w, n);
  return buildItem(values, { file: w.ctx.file, row, lines, headers }, Object.keys(extra).length ? extra : undefined);
}

const HEAD_KEYS = new Set(['kind', '种类', 'title', '标题', 'department', '实施部门', '部门', 'version', '目录版本']);

function readHead(w: Walk, doc: Document, map: YAMLMap): { head: YamlHead; items?: unknown } {
  checkUnique(w, doc, map);
  const head: YamlHead = {};
  let items: unknown;
  let hasItems = false;
  for (const pair of map.items) {
    const k = keyText(w, doc, pair.key);
    if (k === 'items' || k === '事项') {
      items = deref(w, doc, pair.value);
      hasItems = true;
      continue;
    }
    if (!HEAD_KEYS.has(k)) {
      // An extension key (x-laws: a mapping that anchors hold): not the contract's, so a warning
      // naming it; what it holds is read only where an alias refers to it.
      w.ctx.notes.push({ note: 'yaml-unknown-key', file: w.ctx.file, row: line(w, pair.key as Node), column: k });
      continue;
    }
    const { value } = scalarValue(w, doc, pair.value, k);
    const text = value === undefined ? undefined : String(value);
    if (k === 'kind' || k === '种类') {
      if (!text || !(KINDS as readonly string[]).includes(text)) {
        fail(w, 'yaml-shape', { reason: 'yaml-kind-bad', kind: text ?? '' }, line(w, pair.value as Node));
      }
      head.kind = text as Kind;
    } else if (k === 'title' || k === '标题') head.title = text;
    else if (k === 'department' || k === '实施部门' || k === '部门') head.department = text;
    else if (k === 'version' || k === '目录版本') head.version = text;
  }
  return { head, items: hasItems ? items ?? null : undefined };
}

/** Reads a whole YAML document. */
async function readWhole(src: string, ctx: YamlContext): Promise<YamlHead> {
  const { doc, walk } = parse(src, { baseLine: 0, ctx, aliases: 0 });
  const root = doc.contents;
  if (!isMap(root)) {
    fail(walk, 'yaml-shape', { reason: root === null ? 'yaml-top-empty' : isSeq(root) ? 'yaml-top-list' : 'yaml-top-scalar' }, 1);
  }
  const { head, items } = readHead(walk, doc, root);
  if (items === undefined) fail(walk, 'yaml-shape', { reason: 'yaml-no-items' }, 1);
  if (items !== null && !isSeq(items)) fail(walk, 'yaml-shape', { reason: 'yaml-items-not-list' }, line(walk, items as Node));
  let n = 0;
  for (const node of isSeq(items) ? items.items : []) {
    if (++n > ctx.maxRows) fail(walk, 'too-many-rows', { limit: ctx.maxRows }, line(walk, node as Node));
    ctx.onItem(readItem(walk, doc, node, head, n));
  }
  return head;
}

/** Reads a large YAML list item by item: the lines of each `- ` entry under `items:` are parsed alone. */
async function readSplit(path: string, ctx: YamlContext): Promise<YamlHead> {
  const head4 = Buffer.alloc(2);
  const { open } = await import('node:fs/promises');
  const fh = await open(path, 'r');
  await fh.read(head4, 0, 2, 0).finally(() => fh.close());
  const encoding = bomEncoding(head4);
  const bytes = createReadStream(path);
  // A line is not held past the cap (readline would hold a 50 MiB line whole before giving it).
  const decoder = new TextDecoder(encoding, { fatal: true });
  const decoded = (async function* (): AsyncGenerator<string> {
    try {
      for await (const b of bytes) yield decoder.decode(b as Buffer, { stream: true });
      yield decoder.decode();
    } catch (err) {
      if (err instanceof TypeError) throw new InputError('encoding', {}, { file: ctx.file }, { cause: err });
      throw err;
    } finally {
      bytes.destroy();
    }
  })();
  const max = ctx.maxField ?? DEFAULT_MAX_FIELD;
  const rl = cappedLines(decoded, max, ctx.file);
  let chunkSize = 0;
  let headLines: string[] = [];
  let head: YamlHead | undefined;
  let state: 'head' | 'items' | 'tail' = 'head';
  let indent = -1;
  let chunk: string[] = [];
  let chunkLine = 0;
  let inChunk = 0;
  let ln = 0;
  let n = 0;
  const ensureHead = (): YamlHead => {
    if (head) return head;
    const { doc, walk } = parse(headLines.join('\n') + '\nitems: []\n', { baseLine: 0, ctx, aliases: 0 });
    if (!isMap(doc.contents)) fail(walk, 'yaml-shape', { reason: 'yaml-top-not-map' }, 1);
    head = readHead(walk, doc, doc.contents).head;
    return head;
  };
  const flush = (): void => {
    if (chunk.length === 0) return;
    const h = ensureHead();
    const src = chunk.map((l) => l.slice(indent)).join('\n');
    const { doc, walk } = parse(src, { baseLine: chunkLine - 1, ctx, aliases: 0 });
    const seq = doc.contents;
    if (!isSeq(seq)) fail(walk, 'yaml-shape', { reason: 'yaml-items-not-list' }, chunkLine);
    for (const node of seq.items) {
      if (++n > ctx.maxRows) fail(walk, 'too-many-rows', { limit: ctx.maxRows }, chunkLine);
      ctx.onItem(readItem(walk, doc, node, h, n));
    }
    chunk = [];
    inChunk = 0;
  };
  for await (const raw of rl) {
    ln++;
    const text = ln === 1 ? raw.replace(/^\uFEFF/u, '') : raw;
    if (state === 'head') {
      if (/^items:\s*(#.*)?$/u.test(text)) {
        state = 'items';
        continue;
      }
      headLines.push(text);
      continue;
    }
    if (state === 'items') {
      const trimmed = text.trimStart();
      if (trimmed === '' || trimmed.startsWith('#')) {
        if (chunk.length) chunk.push(text);
        continue;
      }
      const lead = text.length - trimmed.length;
      if (lead === 0 && !trimmed.startsWith('- ') && trimmed !== '-') {
        flush();
        state = 'tail';
        headLines.push(text);
        continue;
      }
      if (indent < 0) indent = lead;
      if (lead === indent && (trimmed.startsWith('- ') || trimmed === '-')) {
        // Items are parsed in batches: one small document per item costs more than the items.
        if (inChunk >= ITEMS_PER_PARSE) flush();
        inChunk++;
      }
      if (chunk.length === 0) {
        chunkLine = ln;
        chunkSize = 0;
      }
      // One item over many short lines (a block scalar) is bounded too.
      chunkSize += text.length;
      if (chunkSize > max * ITEMS_PER_PARSE) fail({ ctx } as Walk, 'field-too-large', { limit: max }, chunkLine);
      chunk.push(text);
      continue;
    }
    headLines.push(text);
  }
  if (state === 'head') {
    const { walk } = parse(headLines.join('\n'), { baseLine: 0, ctx, aliases: 0 });
    fail(walk, 'yaml-shape', { reason: 'yaml-no-items-line' }, 1);
  }
  flush();
  if (state === 'tail') head = undefined;
  headLines = headLines.filter(Boolean);
  return ensureHead();
}

/** Reads a YAML list; returns the head (kind, title, department, version). */
export async function readYaml(path: string, ctx: YamlContext): Promise<YamlHead> {
  const size = ctx.size ?? (await stat(path)).size;
  if (size <= ctx.wholeLimit) {
    const { readFile } = await import('node:fs/promises');
    const buf = await readFile(path);
    let src: string;
    const encoding = bomEncoding(buf);
    try {
      src = new TextDecoder(encoding, { fatal: true }).decode(buf);
    } catch (err) {
      const { firstInvalidUtf8 } = await import('./decode.js');
      throw new InputError('encoding', { offset: encoding === 'utf-8' ? firstInvalidUtf8(buf) : 0 }, { file: ctx.file }, { cause: err });
    }
    src = src.replace(/^\uFEFF/u, '');
    const long = longLine(src, ctx.maxField ?? DEFAULT_MAX_FIELD);
    if (long !== undefined) throw new InputError('field-too-large', { limit: ctx.maxField ?? DEFAULT_MAX_FIELD }, { file: ctx.file, row: long });
    return readWhole(src, ctx);
  }
  return readSplit(path, ctx);
}
