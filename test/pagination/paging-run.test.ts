/** How a paged run talks to the service and to the terminal: requests, progress, Ctrl-C. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { main } from '../../src/cli/main.js';
import { paginate } from '../../src/pagination/paginate.js';
import type { OutputValue } from '../../src/output/value.js';
import { PythonNumber } from '../../src/python/number.js';
import { runCli, testEnv } from '../support/run-cli.js';
import { POOL_ID, serviceToken, startPagingService, type PagingService } from '../../harness/paging-service.js';

const listUsers = ['list-users', '--user-pool-id', POOL_ID];

function capture(isTTY: boolean) {
  const out = { text: '', isTTY, write: (chunk: string) => void (out.text += chunk) };
  return out;
}

describe('a paged run', () => {
  let service: PagingService;
  before(async () => (service = await startPagingService()));
  after(() => service?.stop());

  test('sends the page size and each next token, and nothing else changes between requests', async () => {
    service.requests.length = 0;
    const result = await runCli([...listUsers, '--page-size', '50', '--filter', 'username ^= "user"', '--endpoint-url', service.endpoint]);
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(
      service.requests.map((r) => r.body),
      [undefined, serviceToken(50), serviceToken(100)].map((token) => ({
        UserPoolId: POOL_ID,
        Limit: 50,
        Filter: 'username ^= "user"',
        ...(token ? { PaginationToken: token } : {}),
      })),
    );
    assert.equal(JSON.parse(result.stdout).Users.length, 130);
  });

  test('shows progress on a TTY while later pages are fetched, and erases it', async () => {
    const stdout = capture(false);
    const stderr = capture(true);
    const code = await main([...listUsers, '--page-size', '50', '--endpoint-url', service.endpoint], { stdout, stderr, env: testEnv() });
    assert.equal(code, 0);
    assert.match(stderr.text, /Fetching page 2 \(50 items so far\)/);
    assert.match(stderr.text, /Fetching page 3 \(100 items so far\)/);
    assert.doesNotMatch(stderr.text, /Fetching page 1/);
    assert.ok(stderr.text.endsWith('\r\x1b[K'), JSON.stringify(stderr.text));
  });

  test('prints no progress when stderr is not a TTY, nor for a single page', async () => {
    const piped = capture(false);
    assert.equal(await main([...listUsers, '--page-size', '50', '--endpoint-url', service.endpoint], { stdout: capture(false), stderr: piped, env: testEnv() }), 0);
    assert.equal(piped.text, '');
    const tty = capture(true);
    assert.equal(await main([...listUsers, '--max-items', '10', '--endpoint-url', service.endpoint], { stdout: capture(false), stderr: tty, env: testEnv() }), 0);
    assert.equal(tty.text, '');
  });

  test('Ctrl-C while paging exits 130 and prints nothing on stdout', async () => {
    service.requests.length = 0;
    const first = service.requests.length;
    service.delay(first + 2, 1_500);
    const controller = new AbortController();
    const stdout = capture(false);
    const running = main([...listUsers, '--page-size', '20', '--endpoint-url', service.endpoint], {
      stdout,
      stderr: capture(false),
      env: testEnv(),
      signal: controller.signal,
    });
    while (service.requests.length < first + 2) await new Promise((resolve) => setTimeout(resolve, 10));
    controller.abort();
    assert.equal(await running, 130);
    assert.equal(stdout.text, '');
  });
});

describe('the paginator', () => {
  const paginator = { inputToken: 'NextToken', outputToken: 'NextToken', limitKey: 'Limit', resultKeys: ['Groups'] };

  test('stops when the service sends the same token twice', async () => {
    const fetch = async (): Promise<OutputValue> => ({ Groups: [{ GroupName: 'a' }], NextToken: 'same' });
    const result = paginate(paginator, {}, {}, fetch);
    await assert.rejects(result.fullResult(), /^Error: Error during pagination: The same next token was received twice: \{'NextToken': 'same'\}$/);
  });

  test("refuses a starting token that another listing printed", async () => {
    const groupsToken = Buffer.from('{"NextToken": "abc"}').toString('base64');
    const result = paginate({ ...paginator, inputToken: 'PaginationToken', outputToken: 'PaginationToken' }, {}, { startingToken: groupsToken }, async () => ({}));
    await assert.rejects(result.fullResult(), { message: `Bad starting token: ${groupsToken}` });
  });

  test('hands out pages one at a time, so a streaming reader holds one page', async () => {
    let fetched = 0;
    const fetch = async (input: Record<string, unknown>): Promise<OutputValue> => {
      fetched++;
      const n = Number(input.NextToken ?? 0);
      return { Groups: [{ Precedence: new PythonNumber(String(n)) }], ...(n < 4 ? { NextToken: String(n + 1) } : {}) };
    };
    const seen: number[] = [];
    for await (const page of paginate(paginator, {}, {}, fetch).pages()) {
      seen.push(fetched);
      assert.ok(page);
    }
    assert.deepEqual(seen, [1, 2, 3, 4, 5]);
  });
});
