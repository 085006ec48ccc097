/**
 * Dependencies point one way: a module imports only from its own layer or the layers below it,
 * and no module imports itself back (generated code, src/commands/, is not checked as an
 * importer). Type-only and dynamic imports count too.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const src = fileURLToPath(new URL('../../src/', import.meta.url));

/** Bottom to top. An area is a folder of src/, or a file where it stands apart from its folder. */
const layers: readonly (readonly string[])[] = [
  // Base: errors, the I/O a run is given, the terminal.
  ['errors.ts', 'io.ts', 'terminal'],
  // Python-compatible rules, the model (the generated shape table included) and its documentation.
  ['python', 'model', 'commands/shapes.ts', 'docs'],
  // Reading values: parameters, shorthand, argument tables, configuration, sign-in arithmetic.
  ['params', 'shorthand', 'arguments', 'config', 'auth'],
  // Output formats, --debug, paging, and the generated operations.
  ['output', 'debug', 'pagination', 'commands'],
  // What a command line runs: the client, help, completion, request files, the added commands.
  ['client', 'help', 'completion', 'input', 'added', 'users', 'batch'],
  ['cli'],
  // What the bin runs before the CLI: the code cache that loads its bundle.
  ['launch'],
  // The generator runs at build time only: nothing imports it.
  ['generator'],
];

/** Areas of one layer that must not know each other. */
const apart: readonly [string, string][] = [['help', 'completion']];

const rank = new Map(layers.flatMap((areas, i) => areas.map((area) => [area, i] as const)));

function areaOf(path: string): string {
  const rel = relative(src, path).split('\\').join('/');
  if (rank.has(rel)) return rel;
  return rel.includes('/') ? rel.slice(0, rel.indexOf('/')) : rel;
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^'"`;]*?from\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g;

function localImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const match of text.matchAll(IMPORT)) {
    const specifier = match[1] ?? match[2] ?? match[3];
    if (specifier.startsWith('.')) found.push(resolve(dirname(file), specifier).replace(/\.js$/, '.ts'));
  }
  return found;
}

const files = sources(src).filter((file) => areaOf(file) !== 'commands');

test('every area of src/ has a layer', () => {
  const unknown = [...new Set(sources(src).map(areaOf))].filter((area) => !rank.has(area));
  assert.deepEqual(unknown, [], 'add the new area to the layers in this test');
});

test('no module imports from a layer above its own, and help and completion stay apart', () => {
  const problems: string[] = [];
  for (const file of files) {
    const from = areaOf(file);
    for (const target of localImports(file)) {
      const to = areaOf(target);
      if (to === from) continue;
      const where = `${relative(src, file)} imports ${relative(src, target)}`;
      if ((rank.get(to) ?? Infinity) > (rank.get(from) ?? -1)) problems.push(`${where}: ${to} is above ${from}`);
      if (apart.some(([a, b]) => (a === from && b === to) || (a === to && b === from))) problems.push(`${where}: ${from} and ${to} stay apart`);
    }
  }
  assert.deepEqual(problems, []);
});

test('no module imports itself back through others', () => {
  const graph = new Map(files.map((file) => [file, localImports(file)]));
  const cycles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const visit = (file: string, path: string[]): void => {
    if (state.get(file) === 'done' || !graph.has(file)) return;
    if (state.get(file) === 'open') {
      cycles.push([...path.slice(path.indexOf(file)), file].map((f) => relative(src, f)).join(' -> '));
      return;
    }
    state.set(file, 'open');
    for (const target of graph.get(file)!) visit(target, [...path, file]);
    state.set(file, 'done');
  };
  for (const file of files) visit(file, []);
  assert.deepEqual(cycles, []);
});

test('the check sees imports of every form', () => {
  const imports = localImports(join(src, 'cli', 'main.ts')).map((path) => relative(src, path));
  assert.ok(imports.includes('commands/index.ts'), 'a static import');
  assert.ok(imports.includes('help/index.ts'), 'a dynamic import');
  assert.ok(localImports(join(src, 'debug', 'index.ts')).length > 0, 'an export ... from');
});
