/**
 * The code cache as users meet it: bin/cognito-idp from a copy of the built program, run as a
 * process. (On Node.js 22.1+ the platform's compile cache is used instead and these tests only
 * check that runs succeed.)
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, chownSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { answerJson, startRecorder, type Recorder } from '../../support/recorder.js';
import { runProcess, testEnv } from '../../support/run-cli.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const ownCache = typeof (module as { enableCompileCache?: unknown }).enableCompileCache !== 'function';
const MAGIC = 'cidp-v8\n';
const NOBODY = 65534;

describe('code cache', { skip: !ownCache && 'Node.js has its own compile cache here' }, () => {
  let recorder: Recorder;
  let work: string;
  before(async () => {
    recorder = await startRecorder();
    recorder.respondWith(answerJson({ UserPools: [{ Id: 'us-east-1_a', Name: 'pool', CreationDate: 1700000000.5 }] }));
    work = mkdtempSync(join(tmpdir(), 'code-cache-'));
    chmodSync(work, 0o755);
  });
  after(async () => {
    await recorder.stop();
    rmSync(work, { recursive: true, force: true });
  });

  /** A copy of the built program, as npm installs it. */
  function install(name: string): { dir: string; cacheDir: string; userCache: string } {
    const dir = join(work, name);
    mkdirSync(join(dir, 'dist'), { recursive: true });
    cpSync(join(root, 'bin'), join(dir, 'bin'), { recursive: true });
    for (const file of ['cli.cjs', 'launch.js']) cpSync(join(root, 'dist', file), join(dir, 'dist', file));
    writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
    return { dir, cacheDir: join(dir, '.cache', 'code'), userCache: join(work, `${name}-user-cache`) };
  }

  async function call(dir: string, userCache: string, extra: Record<string, string> = {}, uid?: number) {
    const args = [join(dir, 'bin', 'cognito-idp'), 'list-user-pools', '--max-results', '5', '--endpoint-url', recorder.endpoint];
    const env = testEnv({ XDG_CACHE_HOME: userCache, ...extra });
    // As another user, for a read-only install whose owner is someone else.
    return runProcess(process.execPath, args, env, '', uid === undefined ? undefined : { uid, gid: uid });
  }

  const expected = '{\n    "UserPools": [\n        {\n            "Id": "us-east-1_a",\n            "Name": "pool",\n            "CreationDate": 1700000000.5\n        }\n    ]\n}\n';

  function cacheFiles(dir: string): string[] {
    return existsSync(dir) ? readdirSync(dir).filter((file) => file.endsWith('.v8')).map((file) => join(dir, file)) : [];
  }

  /** A file the launcher wrote whole: its header names the checksum of what follows. */
  function assertValidCache(file: string): void {
    const bytes = readFileSync(file);
    assert.equal(bytes.subarray(0, MAGIC.length).toString(), MAGIC);
    const data = bytes.subarray(MAGIC.length + 1 + 32);
    assert.ok(data.length > 100_000, `a cache of the compiled bundle, not ${data.length} bytes`);
    assert.deepEqual(createHash('sha256').update(data).digest(), bytes.subarray(MAGIC.length + 1, MAGIC.length + 33));
  }

  test('the first run notes that it ran, the second writes the cache beside the program, later runs use it', async () => {
    const { dir, cacheDir, userCache } = install('first');
    assert.deepEqual(await call(dir, userCache), { code: 0, stdout: expected, stderr: '' });
    const [file, ...others] = cacheFiles(cacheDir);
    assert.deepEqual(others, []);
    assert.match(file, new RegExp(`cli\\.cjs-[0-9a-f]{24}-${process.version.replace(/\./g, '\\.')}-${process.arch}\\.v8$`));
    assert.ok(statSync(file).size < 100, 'a note, not a cache');
    assert.deepEqual(await call(dir, userCache), { code: 0, stdout: expected, stderr: '' });
    assertValidCache(file);
    const written = readFileSync(file);
    const { mtimeMs } = statSync(file);
    assert.deepEqual(await call(dir, userCache), { code: 0, stdout: expected, stderr: '' });
    assert.deepEqual(readFileSync(file), written);
    assert.equal(statSync(file).mtimeMs, mtimeMs);
    assert.equal(existsSync(userCache), false, 'nothing in the user cache directory');
  });

  test('a cache made by runs that never reach the service is replaced by the first call\'s', async () => {
    const { dir, cacheDir, userCache } = install('version-first');
    for (let i = 0; i < 2; i++) {
      const version = await runProcess(process.execPath, [join(dir, 'bin', 'cognito-idp'), '--version'], testEnv({ XDG_CACHE_HOME: userCache }));
      assert.equal(version.code, 0);
    }
    const [file] = cacheFiles(cacheDir);
    assertValidCache(file);
    const first = readFileSync(file);
    assert.deepEqual(await call(dir, userCache), { code: 0, stdout: expected, stderr: '' });
    assert.notDeepEqual(readFileSync(file), first);
    assertValidCache(file);
    const complete = readFileSync(file);
    await call(dir, userCache);
    assert.deepEqual(readFileSync(file), complete);
  });

  const damages: Record<string, (bytes: Buffer) => Buffer> = {
    'bytes changed in the middle': (bytes) => {
      const copy = Buffer.from(bytes);
      for (let i = 0; i < 64; i++) copy[(copy.length >> 1) + i * 7] ^= 0x5a;
      return copy;
    },
    'cut short': (bytes) => bytes.subarray(0, bytes.length >> 1),
    'empty': () => Buffer.alloc(0),
    'not a cache': () => Buffer.from('not a cache\n'),
  };

  for (const [damage, change] of Object.entries(damages)) {
    test(`a cache file ${damage} is replaced, and the run prints what it always does`, async () => {
      const { dir, cacheDir, userCache } = install(`damaged-${damage.replace(/\W+/g, '-')}`);
      await call(dir, userCache);
      await call(dir, userCache);
      const [file] = cacheFiles(cacheDir);
      const damaged = change(readFileSync(file));
      writeFileSync(file, damaged);
      assert.deepEqual(await call(dir, userCache), { code: 0, stdout: expected, stderr: '' });
      assert.notDeepEqual(readFileSync(file), damaged);
      assertValidCache(file);
    });
  }

  test('a cache of another build under this build\'s name (V8 rejects it) is replaced', async () => {
    const { dir, cacheDir, userCache } = install('stale');
    await call(dir, userCache);
    await call(dir, userCache);
    const [oldFile] = cacheFiles(cacheDir);
    const oldCache = readFileSync(oldFile);
    // A new build: the bundle changes, so its cache has a new name; give it the old build's cache.
    writeFileSync(join(dir, 'dist', 'cli.cjs'), `${readFileSync(join(dir, 'dist', 'cli.cjs'), 'utf8')}\n// rebuilt\n`);
    await runProcess(process.execPath, [join(dir, 'bin', 'cognito-idp'), '--version'], testEnv({ XDG_CACHE_HOME: userCache }));
    const [newFile, ...others] = cacheFiles(cacheDir);
    assert.deepEqual(others, [], 'the earlier build\'s cache is removed');
    assert.notEqual(newFile, oldFile);
    writeFileSync(newFile, oldCache);
    assert.deepEqual(await call(dir, userCache), { code: 0, stdout: expected, stderr: '' });
    assert.notDeepEqual(readFileSync(newFile), oldCache);
    assertValidCache(newFile);
  });

  test('a read-only install directory: the cache goes to the user\'s cache directory', async () => {
    const { dir, cacheDir, userCache } = install('read-only');
    mkdirSync(userCache, { recursive: true });
    const asRoot = process.getuid?.() === 0;
    if (asRoot) chownSync(userCache, NOBODY, NOBODY);
    // Read-only for whoever runs it: root ignores modes, so as root the program runs as nobody.
    chmodSync(dir, 0o555);
    try {
      const uid = asRoot ? NOBODY : undefined;
      for (let i = 0; i < 2; i++) assert.deepEqual(await call(dir, userCache, {}, uid), { code: 0, stdout: expected, stderr: '' });
      assert.deepEqual(cacheFiles(cacheDir), []);
      const [file, ...others] = cacheFiles(join(userCache, 'cognito-idp'));
      assert.deepEqual(others, []);
      assertValidCache(file);
      const written = readFileSync(file);
      assert.deepEqual(await call(dir, userCache, {}, uid), { code: 0, stdout: expected, stderr: '' });
      assert.deepEqual(readFileSync(file), written);
    } finally {
      chmodSync(dir, 0o755);
    }
  });

  test('NODE_DISABLE_COMPILE_CACHE: no cache is read or written', async () => {
    const { dir, cacheDir, userCache } = install('disabled');
    assert.deepEqual(await call(dir, userCache, { NODE_DISABLE_COMPILE_CACHE: '1' }), { code: 0, stdout: expected, stderr: '' });
    assert.deepEqual(cacheFiles(cacheDir), []);
    assert.equal(existsSync(userCache), false);
  });
});

test('the published package holds no code cache', async () => {
  // A run from the project writes its cache into the project's .cache/.
  const run = await runProcess(process.execPath, [join(root, 'bin', 'cognito-idp'), '--version'], testEnv());
  assert.equal(run.code, 0);
  const pack = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' });
  assert.equal(pack.status, 0, pack.stderr);
  const files = (JSON.parse(pack.stdout) as { files: { path: string }[] }[])[0].files.map((file) => file.path);
  assert.ok(files.includes('dist/cli.cjs') && files.includes('dist/launch.js') && files.includes('bin/cognito-idp'), files.join(' '));
  assert.deepEqual(files.filter((file) => file.includes('.cache') || file.endsWith('.v8')), []);
});
