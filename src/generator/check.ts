/** Compares src/commands/ with a fresh generation. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCommands } from './generate.js';

export const commandsDir = fileURLToPath(new URL('../commands/', import.meta.url));

/** Files under src/commands/ that a fresh run would write differently, add or remove. */
export async function staleCommandFiles(): Promise<string[]> {
  const files = await generateCommands();
  const expected = new Set(files.map((f) => f.path));
  const stale = files
    .filter((f) => !existsSync(join(commandsDir, f.path)) || readFileSync(join(commandsDir, f.path), 'utf8') !== f.content)
    .map((f) => f.path);
  const extra = readdirSync(commandsDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(commandsDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => !expected.has(path));
  return [...stale, ...extra];
}
