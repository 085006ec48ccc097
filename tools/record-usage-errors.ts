// Records what the AWS CLI v1 (`aws` on PATH) prints on stderr, and its exit code, for command
// lines it refuses before sending anything: argparse's errors (an option without its value, missing
// required options, invalid choices, ambiguous prefixes), unknown options, and refused parameter
// values. test/cli/usage-errors.test.ts compares cognito-idp with them. (Shorthand syntax errors
// are left out: aws-cli 1.45 prints `{self._error_location()}` where the input and caret belong.)
// Run: npx tsx tools/record-usage-errors.ts
import { writeFileSync } from 'node:fs';
import { runProcess, testEnv } from '../harness/processes.js';

const fixturePath = 'test/fixtures/usage-errors.json';
// Nothing here reaches a service; should anything try, it finds a closed loopback port.
const endpoint = ['--endpoint-url', 'http://127.0.0.1:9'];
const env = testEnv({ HOME: '/nonexistent' });

const serverArgs = ['create-resource-server', '--user-pool-id', 'p', '--identifier', 'x', '--name', 'n'];

const cases: Array<{ name: string; args: string[] }> = [
  { name: 'an option without its value, before another option', args: ['create-resource-server', '--user-pool-id', '--identifier', 'x', '--name', 'n'] },
  { name: 'an option without its value, last', args: ['list-users', '--user-pool-id', 'p', '--max-items'] },
  { name: 'a value that looks like an option', args: ['list-users', '--user-pool-id', '-x'] },
  { name: 'a global option without its value', args: ['list-user-pools', '--max-results', '1', '--region'] },
  { name: 'some required options missing', args: ['create-resource-server', '--identifier', 'x'] },
  { name: 'every required option missing', args: ['create-resource-server'] },
  { name: 'a required option missing and an unknown one given', args: ['create-resource-server', '--identifier', 'x', '--bogus'] },
  { name: 'no operation', args: [] },
  { name: 'a request file without a required member', args: ['admin-get-user', '--cli-input-json', '{"UserPoolId": "p"}'] },
  { name: 'a request file and an unknown option', args: ['admin-get-user', '--cli-input-json', '{"UserPoolId": "p"}', '--bogus'] },
  { name: 'an unknown option with its value', args: [...serverArgs, '--bogus', '1'] },
  { name: 'an unknown word', args: [...serverArgs, 'extra'] },
  { name: 'a mistyped option', args: ['admin-get-user', '--user-pool-id', 'p', '--usernme', 'u', '--username', 'u'] },
  { name: 'an ambiguous option prefix', args: ['admin-get-user', '--user', 'x', '--username', 'u'] },
  { name: 'an invalid choice', args: ['list-user-pools', '--max-results', '1', '--color', 'bogus'] },
  { name: 'an invalid choice close to a valid one', args: ['list-user-pools', '--max-results', '1', '--color', 'of'] },
  { name: 'an invalid output format close to a valid one', args: ['list-user-pools', '--max-results', '1', '--output', 'jsn'] },
  { name: 'a mistyped operation', args: ['crate-resource-server'] },
  { name: 'a mistyped operation (admin-creat-user)', args: ['admin-creat-user', '--user-pool-id', 'p'] },
  { name: 'a mistyped operation (list-user)', args: ['list-user'] },
  { name: 'a mistyped operation (describe-userpool)', args: ['describe-userpool'] },
  { name: 'a mistyped operation (initiate-ath)', args: ['initiate-ath'] },
  { name: 'a mistyped operation (admin-get-usr)', args: ['admin-get-usr'] },
  { name: 'an unknown operation nothing is close to', args: ['zzzz'] },
  { name: 'a paging option that is not an integer', args: ['list-users', '--user-pool-id', 'p', '--max-items', 'x'] },
  { name: 'a parameter that is not an integer', args: ['create-group', '--user-pool-id', 'p', '--group-name', 'g', '--precedence', 'abc'] },
  { name: 'a shorthand member that is not an integer', args: ['create-user-pool', '--pool-name', 'p', '--policies', 'PasswordPolicy={MinimumLength=abc}'] },
  { name: 'parameter validation failed', args: [...serverArgs, '--scopes', 'ScopeName=a,ScopeDescription'] },
  { name: 'invalid JSON', args: [...serverArgs, '--scopes', '{"a": '] },
  { name: 'a member of the wrong type in JSON', args: [...serverArgs, '--scopes', '[{"ScopeName": 1}]'] },
];

const recorded = [];
for (const item of cases) {
  const result = await runProcess('aws', ['cognito-idp', ...item.args, ...endpoint], env);
  if (result.stdout) throw new Error(`${item.name}: aws printed on stdout: ${result.stdout}`);
  if (result.stderr.includes('Could not connect')) throw new Error(`${item.name}: aws tried to send a request`);
  recorded.push({ ...item, code: result.code, stderr: result.stderr });
}
const version = await runProcess('aws', ['--version'], env);
writeFileSync(fixturePath, `${JSON.stringify({ recordedWith: (version.stdout + version.stderr).trim(), endpoint, cases: recorded }, null, 1)}\n`);
console.log(`wrote ${fixturePath}`);
