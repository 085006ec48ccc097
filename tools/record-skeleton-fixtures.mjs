// Records the AWS CLI v1's `--generate-cli-skeleton input` for every operation and `output` for a
// few, into test/input/fixtures/aws-skeletons.json. botocore picks a random enum value for input
// skeletons; this pins it to the first one (as the AWS CLI v2 does) so the fixture is stable.
// Run: node tools/record-skeleton-fixtures.mjs
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';

const awsWithFirstEnum =
  'import random, sys; random.choice = lambda seq: seq[0]; from awscli.clidriver import main; sys.exit(main())';
const env = { ...process.env, AWS_ACCESS_KEY_ID: 'x', AWS_SECRET_ACCESS_KEY: 'y', AWS_DEFAULT_REGION: 'us-east-1',
  AWS_CONFIG_FILE: '/dev/null', AWS_SHARED_CREDENTIALS_FILE: '/dev/null' };

const operations = readdirSync('src/commands')
  .filter((file) => file.endsWith('.ts') && !['index.ts', 'shapes.ts'].includes(file))
  .map((file) => file.slice(0, -3))
  .sort();

/** Output skeletons need the required parameters; these take plain strings. */
const outputCases = [
  ['list-users', '--user-pool-id', 'us-east-1_x'],
  ['get-group', '--user-pool-id', 'us-east-1_x', '--group-name', 'g'],
  ['admin-initiate-auth', '--user-pool-id', 'us-east-1_x', '--client-id', 'c', '--auth-flow', 'ADMIN_USER_PASSWORD_AUTH'],
  ['sign-up', '--client-id', 'c', '--username', 'u'],
  ['delete-user-pool', '--user-pool-id', 'us-east-1_x'],
];

function run(args) {
  return new Promise((resolve, reject) => {
    const child = spawn('python3', ['-c', awsWithFirstEnum, ...args], { env });
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ stdout, code }));
  });
}

const input = {};
for (let i = 0; i < operations.length; i += 4) {
  const batch = operations.slice(i, i + 4);
  const results = await Promise.all(batch.map((op) => run(['cognito-idp', op, '--generate-cli-skeleton', 'input'])));
  batch.forEach((op, j) => {
    if (results[j].code === 0) input[op] = results[j].stdout;
    else console.log(`skipped ${op}: exit ${results[j].code}`);
  });
}
const output = [];
for (const args of outputCases) {
  const result = await run(['cognito-idp', ...args, '--generate-cli-skeleton', 'output']);
  if (result.code === 0) output.push({ args, stdout: result.stdout });
  else console.log(`skipped output ${args[0]}: exit ${result.code}`);
}
mkdirSync('test/input/fixtures', { recursive: true });
writeFileSync('test/input/fixtures/aws-skeletons.json', `${JSON.stringify({ input, output }, null, 2)}\n`);
console.log(`${Object.keys(input).length} input skeletons, ${output.length} output skeletons`);
