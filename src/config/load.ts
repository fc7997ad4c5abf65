/** Finding and loading qingdan.config.yaml: upward from the working folder, or a named file. */
import { promises as fs } from 'node:fs';
import { dirname, join, parse, resolve } from 'node:path';
import { fsReason, InputError } from '../errors.js';
import { DEFAULT_CONFIG, type Config, type ConfigFile } from './types.js';
import { parseYamlWithSchema } from './yaml-schema.js';
import { acceptancePlan } from './acceptance.js';

export const CONFIG_NAMES = ['qingdan.config.yaml', 'qingdan.config.yml'] as const;

const exists = (p: string): Promise<boolean> => fs.stat(p).then((s) => s.isFile(), () => false);

/** The nearest qingdan.config.yaml in `from` or a folder above it, or undefined. */
export async function findConfig(from: string): Promise<string | undefined> {
  let dir = resolve(from);
  const root = parse(dir).root;
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const p = join(dir, name);
      if (await exists(p)) return p;
    }
    if (dir === root) return undefined;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/** Parses and checks configuration text (schema, then the code pattern), resolving paths against `file`'s folder. */
export function parseConfig(text: string, file: string): Config {
  const data = parseYamlWithSchema<ConfigFile>(text, file, 'config', 'config-invalid');
  const base = dirname(resolve(file));
  const at = (p: string | undefined): string | undefined => (p === undefined ? undefined : resolve(base, p));
  let codePattern: RegExp | undefined;
  if (data.codePattern !== undefined) {
    try {
      codePattern = new RegExp(`^(?:${data.codePattern})$`, 'u');
    } catch (err) {
      const line = text.split(/\r?\n/u).findIndex((l) => /^\s*codePattern\s*:/u.test(l)) + 1 || undefined;
      throw new InputError('config-invalid', { reason: 'regex-invalid', key: 'codePattern', line }, { file, row: line }, { cause: err });
    }
  }
  return {
    file,
    catalogue: at(data.catalogue),
    zone: at(data.zone),
    baseline: at(data.baseline),
    headerAliases: data.headerAliases ?? {},
    codePattern,
    codePatternText: data.codePattern,
    extraCategories: data.extraCategories ?? [],
    rules: data.rules ?? {},
    failOn: data.failOn,
    ...(data.acceptance ? { acceptance: acceptancePlan(data.acceptance, text, file) } : {}),
    ...(data.docsUrl === undefined ? {} : { docsUrl: data.docsUrl }),
  };
}

/**
 * The configuration in force: `path` when given (it must exist), else the nearest
 * qingdan.config.yaml upward from `cwd`, else the defaults.
 */
export async function loadConfig(opts: { path?: string; cwd?: string } = {}): Promise<Config> {
  const file = opts.path ?? (await findConfig(opts.cwd ?? '.'));
  if (!file) return DEFAULT_CONFIG;
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'config-not-found' : 'config-invalid', code === 'ENOENT' ? {} : fsReason(err), { file }, { cause: err });
  }
  return parseConfig(text, file);
}
