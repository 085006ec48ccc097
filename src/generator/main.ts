/** `npm run generate` writes src/commands/; `--check` only reports files that differ. */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCommands } from './generate.js';

const commandsDir = fileURLToPath(new URL('../commands/', import.meta.url));

export async function staleCommandFiles(): Promise<string[]> {
  const files = await generateCommands();
  const expected = new Set(files.map((f) => f.path));
  const stale = files
    .filter((f) => !existsSync(join(commandsDir, f.path)) || readFileSync(join(commandsDir, f.path), 'utf8') !== f.content)
    .map((f) => f.path);
  const extra = readdirSync(commandsDir).filter((name) => !expected.has(name));
  return [...stale, ...extra];
}

async function write(): Promise<void> {
  const files = await generateCommands();
  rmSync(commandsDir, { recursive: true, force: true });
  mkdirSync(commandsDir, { recursive: true });
  for (const file of files) writeFileSync(join(commandsDir, file.path), file.content);
  console.log(`wrote ${files.length} files to src/commands/`);
}

if (process.argv.includes('--check')) {
  const stale = await staleCommandFiles();
  if (stale.length) {
    console.error(`src/commands/ is stale (${stale.length} files differ); run \`npm run generate\`: ${stale.slice(0, 5).join(', ')}`);
    process.exitCode = 1;
  }
} else {
  await write();
}
