// The set-up the README's two commands do themselves: on a fresh clone, the locked dependencies
// (npm ci, which also builds dist/ through the prepare script).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repository = fileURLToPath(new URL('..', import.meta.url));

export function ensureInstalled() {
  if (existsSync(join(repository, 'node_modules', '.package-lock.json'))) return;
  console.error('Installing the locked dependencies (npm ci)...');
  // Under `npm run`, npm_execpath is the npm that runs us.
  const npm = process.env.npm_execpath;
  const [command, ...args] = [...(npm ? [process.execPath, npm] : ['npm']), 'ci', '--no-audit', '--no-fund'];
  const install = spawnSync(command, args, { stdio: 'inherit', cwd: repository });
  if (install.status !== 0) process.exit(install.status ?? 1);
}
