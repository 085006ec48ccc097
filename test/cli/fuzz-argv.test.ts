/**
 * Random command lines for every command: each run either sends exactly one request for that
 * operation (exit 0) or refuses cleanly with exit 252 and sends nothing. Never a stack trace,
 * never another exit code, never a hang.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import { commandNames, loadCommand } from '../../src/commands/index.js';
import type { OperationSpec } from '../../src/model/types.js';
import { startRecorder, type Recorder } from '../support/recorder.js';
import { runCli, testEnv, type CliResult } from '../support/run-cli.js';

const RUNS_PER_COMMAND = 6;
const HANG_LIMIT_MS = 10_000;

/** Words that stress the value syntax: JSON, shorthand, quoting, files that do not exist, numbers. */
const trickyWord = fc.constantFrom(
  '', ' ', '{', '[', '}', ']', '{}', '[]', '[1,', '{"a":', '{"Name":"email","Value":"a@b.c"}', '[{"Name":"n"}]',
  'Name=email,Value=a@b.c', 'Name=', '=', ',', 'a=b,,c', "Name='quoted", 'Name="x\\"y"', 'k=[a,b]', 'k={a=b}', 'k=[',
  'true', 'FALSE', 'maybe', '0', '-1', '3.5', '1e400', '99999999999999999999', 'NaN',
  'file:///nonexistent/fuzz.json', 'fileb:///nonexistent/fuzz.bin', 'http://example.com/x', '~', '\\', '\u0000', 'é😀',
  'help', '--', '-',
);
const plainWord = fc.string({ maxLength: 12 }).filter((word) => !word.startsWith('-'));

function argvFor(spec: OperationSpec): fc.Arbitrary<string[]> {
  const flags = spec.parameters.flatMap((p) => (p.shape === 'boolean' ? [`--${p.name}`, `--no-${p.name}`] : [`--${p.name}`]));
  const flag = flags.length ? fc.constantFrom(...flags) : fc.constant('--output');
  const required = spec.parameters.filter((p) => p.required).flatMap((p) => (p.shape === 'boolean' ? [`--${p.name}`] : [`--${p.name}`, 'x']));
  const word = fc.oneof({ weight: 3, arbitrary: flag }, { weight: 3, arbitrary: trickyWord }, { weight: 2, arbitrary: plainWord });
  return fc.tuple(fc.boolean(), fc.array(word, { maxLength: 8 })).map(([withRequired, words]) => [
    spec.name,
    ...(withRequired ? required : []),
    ...words,
  ]);
}

function withinLimit(run: Promise<CliResult>, argv: string[]): Promise<CliResult> {
  let timer: NodeJS.Timeout;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no exit within ${HANG_LIMIT_MS} ms: ${JSON.stringify(argv)}`)), HANG_LIMIT_MS);
  });
  return Promise.race([run, hang]).finally(() => clearTimeout(timer));
}

describe('argv fuzzing, every command', () => {
  let recorder: Recorder;
  before(async () => (recorder = await startRecorder()));
  after(() => recorder.stop());
  // The endpoint goes first and in the environment too, so that no random word can send a request
  // beyond loopback (a value-taking option left empty may take the next word as its value).
  let env: ReturnType<typeof testEnv>;
  before(() => (env = testEnv({ AWS_MAX_ATTEMPTS: '1', AWS_ENDPOINT_URL: recorder.endpoint })));

  test(`${commandNames.length} commands x ${RUNS_PER_COMMAND} random command lines`, async () => {
    for (const name of commandNames) {
      const spec = (await loadCommand(name))!;
      await fc.assert(
        fc.asyncProperty(argvFor(spec), async (argv) => {
          const before = recorder.requests.length;
          const result = await withinLimit(runCli(['--endpoint-url', recorder.endpoint, ...argv], env), argv);
          const sent = recorder.requests.slice(before);
          const context = `${JSON.stringify(argv)} -> ${result.code}\n${result.stderr}`;
          assert.doesNotMatch(result.stderr, /\n\s+at .+:\d+:\d+/, `stack trace for ${context}`);
          assert.ok(result.code === 0 || result.code === 252, `unexpected exit code for ${context}`);
          if (result.code === 252) {
            assert.equal(sent.length, 0, `a request was sent for ${context}`);
            assert.notEqual(result.stderr.trim(), '', `no message for ${context}`);
          } else {
            assert.ok(sent.length <= 1, `${sent.length} requests for ${context}`);
            if (sent.length) assert.equal(sent[0].operation, spec.operation, context);
          }
        }),
        { numRuns: RUNS_PER_COMMAND, seed: Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31) },
      );
    }
  });
});
