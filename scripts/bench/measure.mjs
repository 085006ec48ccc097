// Whole-process measurements: wall time from spawn to exit, and peak RSS as reported by GNU time
// (for a shell loop, the largest process the loop started).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const gnuTime = ['/usr/bin/time', '/bin/time'].find((path) => spawnSync(path, ['-f', '%M', 'true'], { stdio: 'ignore' }).status === 0);
export const canMeasureMemory = Boolean(gnuTime);

/** Runs `argv` once; stdout is discarded. Returns { wall (s), rss (MiB or null), code, stderr }. */
export async function runOnce(argv, env) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-'));
  const rssFile = join(dir, 'rss');
  const full = gnuTime ? [gnuTime, '-f', '%M', '-o', rssFile, ...argv] : argv;
  const start = process.hrtime.bigint();
  const { code, stderr } = await new Promise((resolve, reject) => {
    const child = spawn(full[0], full.slice(1), { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({ code: exitCode, stderr: err }));
  });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  let rss = null;
  if (gnuTime) {
    const kib = Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop());
    rss = Number.isFinite(kib) ? kib / 1024 : null;
  }
  rmSync(dir, { recursive: true, force: true });
  return { wall, rss, code, stderr };
}

/** One warm-up, then `runs` measured runs; medians of wall time and peak RSS. */
export async function measure(argv, env, runs) {
  const warm = await runOnce(argv, env);
  if (warm.code !== 0) throw new Error(`${argv.join(' ')} failed (exit ${warm.code}): ${warm.stderr.trim().split('\n').pop()}`);
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(await runOnce(argv, env));
  const failed = samples.find((sample) => sample.code !== 0);
  if (failed) throw new Error(`${argv.join(' ')} failed (exit ${failed.code}): ${failed.stderr.trim().split('\n').pop()}`);
  const walls = samples.map((s) => s.wall);
  const rss = samples.map((s) => s.rss).filter((v) => v !== null);
  return { runs, wall: median(walls), min: Math.min(...walls), max: Math.max(...walls), rss: rss.length ? median(rss) : null };
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
