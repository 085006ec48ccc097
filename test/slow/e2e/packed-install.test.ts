/**
 * The package as users get it: `npm pack`, installed into an empty folder with `npm ci`, then run.
 * The dependencies are the versions this project's lockfile holds, from npm's cache (where `npm ci`
 * put them), the registry only for what the cache lacks.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { answerJson, startRecorder, type Recorder } from '../../support/recorder.js';
import { runProcess } from '../../support/run-cli.js';
import { signingKeyId } from '../support/credential-servers.js';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

interface LockEntry {
  dev?: boolean;
  [key: string]: unknown;
}

/** A package.json and lockfile that install the tarball and the project's production dependencies. */
function installerProject(folder: string, tarball: string): void {
  const project = JSON.parse(readFileSync('package.json', 'utf8'));
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, LockEntry> };
  const root = { name: 'installs-cognito-idp', dependencies: { 'cognito-idp': `file:${tarball}` } };
  const packages: Record<string, unknown> = { '': root };
  for (const [path, entry] of Object.entries(lock.packages)) if (path && !entry.dev) packages[path] = entry;
  packages['node_modules/cognito-idp'] = {
    version: project.version,
    resolved: `file:${tarball}`,
    dependencies: project.dependencies,
    bin: project.bin,
  };
  writeFileSync(join(folder, 'package.json'), JSON.stringify(root));
  writeFileSync(join(folder, 'package-lock.json'), JSON.stringify({ name: root.name, lockfileVersion: 3, requires: true, packages }));
}

describe('the packed package, installed', () => {
  const work = mkdtempSync(join(tmpdir(), 'cognito-idp-pack-'));
  const prefix = join(work, 'prefix');
  let installed: string;
  let packaged: string[];
  let recorder: Recorder;
  const env = { PATH: process.env.PATH ?? '', HOME: work, AWS_EC2_METADATA_DISABLED: 'true' };

  before(async () => {
    recorder = await startRecorder();
    // dist/ is already built by the test command; packing must not rebuild it under other tests.
    const pack = await runProcess(npm, ['pack', '--ignore-scripts', '--pack-destination', work], process.env as Record<string, string>);
    assert.equal(pack.code, 0, pack.stderr);
    const tarball = readdirSync(work).find((name) => name.endsWith('.tgz'));
    assert.ok(tarball, 'npm pack made a tarball');
    mkdirSync(prefix);
    installerProject(prefix, `../${tarball}`);
    const install = await runProcess(npm, ['ci', '--prefer-offline', '--no-audit', '--no-fund', '--prefix', prefix], process.env as Record<string, string>);
    assert.equal(install.code, 0, install.stderr);
    installed = join(prefix, 'node_modules', '.bin', 'cognito-idp');
    // As installed, before a run adds its code cache beside the program.
    packaged = readdirSync(join(prefix, 'node_modules', 'cognito-idp'));
  });
  after(() => recorder.stop());

  test('the installed cognito-idp prints its version', async () => {
    const result = await runProcess(installed, ['--version'], env);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^cognito-idp\/\d+\.\d+\.\d+ Node\.js\//);
  });

  test('the installed cognito-idp makes a call signed with a profile from ~/.aws/credentials', async () => {
    mkdirSync(join(work, '.aws'), { recursive: true });
    writeFileSync(join(work, '.aws', 'credentials'), '[default]\naws_access_key_id = AKIDINSTALLED\naws_secret_access_key = s\nregion = us-east-1\n');
    recorder.respondWith(answerJson({ UserPools: [] }));
    const result = await runProcess(installed, ['list-user-pools', '--max-results', '1', '--endpoint-url', recorder.endpoint], env);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, '{\n    "UserPools": []\n}\n');
    assert.equal(signingKeyId(recorder.requests.at(-1)?.headers.authorization), 'AKIDINSTALLED');
  });

  test('the package holds the program and its build, not the sources or tests', async () => {
    assert.deepEqual(packaged.filter((name) => !['bin', 'dist', 'package.json', 'README.md', 'LICENSE'].includes(name)), []);
  });
});
