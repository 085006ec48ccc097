/** The command lines the AWS CLI v2 was recorded running (test/fixtures/output/yaml-v2-cli.json), and their pages served again. */
import { readFileSync } from 'node:fs';
import type { OutputObject } from '../../../src/output/value.js';
import { answerJson, type Recorder } from '../../support/recorder.js';

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
export function servePages(recorder: Recorder, pages: OutputObject[]): void {
  recorder.respondWith((request, response) => {
    const body = JSON.parse(request.body || '{}') as Record<string, unknown>;
    const key = tokenKeys.find((name) => name in body);
    const index = key ? pages.findIndex((page) => page[key] === body[key]) + 1 : 0;
    answerJson(JSON.stringify(pages[index]))(request, response);
  });
}
