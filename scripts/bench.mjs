// npm run bench: whole-process wall time and peak RSS of cognito-idp against the AWS CLI (when
// `aws` is on PATH) and against the floor (a bare Node.js HTTP request), on loopback endpoints
// this script starts itself. Medians of --runs runs (default 7) after one warm-up.
//
//   node scripts/bench.mjs [--runs N] [--loop-runs N] [--loop-calls N] [--users N] [--only a,b] [--no-aws]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { canMeasureMemory, measure } from './bench/measure.mjs';
import { seedUsers, startMoto, startRecorder } from './bench/processes.mjs';

const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    'loop-runs': { type: 'string' },
    'loop-calls': { type: 'string', default: '200' },
    users: { type: 'string', default: '10000' },
    only: { type: 'string' },
    'no-aws': { type: 'boolean', default: false },
  },
});
const runs = Number(opts.runs);
const loopRuns = Number(opts['loop-runs'] ?? opts.runs);
const loopCalls = Number(opts['loop-calls']);
const userCount = Number(opts.users);
const only = opts.only ? new Set(opts.only.split(',')) : undefined;
const wanted = (name) => !only || only.has(name);

const root = fileURLToPath(new URL('..', import.meta.url));
const ours = [join(root, 'bin', 'cognito-idp')];
const aws = opts['no-aws'] ? undefined : findAws();
const env = {
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  AWS_ACCESS_KEY_ID: 'bench',
  AWS_SECRET_ACCESS_KEY: 'bench',
  AWS_DEFAULT_REGION: 'us-east-1',
  AWS_CONFIG_FILE: '/dev/null',
  AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
  AWS_EC2_METADATA_DISABLED: 'true',
};

const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

console.log(machine());
console.log(`AWS CLI: ${aws ? aws.join(' ') : 'not found on PATH (ratios against it are left out)'}`);
if (!canMeasureMemory) console.log('GNU time not found: peak RSS is not measured');
console.log('');

const results = [];
/** How many users each tool printed in a listing: a ratio means something only when all were. */
const printedUsers = new Map();
const recorder = await startRecorder();
let moto;
try {
  if (wanted('one-call')) {
    const call = ['list-user-pools', '--max-results', '10', '--endpoint-url', recorder.endpoint];
    await scenario('one-call', 'one list-user-pools call (recorder)', runs, {
      'cognito-idp': [...ours, ...call],
      ...(aws ? { aws: [...aws, 'cognito-idp', ...call] } : {}),
      floor: [process.execPath, join(root, 'scripts', 'bench', 'floor.mjs'), recorder.endpoint],
    });
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
    await scenario('loop', `${loopCalls} sequential admin-create-user calls from a shell loop (recorder)`, loopRuns, {
      'cognito-idp': loop(ours),
      ...(aws ? { aws: loop([...aws, 'cognito-idp']) } : {}),
    });
  }
  if (wanted('list-json') || wanted('list-text')) {
    console.log('(peak RSS of text output, streamed page by page, against json, merged whole: also node scripts/bench-paging-memory.mjs)');
    moto = await startMoto();
    const seedStart = Date.now();
    const poolId = await seedUsers(moto.endpoint, userCount);
    console.log(`moto seeded with ${userCount} users in ${((Date.now() - seedStart) / 1000).toFixed(1)} s\n`);
    for (const output of ['json', 'text']) {
      if (!wanted(`list-${output}`)) continue;
      const call = ['list-users', '--user-pool-id', poolId, '--endpoint-url', moto.endpoint, '--output', output];
      const commands = { 'cognito-idp': [...ours, ...call], ...(aws ? { aws: [...aws, 'cognito-idp', ...call] } : {}) };
      for (const [tool, argv] of Object.entries(commands)) {
        const printed = countUsers(await capture(argv));
        printedUsers.set(`list-${output}/${tool}`, printed);
        console.log(`  ${tool} printed ${printed} of ${userCount} users with --output ${output}`);
      }
      await scenario(`list-${output}`, `list-users over ${userCount} users, --output ${output} (moto)`, runs, commands);
    }
  }
} finally {
  await recorder.stop();
  await moto?.stop();
}

report();

async function scenario(id, title, count, commands) {
  console.log(`${title}: ${count} runs after a warm-up`);
  for (const [tool, argv] of Object.entries(commands)) {
    const result = await measure(argv, env, count);
    results.push({ id, title, tool, ...result });
    const rss = result.rss === null ? 'n/a' : `${result.rss.toFixed(1)} MiB`;
    console.log(`  ${tool.padEnd(12)} median ${result.wall.toFixed(3)} s (min ${result.min.toFixed(3)}, max ${result.max.toFixed(3)})  peak RSS ${rss}`);
  }
  const ratio = ratioOf(id, 'aws');
  const floor = ratioOf(id, 'floor');
  if (ratio !== undefined) console.log(`  cognito-idp / aws = ${ratio.toFixed(3)}x`);
  if (floor !== undefined) console.log(`  cognito-idp / floor = ${floor.toFixed(2)}x`);
  console.log('');
}

function ratioOf(id, other) {
  const ourResult = results.find((r) => r.id === id && r.tool === 'cognito-idp');
  const otherResult = results.find((r) => r.id === id && r.tool === other);
  return ourResult && otherResult ? ourResult.wall / otherResult.wall : undefined;
}

function report() {
  const targets = [
    ['one-call', 'wall <= 0.25x aws', () => check(ratioOf('one-call', 'aws'), 0.25)],
    ['one-call', 'peak RSS <= 60 MiB', () => {
      const rss = results.find((r) => r.id === 'one-call' && r.tool === 'cognito-idp')?.rss;
      return rss == null ? 'not measured' : `${rss <= 60 ? 'met' : 'MISSED'} (${rss.toFixed(1)} MiB)`;
    }],
    ['list-json', 'wall <= 0.5x aws', () => listingVerdict('list-json')],
    ['list-text', 'wall <= 0.5x aws', () => listingVerdict('list-text')],
  ];
  console.log('Targets:');
  for (const [id, label, verdict] of targets) {
    if (results.some((r) => r.id === id)) console.log(`  ${id.padEnd(10)} ${label.padEnd(20)} ${verdict()}`);
  }
  mkdirSync(join(root, '.cache'), { recursive: true });
  const file = join(root, '.cache', 'bench-latest.json');
  writeFileSync(file, `${JSON.stringify({ machine: machine(), date: new Date().toISOString(), results }, null, 2)}\n`);
  console.log(`\nResults written to ${file}`);
}

function listingVerdict(id) {
  const printed = printedUsers.get(`${id}/cognito-idp`);
  const verdict = check(ratioOf(id, 'aws'), 0.5);
  return printed === userCount ? verdict : `NOT COMPARABLE: cognito-idp printed ${printed} of ${userCount} users (${verdict})`;
}

function check(ratio, limit) {
  return ratio === undefined ? 'no AWS CLI to compare with' : `${ratio <= limit ? 'met' : 'MISSED'} (${ratio.toFixed(3)}x)`;
}

function machine() {
  const cpu = cpus();
  return `Machine: ${cpu[0]?.model ?? 'unknown CPU'} x${cpu.length}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node.js ${process.version}, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`;
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

function capture(argv) {
  return new Promise((resolve, reject) => {
    const child = spawn(argv[0], argv.slice(1), { env, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('error', reject);
    child.on('close', () => resolve(out));
  });
}

/** Users in a listing, whichever format it came out in (text output may not exist yet). */
function countUsers(output) {
  return Math.max((output.match(/"Username":/g) ?? []).length, (output.match(/^USERS\t/gm) ?? []).length);
}
