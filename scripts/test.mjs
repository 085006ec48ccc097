// npm test: installs the locked dependencies on a fresh clone (scripts/install.mjs), builds dist/
// (tests run bin/cognito-idp, and help reads dist/docs.json), then runs every test file under test/
// with Node's test runner. With --unit (npm run test:unit) it leaves out
// test/slow/: the tests that start moto, run the built bin or the AWS CLI, or wait out real
// back-off; the fast files are then split among one process per core instead of one process each.
// Other arguments are file filters (parts of a path); options starting with -- go to the test
// runner (e.g. --test-name-pattern=...).
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { ensureInstalled } from './install.mjs';

const args = process.argv.slice(2);
const unit = args.includes('--unit');

ensureInstalled();
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
if (unit) process.exit(await runInProcesses(selected, availableParallelism()));
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...options, ...selected], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);

/** Runs `testFiles` in `count` processes, each printing its report when it is done; 0 when all pass. */
async function runInProcesses(testFiles, count) {
  const shares = Array.from({ length: Math.min(count, testFiles.length) }, (_, i) => testFiles.filter((_, j) => j % count === i));
  const statuses = await Promise.all(
    shares.map(
      (share) =>
        new Promise((resolve) => {
          const child = spawn(process.execPath, ['--import', 'tsx', ...options, 'scripts/test-in-one-process.mjs', ...share], {
            stdio: ['ignore', 'pipe', 'inherit'],
          });
          const report = [];
          child.stdout.on('data', (chunk) => report.push(chunk));
          child.on('close', (status) => {
            process.stdout.write(Buffer.concat(report));
            resolve(status ?? 1);
          });
        }),
    ),
  );
  return statuses.find((status) => status !== 0) ?? 0;
}
