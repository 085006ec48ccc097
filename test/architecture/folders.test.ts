/**
 * Which top-level folders may import which: tests never import the scripts (build, bench, demo)
 * or the tools (recorders, differential harnesses), which never import the tests; what both need
 * lives in harness/, which imports neither. Running a script or tool as a child process is fine.
 * Within test/, the fast tests (`npm run test:unit`) start no emulator and run no built bin: what
 * does lives in test/slow/, which they do not import.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

const forbidden: Record<string, readonly string[]> = {
  test: ['scripts', 'tools'],
  scripts: ['test', 'tools'],
  tools: ['test'],
  harness: ['test', 'scripts', 'tools'],
  src: ['test', 'scripts', 'tools', 'harness'],
};

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sources(path);
    return /\.(ts|mjs)$/.test(entry.name) ? [path] : [];
  });
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^'"`;]*?from\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g;

test('tests, scripts, tools and harness/ import only what they may', () => {
  const problems: string[] = [];
  for (const [folder, banned] of Object.entries(forbidden)) {
    for (const file of sources(join(root, folder))) {
      for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
        const specifier = match[1] ?? match[2] ?? match[3];
        if (!specifier.startsWith('.')) continue;
        const target = relative(root, resolve(dirname(file), specifier)).split('\\').join('/');
        const top = target.split('/')[0];
        if (banned.includes(top)) problems.push(`${relative(root, file)} imports ${target}`);
      }
    }
  }
  assert.deepEqual(problems, []);
});

test('tests outside test/slow/ start no emulator and run no built bin', () => {
  const problems: string[] = [];
  for (const file of sources(join(root, 'test'))) {
    const path = relative(root, file).split('\\').join('/');
    // run-cli.ts offers both runners; this file names what it looks for.
    if (path.startsWith('test/slow/') || path === 'test/support/run-cli.ts' || path === 'test/architecture/folders.test.ts') continue;
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2] ?? match[3];
      if (!specifier.startsWith('.')) continue;
      const target = relative(root, resolve(dirname(file), specifier)).split('\\').join('/');
      if (target.startsWith('test/slow/') || /(^|\/)emulators\.js$/.test(target)) problems.push(`${path} imports ${target}`);
    }
    for (const name of ['runBin', 'binPath', 'runProcess', 'runners']) {
      if (new RegExp(`\\b${name}\\b`).test(text)) problems.push(`${path} uses ${name}`);
    }
  }
  assert.deepEqual(problems, []);
});
