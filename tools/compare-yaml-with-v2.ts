// Compares --output yaml and yaml-stream of cognito-idp (the built bin) with the AWS CLI v2 live on
// moto, with cli_timestamp_format = iso8601 for both: users with 120-character ASCII and non-ASCII
// names, groups with a multi-line and a 130-character description, and a user pool.
// Needs moto and the AWS CLI v2 (Debian: apt-get install awscli, /usr/bin/aws).
// Run: npx tsx tools/compare-yaml-with-v2.ts [path-to-aws-v2]
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startMoto } from '../harness/emulators.js';
import { runBin, runProcess, testEnv } from '../harness/processes.js';

const awsV2 = process.argv[2] ?? '/usr/bin/aws';
const config = join(mkdtempSync(join(tmpdir(), 'yaml-v2-')), 'config');
writeFileSync(config, '[default]\nregion = us-east-1\ncli_timestamp_format = iso8601\n');
const env = testEnv({ TZ: 'UTC', AWS_CONFIG_FILE: config, AWS_PAGER: '' });

const asciiName =
  'A very long display name that exercises the folding behaviour of yaml emitters at depth two of the output ok';
const unicodeName = 'Zoë Ærøskøbing-Núñez 名前 グループ façade déjà vu straße über señor café niño ação Ünïcödé ok';
const multiLine = 'Administrators of the pool.\nThey may create, change and delete users\nand groups.';
const long130 = 'Readers of the pool who may list users and groups but change nothing at all; a description of one hundred and thirty chars.';

const moto = await startMoto();
try {
  const cli = (args: string[]) => runBin([...args, '--endpoint-url', moto.endpoint], env);
  const pool = JSON.parse((await cli(['create-user-pool', '--pool-name', 'yaml-compare', '--output', 'json'])).stdout).UserPool.Id;
  for (const [username, name] of [['ascii', asciiName.padEnd(120, 'x').slice(0, 120)], ['unicode', unicodeName.padEnd(120, 'é').slice(0, 120)]]) {
    await cli(['admin-create-user', '--user-pool-id', pool, '--username', username, '--message-action', 'SUPPRESS',
      '--user-attributes', `Name=name,Value=${name}`]);
  }
  await cli(['create-group', '--user-pool-id', pool, '--group-name', 'admins', '--description', multiLine]);
  await cli(['create-group', '--user-pool-id', pool, '--group-name', 'readers', '--description', long130.padEnd(130, '.').slice(0, 130)]);

  const commands = [
    ['admin-get-user', '--user-pool-id', pool, '--username', 'ascii'],
    ['admin-get-user', '--user-pool-id', pool, '--username', 'unicode'],
    ['list-groups', '--user-pool-id', pool],
    ['get-group', '--user-pool-id', pool, '--group-name', 'admins'],
    ['describe-user-pool', '--user-pool-id', pool],
  ];
  let identical = 0;
  let total = 0;
  for (const command of commands) {
    for (const output of ['yaml', 'yaml-stream']) {
      const args = [...command, '--output', output, '--endpoint-url', moto.endpoint];
      const [ours, theirs] = [await runBin(args, env), await runProcess(awsV2, ['cognito-idp', ...args], env)];
      const same = ours.code === 0 && theirs.code === 0 && ours.stdout === theirs.stdout;
      total++;
      if (same) identical++;
      console.log(`${same ? 'identical' : 'DIFFERENT'}  ${command[0]} ${command.at(-1)} --output ${output}`);
      if (!same) console.log(`--- aws v2 (exit ${theirs.code})\n${theirs.stdout}${theirs.stderr}--- cognito-idp (exit ${ours.code})\n${ours.stdout}${ours.stderr}`);
    }
  }
  console.log(`${identical} of ${total} identical`);
  process.exitCode = identical === total ? 0 : 1;
} finally {
  await moto.stop();
}
