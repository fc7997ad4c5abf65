/**
 * YAML files validated against the JSON Schemas of schemas/: parsed once with line positions, so
 * an error names the line of the offending key. Each schema is compiled once per process.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { InputError, type ErrorArgs, type ErrorCode } from '../errors.js';

const requireHere = createRequire(import.meta.url);
const compiled = new Map<string, ValidateFunction>();
let ajv: Ajv | undefined;

/** The compiled validator of schemas/<name>.schema.json. */
export function schemaValidator(name: string): ValidateFunction {
  let fn = compiled.get(name);
  if (!fn) {
    // The build compiles every schema ahead of time (scripts/compile-schemas.mjs → dist/schemas/);
    // only when running from sources (tests) is the schema compiled here, with ajv loaded lazily.
    const pre = fileURLToPath(new URL(`../schemas/${name}.cjs`, import.meta.url));
    if (existsSync(pre)) {
      fn = requireHere(pre) as ValidateFunction;
    } else {
      const url = new URL(`../../schemas/${name}.schema.json`, import.meta.url);
      const schema = JSON.parse(readFileSync(url, 'utf8')) as object;
      const { Ajv: AjvClass } = requireHere('ajv') as typeof import('ajv');
      ajv ??= new AjvClass({ allErrors: false, strict: false });
      fn = ajv.compile(schema);
    }
    compiled.set(name, fn);
  }
  return fn;
}

function nodeAt(doc: Document, path: string[]): { node?: Node; key?: Node } {
  let node: unknown = doc.contents;
  let key: Node | undefined;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => String((p.key as { value?: unknown })?.value ?? p.key) === seg);
      if (!pair) break;
      key = pair.key as Node;
      node = pair.value;
    } else if (isSeq(node)) {
      node = node.items[Number(seg)];
      key = undefined;
    } else break;
  }
  return { node: node as Node | undefined, key };
}

/** ajv's error as a keyed reason (its English message stays out of what the user reads). */
function describe(e: ErrorObject): ErrorArgs {
  const path = e.instancePath ? e.instancePath.slice(1).replace(/\//gu, '.') : undefined;
  const p = e.params as Record<string, unknown>;
  const list = (v: unknown): string => (Array.isArray(v) ? v.join(', ') : String(v));
  switch (e.keyword) {
    case 'required': return { reason: 'schema-required', path, key: p.missingProperty };
    case 'additionalProperties': return { reason: 'schema-additional', path, key: p.additionalProperty };
    case 'type': return { reason: 'schema-type', path, type: list(p.type) };
    case 'enum': return { reason: 'schema-enum', path, allowed: list(p.allowedValues) };
    case 'const': return { reason: 'schema-const', path, allowed: String(p.allowedValue) };
    case 'pattern': return { reason: 'schema-pattern', path, pattern: p.pattern };
    case 'format': return { reason: 'schema-format', path, format: p.format };
    case 'minLength': case 'maxLength': return { reason: 'schema-length', path, limit: p.limit, max: e.keyword === 'maxLength' };
    case 'minItems': case 'maxItems': return { reason: 'schema-items', path, limit: p.limit, max: e.keyword === 'maxItems' };
    case 'minimum': case 'maximum': case 'exclusiveMinimum': case 'exclusiveMaximum':
      return { reason: 'schema-range', path, comparison: p.comparison, limit: p.limit };
    default: return { reason: 'schema-other', path, keyword: e.keyword };
  }
}

/**
 * Parses YAML text and validates it against a schema; throws InputError(errorKey) with the file and
 * line of the first problem. Returns the plain data.
 */
export function parseYamlWithSchema<T>(text: string, file: string, schemaName: string, errorKey: ErrorCode): T {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const line = lineCounter.linePos(e.pos[0]).line;
    throw new InputError(errorKey, { reason: 'yaml-syntax', yaml: e.code, line }, { file, row: line }, { cause: e });
  }
  const data = (doc.toJS() ?? {}) as unknown;
  const validateFn = schemaValidator(schemaName);
  if (!validateFn(data)) {
    const e = validateFn.errors![0];
    const path = e.instancePath.split('/').slice(1).map((s) => s.replace(/~1/gu, '/').replace(/~0/gu, '~'));
    if (e.keyword === 'additionalProperties') path.push((e.params as { additionalProperty: string }).additionalProperty);
    const { node, key } = nodeAt(doc, path);
    const offset = (e.keyword === 'additionalProperties' ? key?.range?.[0] : node?.range?.[0] ?? key?.range?.[0]) ?? 0;
    const line = lineCounter.linePos(offset).line;
    throw new InputError(errorKey, { ...describe(e), line }, { file, row: line }, { cause: Object.assign(new Error(`${e.instancePath} ${e.message ?? e.keyword}`), { ajv: e }) });
  }
  return data as T;
}
