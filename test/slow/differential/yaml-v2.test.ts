/**
 * Optional differential test: random values with long, multi-line, quoted, non-ASCII and control
 * text, at random depths, through our yaml and yaml-stream and through the AWS CLI v2's own YAML
 * formatters (test/slow/differential/support/awscli-v2-yaml.py, run with the Python v2 is installed for).
 * Skipped, saying so, where v2 is not installed; yaml-v2.test.ts checks the recorded fixtures
 * everywhere.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import fc from 'fast-check';
import { parseRawJson, type OutputValue } from '../../../src/output/value.js';
import { formatYaml, formatYamlStream } from '../../../src/output/yaml.js';
import { format, single } from '../../output/support/in-memory.js';

const helper = fileURLToPath(new URL('./support/awscli-v2-yaml.py', import.meta.url));
// Debian's awscli package (v2) runs on the system Python; `python3` on PATH may be another one.
const v2Python = ['/usr/bin/python3', 'python3'].find(
  (python) => spawnSync(python, [helper], { input: '', stdio: ['pipe', 'ignore', 'ignore'] }).status === 0,
);
if (!v2Python) console.log('# the AWS CLI v2 (python awscli 2.x) is not installed: yaml differential test skipped');

const pieces = fc.constantFrom(
  ' ', ' ', ' ', '  ', '\n', '\n\n', '\r\n', '\t', '\u0085', '\u2028', '\u00a0', '\ufeff', '\x7f', '\x1b',
  "'", '"', '\\', ':', ': ', ' #', '#', '-', '- ', '?', ',', '[', '{', '&', '*', '!', '|', '>', '%', '@', '`',
  'yes', 'true', 'null', '~', '0x1F', '1e5', '2019-01-21', '=', '<<', '---', '...',
  'é', 'ñ', '名前', '管理者', 'ü', '😀', '𝒳',
);
const word = fc.oneof(
  { weight: 6, arbitrary: fc.stringMatching(/^[a-z]{1,12}$/) },
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z0-9]{20,90}$/) },
);
const text = fc.oneof(
  { weight: 3, arbitrary: fc.array(fc.oneof({ weight: 5, arbitrary: word }, { weight: 3, arbitrary: fc.constant(' ') }), { maxLength: 60 }).map((parts) => parts.join('')) },
  { weight: 2, arbitrary: fc.array(fc.oneof({ weight: 4, arbitrary: word }, { weight: 3, arbitrary: pieces }), { maxLength: 50 }).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20, unit: 'binary' }) },
);
const scalar = fc.oneof(
  { weight: 6, arbitrary: text },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
);
const key = fc.oneof({ weight: 8, arbitrary: fc.stringMatching(/^[A-Z][A-Za-z]{0,15}$/) }, { weight: 1, arbitrary: text });

const { value } = fc.letrec((tie) => ({
  value: fc.oneof({ maxDepth: 6, depthIdentifier: 'nesting' }, scalar, tie('list'), tie('map')),
  list: fc.array(tie('value'), { maxLength: 4 }),
  map: fc.dictionary(key, tie('value'), { maxKeys: 5 }),
}));

test('yaml and yaml-stream match the AWS CLI v2 formatters on random values', { skip: !v2Python }, async () => {
  const samples = fc.sample(fc.dictionary(key, value, { minKeys: 1, maxKeys: 6 }), { numRuns: 400, seed: 20261125 });
  const lines = samples.map((sample) => JSON.stringify(sample));
  const python = spawnSync(v2Python!, [helper], { input: `${lines.join('\n')}\n`, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  assert.equal(python.status, 0, python.stderr);
  const answers = python.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<'yaml' | 'yaml-stream', string>);
  for (const [i, line] of lines.entries()) {
    const response = parseRawJson(line) as OutputValue;
    assert.equal(await format(formatYaml, single(response)), answers[i].yaml, `yaml of ${line}`);
    assert.equal(await format(formatYamlStream, single(response)), answers[i]['yaml-stream'], `yaml-stream of ${line}`);
  }
});
