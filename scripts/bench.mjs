// npm run bench: whole-process wall time, CPU time and peak RSS of cognito-idp against the AWS CLI
// (when `aws` is on PATH) and against the floor (a bare Node.js HTTP request), on a loopback
// endpoint this script starts itself that answers at once (scripts/bench/recorder.mjs), so the
// figures are the tools' own cost. Every process runs with an environment made here: no
// NODE_EXTRA_CA_CERTS (it adds ~45 ms to every Node.js start), no AWS configuration.
// Prints a Markdown table; the figures also go to .cache/bench-latest.json.
//
//   node scripts/bench.mjs [--runs N] [--loop-calls N] [--loop-runs N] [--users 10000,100000]
//                          [--list-runs N] [--big-runs N] [--only one-call,first-call,loop,list,added] [--no-aws]
//
// `added`: sign-in, export-users and batch (scripts/bench/added-commands.mjs).
//
// Listings of more than 10,000 users run --big-runs times (default 1), the others --list-runs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { canMeasureMemory, measureTogether } from './bench/measure.mjs';
import { startRecorder } from './bench/processes.mjs';
import { benchAddedCommands } from './bench/added-commands.mjs';

const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    'loop-calls': { type: 'string', default: '50' },
    'loop-runs': { type: 'string', default: '3' },
    users: { type: 'string', default: '10000,100000' },
    'list-runs': { type: 'string', default: '3' },
    'big-runs': { type: 'string', default: '1' },
    only: { type: 'string' },
    'no-aws': { type: 'boolean', default: false },
  },
});
const runs = Number(opts.runs);
const loopCalls = Number(opts['loop-calls']);
const loopRuns = Number(opts['loop-runs']);
const userCounts = opts.users.split(',').map(Number);
const listRuns = Number(opts['list-runs']);
const bigRuns = Number(opts['big-runs']);
const only = opts.only ? new Set(opts.only.split(',')) : undefined;
const wanted = (name) => !only || only.has(name);

const root = fileURLToPath(new URL('..', import.meta.url));
const ours = [join(root, 'bin', 'cognito-idp')];
const aws = opts['no-aws'] ? undefined : findAws();
// A fresh user cache directory: the code cache is the one beside the program (root/.cache/code).
const userCache = mkdtempSync(join(tmpdir(), 'bench-cache-'));
const env = {
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  XDG_CACHE_HOME: userCache,
  AWS_ACCESS_KEY_ID: 'bench',
  AWS_SECRET_ACCESS_KEY: 'bench',
  AWS_DEFAULT_REGION: 'us-east-1',
  AWS_CONFIG_FILE: '/dev/null',
  AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
  AWS_EC2_METADATA_DISABLED: 'true',
};
const dropCodeCache = () => {
  rmSync(join(root, '.cache', 'code'), { recursive: true, force: true });
  rmSync(join(userCache, 'cognito-idp'), { recursive: true, force: true });
};

const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const started = new Date();
console.log(machine());
console.log(`AWS CLI: ${aws ? aws.join(' ') : 'not found on PATH (ratios against it are left out)'}`);
if (!canMeasureMemory) console.log('GNU time not found: peak RSS and CPU time are not measured');
console.log('');

/** { id, title, results: { tool: figures }, note } per scenario. */
const scenarios = [];
/** The added commands' own table and target verdicts. */
let added;
const recorder = await startRecorder();
try {
  const oneCall = ['list-user-pools', '--max-results', '10', '--endpoint-url', recorder.endpoint];
  if (wanted('one-call')) {
    await scenario('one-call', 'one `list-user-pools` call', runs, {
      'cognito-idp': [...ours, ...oneCall],
      ...(aws ? { aws: [...aws, 'cognito-idp', ...oneCall] } : {}),
      floor: [process.execPath, join(root, 'scripts', 'bench', 'floor.mjs'), recorder.endpoint],
    });
  }
  if (wanted('first-call')) {
    // The first run after installing (or upgrading Node.js): no code cache yet, one is written.
    await scenario('first-call', 'one call, first run (no code cache)', runs, { 'cognito-idp': [...ours, ...oneCall] }, {
      before: { 'cognito-idp': dropCodeCache },
    });
    // Leave a cache made by a call, as users have after their first one.
    spawnSync(ours[0], oneCall, { env, stdio: 'ignore' });
  }
  if (wanted('loop')) {
    const loop = (cli) => [
      'bash',
      '-c',
      `for i in $(seq ${loopCalls}); do "$0" "$@" --username "user-$i" >/dev/null || exit 1; done`,
      ...cli,
      'admin-create-user',
      '--user-pool-id',
      'us-east-1_bench0',
      '--endpoint-url',
      recorder.endpoint,
    ];
    await scenario('loop', `${loopCalls} \`admin-create-user\` calls from a shell loop`, loopRuns, {
      'cognito-idp': loop(ours),
      ...(aws ? { aws: loop([...aws, 'cognito-idp']) } : {}),
    });
  }
  if (wanted('list')) {
    for (const users of userCounts) {
      for (const output of ['json', 'text', 'table']) {
        const call = ['list-users', '--user-pool-id', `us-east-1_users${users}`, '--endpoint-url', recorder.endpoint, '--output', output];
        const commands = { 'cognito-idp': [...ours, ...call], ...(aws ? { aws: [...aws, 'cognito-idp', ...call] } : {}) };
        await scenario(`list-${output}-${users}`, `\`list-users\`, ${users.toLocaleString('en')} users, \`--output ${output}\``, users > 10000 ? bigRuns : listRuns, commands, {
          warmUp: false,
          compare: true,
        });
      }
    }
  }
  if (wanted('added')) {
    added = await benchAddedCommands({ ours, aws, env, runs, userCounts, recorder: recorder.endpoint });
    console.log('');
  }
} finally {
  await recorder.stop();
  rmSync(userCache, { recursive: true, force: true });
}

report();

async function scenario(id, title, count, commands, { warmUp = true, before, compare = false } = {}) {
  console.log(`${title}: ${count} run${count === 1 ? '' : 's'}${warmUp ? ' after a warm-up' : ''}, interleaved`);
  const results = await measureTogether(commands, env, count, { warmUp, before });
  const { 'cognito-idp': ourResult, aws: awsResult } = results;
  const note = compare && ourResult && awsResult ? (ourResult.digest === awsResult.digest ? 'same bytes' : 'OUTPUT DIFFERS') : '';
  for (const [tool, r] of Object.entries(results)) {
    console.log(`  ${tool.padEnd(12)} median ${r.wall.toFixed(3)} s (min ${r.min.toFixed(3)}, max ${r.max.toFixed(3)})  CPU ${fixed(r.cpu, 2)} s  peak RSS ${fixed(r.rss, 1)} MiB  stdout ${r.bytes} bytes`);
  }
  scenarios.push({ id, title, results, note });
  const ratio = ratioOf(id);
  if (ratio !== undefined) console.log(`  cognito-idp / aws = ${ratio.toFixed(3)}x ${note}`);
  console.log('');
}

function ratioOf(id, other = 'aws') {
  const results = scenarios.find((s) => s.id === id)?.results;
  return results?.['cognito-idp'] && results[other] ? results['cognito-idp'].wall / results[other].wall : undefined;
}

function report() {
  const cell = (r) => (r ? `${r.wall.toFixed(3)} s, ${fixed(r.rss, 1)} MiB` : '');
  const lines = [
    '| scenario | cognito-idp | aws | ratio | floor | |',
    '| --- | --- | --- | --- | --- | --- |',
    ...scenarios.map(({ id, title, results, note }) => {
      const ratio = ratioOf(id);
      return `| ${title} | ${cell(results['cognito-idp'])} | ${cell(results.aws)} | ${ratio === undefined ? '' : `${ratio.toFixed(2)}x`} | ${cell(results.floor)} | ${note} |`;
    }),
  ];
  console.log(`${started.toISOString().slice(0, 10)}, ${machine()}\n`);
  console.log(lines.join('\n'));
  console.log('');
  if (added) console.log(`\n${added.table}`);
  const verdicts = [...targets(), ...(added?.targets ?? [])];
  if (verdicts.length) console.log(`Targets:\n${verdicts.map((v) => `- ${v}`).join('\n')}`);
  mkdirSync(join(root, '.cache'), { recursive: true });
  const file = join(root, '.cache', 'bench-latest.json');
  writeFileSync(file, `${JSON.stringify({ date: started.toISOString(), machine: machine(), scenarios, added }, null, 2)}\n`);
  console.log(`\nFigures written to ${file}`);
}

function targets() {
  const verdicts = [];
  const one = scenarios.find((s) => s.id === 'one-call')?.results['cognito-idp'];
  const oneRatio = ratioOf('one-call');
  if (oneRatio !== undefined) verdicts.push(`one call <= 0.20x aws: ${verdict(oneRatio <= 0.2)} (${oneRatio.toFixed(3)}x)`);
  if (one?.rss != null) verdicts.push(`one call <= 55 MiB: ${verdict(one.rss <= 55)} (${one.rss.toFixed(1)} MiB)`);
  for (const output of ['json', 'text', 'table']) {
    const id = `list-${output}-10000`;
    const ratio = ratioOf(id);
    const note = scenarios.find((s) => s.id === id)?.note;
    if (ratio !== undefined) verdicts.push(`list-users, 10,000 users, ${output} <= 0.5x aws: ${verdict(ratio <= 0.5 && note === 'same bytes')} (${ratio.toFixed(3)}x, ${note})`);
  }
  const small = scenarios.find((s) => s.id === 'list-text-10000')?.results['cognito-idp'];
  const large = scenarios.find((s) => s.id === 'list-text-100000')?.results['cognito-idp'];
  if (small?.rss != null && large?.rss != null) {
    const growth = large.rss - small.rss;
    verdicts.push(`text output memory flat (100,000 users within 10 MiB of 10,000): ${verdict(growth <= 10)} (${growth.toFixed(1)} MiB more)`);
  }
  const base = one?.rss;
  for (const output of ['json', 'table']) {
    const r = scenarios.find((s) => s.id === `list-${output}-100000`)?.results['cognito-idp'];
    if (r?.rss == null || base == null) continue;
    const over = r.rss - base;
    const limit = (2 * r.bytes) / 2 ** 20;
    verdicts.push(`${output}, 100,000 users: memory beyond one call's (${over.toFixed(1)} MiB) <= 2x the output (${limit.toFixed(1)} MiB): ${verdict(over <= limit)}`);
  }
  return verdicts;
}

function verdict(met) {
  return met ? 'met' : 'MISSED';
}

function fixed(value, digits) {
  return value == null ? 'n/a' : value.toFixed(digits);
}

function machine() {
  const cpu = cpus();
  return `${cpu[0]?.model ?? 'unknown CPU'} x${cpu.length}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node.js ${process.version}, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`;
}

/** `aws` from PATH; a pyenv shim is resolved to the real script so its bash wrapper is not timed. */
function findAws() {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const path = join(dir, 'aws');
    if (!dir || !existsSync(path)) continue;
    if (dir.includes('/shims')) {
      const real = spawnSync('pyenv', ['which', 'aws'], { encoding: 'utf8' });
      if (real.status === 0 && real.stdout.trim()) return [real.stdout.trim()];
    }
    return [path];
  }
  return undefined;
}

