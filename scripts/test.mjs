// npm test: builds dist/ (end-to-end tests run bin/cognito-idp), then runs every test file under
// test/ with Node's test runner. Extra arguments are passed to it (e.g. --test-name-pattern=...).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const files = readdirSync('test', { recursive: true })
  .map(String)
  .filter((file) => file.endsWith('.test.ts'))
  .sort()
  .map((file) => join('test', file));
const filter = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const selected = filter.length ? files.filter((file) => filter.some((f) => file.includes(f))) : files;
const options = process.argv.slice(2).filter((arg) => arg.startsWith('--'));
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...options, ...selected], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
