/** Timestamps in the local time zone (TZ, read when a process starts), through the built bin/cognito-idp. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { answerJson, startRecorder, type Recorder } from '../../support/recorder.js';
import { runBin, testEnv } from '../../support/run-cli.js';
import { configFile, oneUserListing } from '../../output/support/one-user-listing.js';

describe('timestamps in the local time zone, as Python writes them', () => {
  let recorder: Recorder;
  before(async () => {
    recorder = await startRecorder();
    recorder.respondWith(answerJson(oneUserListing));
  });
  after(() => recorder.stop());

  // Expected values are botocore's parse_timestamp(value).isoformat() under the same TZ.
  for (const [tz, created, modified] of [
    ['America/New_York', '2019-01-21T14:38:15.428000-05:00', '2019-01-21T14:38:15-05:00'],
    ['Asia/Kolkata', '2019-01-22T01:08:15.428000+05:30', '2019-01-22T01:08:15+05:30'],
  ]) {
    test(tz, async () => {
      const env = testEnv({ TZ: tz, AWS_CONFIG_FILE: configFile('[default]\ncli_timestamp_format = iso8601\n') });
      const result = await runBin(
        ['list-users', '--user-pool-id', 'p', '--no-paginate', '--output', 'text', '--query', 'Users[0].[UserCreateDate, UserLastModifiedDate]', '--endpoint-url', recorder.endpoint],
        env,
      );
      assert.equal(result.stderr, '');
      assert.equal(result.stdout, `${created}\t${modified}\n`);
    });
  }
});
