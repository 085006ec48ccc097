/**
 * Loads a CommonJS bundle with a V8 code cache, for Node.js versions without
 * `module.enableCompileCache` (Node.js 20). Most of a short run is compiling the bundle; with the
 * cache, V8 takes the compiled code from a file instead.
 *
 * The cache is made at exit, from everything the run compiled (made before the bundle runs, as
 * require hooks do, it would hold little more than the top-level code, since bundled modules are
 * functions V8 compiles only when they first run). As in Chrome, the first run only notes that it
 * ran (so that a program run once, in a fresh container say, pays nothing for a cache it would
 * never use), the second makes the cache and later runs use it. A cache made by a run that never
 * reached the service (`--version`, a typing error) is replaced by the first run that does.
 *
 * A cache file is named after the bundle's content, the Node.js version and the architecture, and
 * holds a checksum of what V8 is given: V8 rejects caches of another version, flags or length by
 * itself, but runs corrupted bytecode it is handed. A file that is rejected, fails its checksum or
 * cannot be read is replaced at exit. Nothing here ever fails a run: without a usable directory
 * the bundle is compiled as it would be without a cache.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';
import type { CacheDirectories } from './cache-directories.js';

const MAGIC = Buffer.from('cidp-v8\n');
/** Header flags: made by a run that reached the service; a note of a first run, with no code. */
const COMPLETE = 1;
const RAN_ONCE = 2;
const HEADER_SIZE = MAGIC.length + 1 + 32;

export interface CodeCacheOptions {
  directories: CacheDirectories;
  /** Whether the run that is ending went through the code that matters (a call to the service). */
  runWasComplete(exports: Record<string, unknown>): boolean;
}

/** 'compiled': a file was found but held no code V8 took (a first run's note, a rejected or broken cache). */
type CacheOutcome = 'used' | 'none' | 'compiled';

/** Runs the bundle as Node.js runs a CommonJS module and returns its exports. */
export function requireWithCodeCache(file: string, options: CodeCacheOptions): Record<string, unknown> {
  const { script, name, cache, foundComplete, foundIn } = compile(file, options.directories);
  const module = { exports: {} as Record<string, unknown> };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));

  process.once('exit', () => {
    try {
      const complete = options.runWasComplete(module.exports);
      // A good cache is left alone unless it was made by a run that never reached the service.
      if (cache === 'used' && (foundComplete || !complete)) return;
      if (cache === 'none') writeCache(name, Buffer.alloc(0), RAN_ONCE, foundIn, options.directories);
      else writeCache(name, script.createCachedData(), complete ? COMPLETE : 0, foundIn, options.directories);
    } catch {
      // The cache is an optimisation: a failure to make it never changes how the run ends.
    }
  });
  return module.exports;
}

/** Compiles the bundle, with its cache when there is one; the file's bytes are not kept. */
function compile(file: string, directories: CacheDirectories) {
  const source = readFileSync(file);
  const name = `${basename(file)}-${createHash('sha256').update(source).digest('hex').slice(0, 24)}-${process.version}-${process.arch}.v8`;
  const found = readCache(name, directories);
  // The bundle is built to evaluate, as a script, to its CommonJS module function (scripts/build.mjs).
  const script = new Script(source.toString('utf8'), {
    filename: file,
    ...(found?.data ? { cachedData: found.data } : {}),
  });
  const cache: CacheOutcome = !found ? 'none' : !found.data || script.cachedDataRejected ? 'compiled' : 'used';
  return { script, name, cache, foundComplete: found?.complete ?? false, foundIn: found?.directory };
}

interface FoundCache {
  /** Undefined when the file is not a cache, fails its checksum or notes a first run. */
  data: Buffer | undefined;
  complete: boolean;
  directory: string;
}

function readCache(name: string, directories: CacheDirectories): FoundCache | undefined {
  for (const directory of [directories.user, directories.install]) {
    if (directory === undefined) continue;
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(directory, name));
    } catch {
      continue;
    }
    const data = bytes.subarray(HEADER_SIZE);
    const flags = bytes[MAGIC.length];
    const valid =
      bytes.length >= HEADER_SIZE &&
      bytes.subarray(0, MAGIC.length).equals(MAGIC) &&
      createHash('sha256').update(data).digest().equals(bytes.subarray(MAGIC.length + 1, HEADER_SIZE));
    // A first run's note holds no code; an unusable file is treated as one V8 rejects: the bundle
    // is compiled afresh and the file replaced.
    return { data: valid && data.length > 0 ? data : undefined, complete: valid && flags === COMPLETE, directory };
  }
  return undefined;
}

/** Written whole under a temporary name, then renamed: a reader never sees half a file. */
function writeCache(name: string, data: Buffer, flags: number, replacing: string | undefined, directories: CacheDirectories): void {
  const header = Buffer.concat([MAGIC, Buffer.from([flags]), createHash('sha256').update(data).digest()]);
  const order = [replacing, directories.install, directories.user];
  for (const directory of new Set(order)) {
    if (directory === undefined) continue;
    const temporary = join(directory, `${name}.${process.pid}.tmp`);
    try {
      mkdirSync(directory, { recursive: true });
      writeFileSync(temporary, Buffer.concat([header, data]));
      renameSync(temporary, join(directory, name));
      if (directory === directories.install) removeOtherBuilds(directory, name);
      return;
    } catch {
      try {
        rmSync(temporary, { force: true });
      } catch {
        // Nothing was written there.
      }
    }
  }
}

/** Beside the program there is one build: caches of earlier builds are dropped. */
function removeOtherBuilds(directory: string, name: string): void {
  const [bundle, build] = name.split('-');
  for (const file of readdirSync(directory)) {
    const [otherBundle, otherBuild] = file.split('-');
    if (otherBundle === bundle && otherBuild !== build && file.endsWith('.v8')) rmSync(join(directory, file), { force: true });
  }
}
