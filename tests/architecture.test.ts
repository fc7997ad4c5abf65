/**
 * Imports flow one way (issue 12, point 4): cli → jobs (index) → report (formatters) → operations
 * → read → model, with the shared vocabulary (text and language, errors, vocab/: rule ids, severities, finding shape, read notes; item and
 * place types, enum literals) at the bottom. read sits above model because the readers build typed
 * items (model/item.ts); model never imports read. Every import in src/ counts, type-only, re-exports
 * and import() included; a file may import its own layer or any layer below, and no chain of imports
 * may come back to where it started.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', 'src');

/** Lowest first; a file's layer is the first whose patterns match its path (relative to src/). */
const LAYERS: readonly [name: string, patterns: readonly RegExp[]][] = [
  ['vocabulary', [
    /^text\//u, /^util\//u, /^vocab\//u, /^errors\.ts$/u, /^version\.ts$/u,
    /^model\/(types|enums|columns|normalise)\.ts$/u,
  ]],
  ['model', [/^model\//u]],
  ['read', [/^read\//u]],
  ['operations', [/^(check|config|diff|merge|sync|status|write|init)\//u]],
  ['report', [/^report\//u]],
  ['jobs', [/^index\.ts$/u, /^jobs\//u, /^ui\//u]],
  ['cli', [/^cli\//u]],
];

/**
 * Known imports that run up a layer, left to another branch. The integrator removes each entry
 * once that branch is merged (the last test fails on an entry that no longer happens).
 */
const KNOWN_UPWARD: readonly string[] = [
];

/** Known circles, by their sorted members; left to another branch as above. */
const KNOWN_CYCLES: readonly string[] = [
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** The src/ files a file imports (static, type-only, re-exports and import()), relative to src/. */
function importsOf(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return info.importedFiles
    .map((f) => f.fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => relative(SRC, resolve(dirname(file), name.replace(/\.js$/u, '.ts'))).replace(/\\/gu, '/'))
    .filter((name) => !name.startsWith('..'));
}

function layerOf(path: string): number {
  const i = LAYERS.findIndex(([, patterns]) => patterns.some((p) => p.test(path)));
  if (i < 0) throw new Error(`src/${path} is in no layer: add it to LAYERS in tests/architecture.test.ts`);
  return i;
}

const GRAPH = new Map(sourceFiles(SRC).map((f) => [relative(SRC, f).replace(/\\/gu, '/'), importsOf(f)]));

/** Strongly connected components of more than one file (Tarjan), each as a sorted list. */
function cycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let next = 0;
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(scc.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return found;
}

describe('architecture', () => {
  it('reads the imports of every file, type-only and dynamic ones included', () => {
    // The parser must see these, or the checks below would pass on nothing.
    expect(GRAPH.get('cli/main.ts')).toContain('cli/program.ts');
    expect(GRAPH.get('index.ts')).toContain('model/types.ts');
    expect(GRAPH.size).toBeGreaterThan(100);
  });

  it('puts every file in a layer', () => {
    for (const path of GRAPH.keys()) expect(() => layerOf(path)).not.toThrow();
  });

  it('has no import that runs up a layer', () => {
    const upward = [...GRAPH].flatMap(([from, to]) =>
      to.filter((t) => GRAPH.has(t) && layerOf(t) > layerOf(from)).map((t) => `${from} → ${t}`),
    );
    expect(upward.filter((u) => !KNOWN_UPWARD.includes(u))).toEqual([]);
  });

  it('has no circle of imports', () => {
    const found = cycles(GRAPH).map((c) => c.join(', '));
    expect(found.filter((c) => !KNOWN_CYCLES.includes(c))).toEqual([]);
  });

  it('keeps files and the terminal away from formatters: they compute nothing and read no files', () => {
    const formatters = [...GRAPH.keys()].filter((p) => p.startsWith('report/formatters/'));
    const bare = (p: string): string[] => ts.preProcessFile(readFileSync(join(SRC, p), 'utf8'), true, true).importedFiles.map((f) => f.fileName);
    const touching = formatters.flatMap((p) => bare(p).filter((m) => /^(node:)?(fs|fs\/promises|child_process|process)$/u.test(m)).map((m) => `${p} → ${m}`));
    expect(formatters.length).toBeGreaterThan(20);
    expect(touching).toEqual([]);
  });

  it('lists no known exception that no longer happens', () => {
    const upward = new Set([...GRAPH].flatMap(([from, to]) => to.map((t) => `${from} → ${t}`)));
    const found = new Set(cycles(GRAPH).map((c) => c.join(', ')));
    expect(KNOWN_UPWARD.filter((u) => !upward.has(u))).toEqual([]);
    expect(KNOWN_CYCLES.filter((c) => !found.has(c))).toEqual([]);
  });
});
