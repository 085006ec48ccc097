// Whole-process measurements: wall time from spawn to exit, and peak RSS and CPU time as reported
// by GNU time (for a shell loop, the largest process the loop started).
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const gnuTime = ['/usr/bin/time', '/bin/time'].find((path) => spawnSync(path, ['-f', '%M', 'true'], { stdio: 'ignore' }).status === 0);
export const canMeasureMemory = Boolean(gnuTime);

/**
 * Runs `argv` once; stdout is counted, hashed and discarded. `before` runs first, untimed.
 * Returns { wall (s), cpu (s or null), rss (MiB or null), bytes and digest (of stdout), code, stderr }.
 */
export async function runOnce(argv, env, before) {
  before?.();
  const dir = mkdtempSync(join(tmpdir(), 'bench-'));
  const timeFile = join(dir, 'time');
  const full = gnuTime ? [gnuTime, '-f', '%M %U %S', '-o', timeFile, ...argv] : argv;
  const start = process.hrtime.bigint();
  const { code, stderr, bytes, digest } = await new Promise((resolve, reject) => {
    const child = spawn(full[0], full.slice(1), { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    let count = 0;
    const hash = createHash('sha256');
    child.stdout.on('data', (chunk) => {
      count += chunk.length;
      hash.update(chunk);
    });
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({ code: exitCode, stderr: err, bytes: count, digest: hash.digest('hex') }));
  });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  let rss = null;
  let cpu = null;
  if (gnuTime) {
    const [kib, user, system] = readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
    rss = Number.isFinite(kib) ? kib / 1024 : null;
    cpu = Number.isFinite(user + system) ? user + system : null;
  }
  rmSync(dir, { recursive: true, force: true });
  return { wall, cpu, rss, bytes, digest, code, stderr };
}

/**
 * `runs` rounds, each running every command once in turn (A/B interleaved, so a change in the
 * machine's load falls on all of them alike), after one warm-up round unless `warmUp` is false.
 * Returns, per command name, medians of wall time, CPU time and peak RSS, and stdout's size and sha256.
 */
export async function measureTogether(commands, env, runs, { warmUp = true, before = {} } = {}) {
  const names = Object.keys(commands);
  const samples = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = warmUp ? -1 : 0; round < runs; round++) {
    for (const name of names) {
      const sample = await runOnce(commands[name], env, before[name]);
      if (sample.code !== 0) {
        throw new Error(`${commands[name].join(' ')} failed (exit ${sample.code}): ${sample.stderr.trim().split('\n').pop()}`);
      }
      if (round >= 0) samples[name].push(sample);
    }
  }
  return Object.fromEntries(
    names.map((name) => {
      const list = samples[name];
      const walls = list.map((s) => s.wall);
      const numbers = (key) => list.map((s) => s[key]).filter((v) => v !== null);
      return [
        name,
        {
          runs,
          wall: median(walls),
          min: Math.min(...walls),
          max: Math.max(...walls),
          cpu: numbers('cpu').length ? median(numbers('cpu')) : null,
          rss: numbers('rss').length ? median(numbers('rss')) : null,
          bytes: list[0].bytes,
          digest: list[0].digest,
        },
      ];
    }),
  );
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
