/** Test helpers for readers: read a fixture, and compact views of items and errors. */
import { join } from 'node:path';
import { readList } from '../../src/read/index.js';
import type { ReadOptions } from '../../src/read/options.js';
import { QingdanError } from '../../src/errors.js';
import type { Item } from '../../src/model/types.js';

export const fixture = (...parts: string[]): string => join(import.meta.dirname, '..', 'fixtures', ...parts);

export const readFixture = (path: string, opts: ReadOptions = {}) => readList(fixture(path), opts);

/** An item without its source, for comparing content. */
export function fields(item: Item): Record<string, unknown> {
  const { source: _source, raw: _raw, ...rest } = item;
  return rest;
}

/** The error key and place a failing read throws. */
export async function readError(path: string, opts: ReadOptions = {}): Promise<{ key: string; row?: number; sheet?: string; args: Record<string, unknown> }> {
  try {
    await readList(path, opts);
  } catch (err) {
    if (err instanceof QingdanError) return { key: err.key, row: err.where?.row, sheet: err.where?.sheet, args: err.args };
    throw err;
  }
  throw new Error(`expected ${path} to fail`);
}
