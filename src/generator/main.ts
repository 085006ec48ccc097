/** `npm run generate` writes src/commands/; `--check` only reports files that differ. */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { commandsDir, staleCommandFiles } from './check.js';
import { generateCommands } from './generate.js';

async function write(): Promise<void> {
  const files = await generateCommands();
  rmSync(commandsDir, { recursive: true, force: true });
  for (const file of files) {
    mkdirSync(dirname(join(commandsDir, file.path)), { recursive: true });
    writeFileSync(join(commandsDir, file.path), file.content);
  }
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
