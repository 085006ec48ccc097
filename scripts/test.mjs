// npm test: builds dist/ (tests run bin/cognito-idp, and help reads dist/docs.json), then runs every
// test file under test/ with Node's test runner. With --unit (npm run test:unit) it leaves out
// test/slow/: the tests that start moto, run the built bin or the AWS CLI, or wait out real
// back-off. Other arguments are file filters (parts of a path); options starting with -- go to the
// test runner (e.g. --test-name-pattern=...).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const unit = args.includes('--unit');

const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const files = readdirSync('test', { recursive: true })
  .map((file) => String(file).split('\\').join('/'))
  .filter((file) => file.endsWith('.test.ts') && !(unit && file.startsWith('slow/')))
  .sort()
  .map((file) => join('test', file));
const filter = args.filter((arg) => !arg.startsWith('--'));
const selected = filter.length ? files.filter((file) => filter.some((f) => file.includes(f))) : files;
const options = args.filter((arg) => arg.startsWith('--') && arg !== '--unit');
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...options, ...selected], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
