// Records what the AWS CLI v1 (`aws`) prints for every paging combination against the loopback
// paging service (harness/paging-service.ts), into
// test/pagination/fixtures/aws-paging.json. Run: node --import tsx tools/record-pagination-fixtures.mjs
import { writeFileSync } from 'node:fs';
import { POOL_ID, serviceToken, startPagingService } from '../harness/paging-service.ts';
import { runProcess } from '../harness/processes.ts';

const users = ['list-users', '--user-pool-id', POOL_ID];
const pools = ['list-user-pools'];
const groups = ['list-groups', '--user-pool-id', POOL_ID];

/** `{{next:name}}`: the NextToken the AWS CLI printed for case `name`; `{{service:N}}`: a service token. */
const cases = [
  ['users auto', [...users]],
  ['users max 25', [...users, '--max-items', '25']],
  ['users max 60', [...users, '--max-items', '60']],
  ['users max 61', [...users, '--max-items', '61']],
  ['users max 130', [...users, '--max-items', '130']],
  ['users max 200', [...users, '--max-items', '200']],
  ['users max 0', [...users, '--max-items', '0']],
  ['users page 25', [...users, '--page-size', '25']],
  ['users page 25 max 70', [...users, '--page-size', '25', '--max-items', '70']],
  ['users page 7 max 14', [...users, '--page-size', '7', '--max-items', '14']],
  ['users resume 25', [...users, '--starting-token', '{{next:users max 25}}']],
  ['users resume 25 max 50 page 30', [...users, '--starting-token', '{{next:users max 25}}', '--max-items', '50', '--page-size', '30']],
  ['users resume 25 max 50 page 30 again', [...users, '--starting-token', '{{next:users resume 25 max 50 page 30}}', '--max-items', '50', '--page-size', '30']],
  ['users resume 60', [...users, '--starting-token', '{{next:users max 60}}', '--max-items', '10']],
  ['users resume 70', [...users, '--starting-token', '{{next:users page 25 max 70}}', '--page-size', '25']],
  ['users resume raw service token', [...users, '--starting-token', '{{service:100}}']],
  ['users resume old-style token', [...users, '--starting-token', '{{service:100}}___3', '--max-items', '5']],
  ['users no-paginate', [...users, '--no-paginate']],
  ['users limit', [...users, '--limit', '10']],
  ['users own token', [...users, '--pagination-token', '{{service:120}}']],
  ['users no-paginate max', [...users, '--no-paginate', '--max-items', '5']],
  ['users limit with paging options', [...users, '--limit', '5', '--starting-token', 'abc', '--page-size', '3', '--max-items', '2']],
  ['pools 60', [...pools, '--max-results', '60']],
  ['pools 25 own token', [...pools, '--max-results', '25', '--next-token', '{{service:50}}']],
  ['pools max-items refused', [...pools, '--max-results', '10', '--max-items', '5']],
  ['groups auto', [...groups]],
  ['groups page 5', [...groups, '--page-size', '5']],
  ['groups page 5 max 7', [...groups, '--page-size', '5', '--max-items', '7']],
  ['groups resume 7', [...groups, '--starting-token', '{{next:groups page 5 max 7}}', '--page-size', '5']],
  ['groups max 12 page 4', [...groups, '--max-items', '12', '--page-size', '4']],
];

const service = await startPagingService();
const recorded = [];
try {
  const env = { ...process.env, AWS_ACCESS_KEY_ID: 'x', AWS_SECRET_ACCESS_KEY: 'y', AWS_DEFAULT_REGION: 'us-east-1',
    AWS_CONFIG_FILE: '/dev/null', AWS_SHARED_CREDENTIALS_FILE: '/dev/null' };
  for (const [name, template] of cases) {
    const args = template.map((arg) =>
      arg
        .replace(/\{\{next:(.*?)\}\}/, (_, from) => JSON.parse(recorded.find((c) => c.name === from).stdout).NextToken)
        .replace(/\{\{service:(\d+)\}\}/, (_, offset) => serviceToken(Number(offset))),
    );
    // Asynchronous: the paging service answers from this process.
    const run = await runProcess('aws', ['cognito-idp', ...args, '--endpoint-url', service.endpoint], env);
    recorded.push({ name, args, stdout: run.stdout, stderr: run.stderr.trim(), code: run.code });
    console.log(`${run.code} ${name}`);
  }
} finally {
  await service.stop();
}
writeFileSync('test/pagination/fixtures/aws-paging.json', `${JSON.stringify(recorded, null, 2)}\n`);
