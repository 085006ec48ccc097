/** The command lines the AWS CLI v2 was recorded running (test/fixtures/output/yaml-v2-cli.json), and their pages served again. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OutputObject } from '../../../src/output/value.js';
import { after, before } from 'node:test';
import { answerJson, startRecorder, type Recorder } from '../../support/recorder.js';
import { testEnv } from '../../support/run-cli.js';

export interface CliCase {
  name: string;
  timestampFormat: 'iso8601' | 'wire';
  output: 'yaml' | 'yaml-stream';
  args: string[];
  pages: OutputObject[];
  stdout: string;
}

export const cliCases = (JSON.parse(readFileSync(new URL('../../fixtures/output/yaml-v2-cli.json', import.meta.url), 'utf8')) as { cases: CliCase[] }).cases;

const tokenKeys = ['NextToken', 'PaginationToken'];

/** Answers the case's pages, chosen by the token in each request, as the recording endpoint did. */
function servePages(recorder: Recorder, pages: OutputObject[]): void {
  recorder.respondWith((request, response) => {
    const body = JSON.parse(request.body || '{}') as Record<string, unknown>;
    const key = tokenKeys.find((name) => name in body);
    const index = key ? pages.findIndex((page) => page[key] === body[key]) + 1 : 0;
    answerJson(JSON.stringify(pages[index]))(request, response);
  });
}

/**
 * For a describe block: a recording endpoint started before its tests and a config file per recorded
 * timestamp format; `serve`, `envFor` and `argsFor` run a case against them.
 */
export function recordedCaseRunner() {
  let recorder: Recorder;
  before(async () => {
    recorder = await startRecorder();
  });
  after(() => recorder.stop());
  const configDir = mkdtempSync(join(tmpdir(), 'yaml-v2-'));
  for (const format of ['iso8601', 'wire']) {
    writeFileSync(join(configDir, format), `[default]\nregion = us-east-1\ncli_timestamp_format = ${format}\n`);
  }
  return {
    serve: (item: CliCase) => servePages(recorder, item.pages),
    envFor: (item: CliCase) => testEnv({ TZ: 'UTC', AWS_CONFIG_FILE: join(configDir, item.timestampFormat) }),
    argsFor: (item: CliCase) => [...item.args, '--output', item.output, '--endpoint-url', recorder.endpoint],
  };
}
