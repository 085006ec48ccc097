// The commands beyond the AWS CLI, measured as whole processes on loopback services that answer at
// once (harness/bench-services.ts, run with tsx): an SRP sign-in against one initiate-auth call;
// export-users against list-users over the same pool with groups; 500 lines through batch against
// shell loops of single calls. Returns Markdown rows and target verdicts for bench.mjs to print.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureTogether } from './measure.mjs';
import { startServiceProcess } from './processes.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const FAKE_POOL = 'us-east-1_fakepool';

/** Starts the services; resolves with where they are and how to stop them. */
async function startServices(userCounts) {
  const argv = [process.execPath, '--import', 'tsx', join(root, 'harness', 'bench-services.ts'), userCounts.join(',')];
  const { line, stop } = await startServiceProcess(argv, 'the bench services');
  return { ...JSON.parse(line), stop };
}

const cell = (r) => `${r.wall.toFixed(3)} s, ${r.rss == null ? '?' : r.rss.toFixed(1)} MiB`;
/** Median, spread and CPU time of each command, for the log: wall times swing with the machine's load. */
const spread = (results, log) => {
  for (const [name, r] of Object.entries(results)) {
    log(`  ${name.padEnd(14)} median ${r.wall.toFixed(3)} s (min ${r.min.toFixed(3)}, max ${r.max.toFixed(3)})  CPU ${r.cpu == null ? '?' : r.cpu.toFixed(2)} s  peak RSS ${r.rss == null ? '?' : r.rss.toFixed(1)} MiB`);
  }
};
const verdict = (met) => (met ? 'met' : 'MISSED');

/**
 * `ours`: the argv that starts cognito-idp; `aws`: the AWS CLI's, or undefined; `recorder`: an
 * endpoint that answers every call at once.
 */
export async function benchAddedCommands({ ours, aws, env, runs, userCounts, recorder, log = console.log }) {
  const services = await startServices(userCounts);
  const rows = [];
  const targets = [];
  const cli = (...args) => [...ours, ...args];
  try {
    const { signIn } = services;
    log(`sign-in (SRP, two calls) and initiate-auth (one call): ${runs} runs after a warm-up, interleaved`);
    const auth = await measureTogether(
      {
        'sign-in': cli('sign-in', '--user-pool-id', signIn.poolId, '--client-id', signIn.clientId, '--username', signIn.username,
          '--password', signIn.password, '--endpoint-url', signIn.endpoint),
        'initiate-auth': cli('initiate-auth', '--client-id', signIn.clientId, '--auth-flow', 'USER_PASSWORD_AUTH',
          '--auth-parameters', `USERNAME=${signIn.username},PASSWORD=${signIn.password}`, '--endpoint-url', signIn.endpoint),
      },
      env,
      runs,
    );
    const signInRatio = auth['sign-in'].wall / auth['initiate-auth'].wall;
    rows.push(`| SRP sign-in vs one initiate-auth | ${cell(auth['sign-in'])} | ${cell(auth['initiate-auth'])} | ${signInRatio.toFixed(2)}x |`);
    targets.push(`one SRP sign-in <= 1.5x one initiate-auth: ${verdict(signInRatio <= 1.5)} (${signInRatio.toFixed(2)}x)`);

    const exportRss = {};
    for (const users of userCounts) {
      const endpoint = services.pools[users];
      const count = users > 10_000 ? 1 : runs;
      log(`export-users and list-users, ${users} users in 10 groups: ${count} run(s) after a warm-up, interleaved`);
      const listing = await measureTogether(
        {
          'list-users': cli('list-users', '--user-pool-id', FAKE_POOL, '--endpoint-url', endpoint),
          jsonl: cli('export-users', '--user-pool-id', FAKE_POOL, '--endpoint-url', endpoint),
          csv: cli('export-users', '--user-pool-id', FAKE_POOL, '--format', 'csv', '--endpoint-url', endpoint),
        },
        env,
        count,
      );
      spread(listing, log);
      for (const format of ['jsonl', 'csv']) {
        const ratio = listing[format].wall / listing['list-users'].wall;
        rows.push(`| export-users ${format}, ${users} users with groups, vs list-users | ${cell(listing[format])} | ${cell(listing['list-users'])} | ${ratio.toFixed(2)}x |`);
        if (users === 10_000) targets.push(`export-users ${format}, 10,000 users with groups, <= 1.2x list-users: ${verdict(ratio <= 1.2)} (${ratio.toFixed(2)}x)`);
        (exportRss[format] ??= {})[users] = listing[format].rss;
      }
    }
    for (const format of ['jsonl', 'csv']) {
      const sizes = Object.keys(exportRss[format]).map(Number).sort((a, b) => a - b);
      if (sizes.length < 2 || exportRss[format][sizes[0]] == null) continue;
      const growth = exportRss[format][sizes.at(-1)] - exportRss[format][sizes[0]];
      targets.push(`export-users ${format} memory flat (${sizes.at(-1)} users within 10 MiB of ${sizes[0]}): ${verdict(growth <= 10)} (${growth.toFixed(1)} MiB more)`);
    }

    // 500 lines through batch; the shell loops run 50 calls and are scaled to 500.
    const lines = 500;
    const loopCalls = 50;
    const create = (i) => `admin-create-user --user-pool-id ${FAKE_POOL} --username user${i} --message-action SUPPRESS`;
    const batchInput = Array.from({ length: lines }, (_, i) => create(i)).join('\n');
    const loop = (program) => ['sh', '-c', `i=0; while [ $i -lt ${loopCalls} ]; do ${program} ${create('$i')} --endpoint-url ${recorder} > /dev/null || exit 1; i=$((i+1)); done`];
    const quoted = (argv) => argv.map((word) => `'${word}'`).join(' ');
    log(`batch of ${lines} lines (concurrency 8) and shell loops of ${loopCalls} calls, scaled to ${lines}: 1 run after a warm-up`);
    const commands = {
      batch: ['sh', '-c', `printf '%s\\n' "$BATCH" | ${quoted(cli('batch', '--concurrency', '8', '--endpoint-url', recorder))} > /dev/null`],
      'cognito-idp loop': loop(quoted(ours)),
      ...(aws ? { 'aws loop': loop(`${quoted(aws)} cognito-idp`) } : {}),
    };
    const results = await measureTogether(commands, { ...env, BATCH: batchInput }, 1);
    const scale = lines / loopCalls;
    const batchWall = results.batch.wall;
    for (const name of Object.keys(results).filter((n) => n !== 'batch')) {
      const loopWall = results[name].wall * scale;
      const speedup = loopWall / batchWall;
      rows.push(`| ${lines} admin-create-user: batch --concurrency 8 vs a shell loop of ${name.replace(' loop', '')} (${loopCalls} calls x ${scale}) | ${cell(results.batch)} | ${loopWall.toFixed(2)} s | ${speedup.toFixed(1)}x faster |`);
      const wanted = name === 'aws loop' ? 10 : 3;
      targets.push(`batch >= ${wanted}x faster than a shell loop of ${name.replace(' loop', '')}: ${verdict(speedup >= wanted)} (${speedup.toFixed(1)}x)`);
    }
  } finally {
    await services.stop();
  }
  return {
    table: ['| added command | cognito-idp | compared with | ratio |', '| --- | --- | --- | --- |', ...rows].join('\n'),
    targets,
  };
}
