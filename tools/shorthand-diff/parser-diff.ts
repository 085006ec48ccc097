/**
 * Differential check of the parser alone: random syntax-heavy strings through the AWS CLI's
 * shorthand parser and ours; same value, or the same error at the same position.
 *   npx tsx tools/shorthand-diff/parser-diff.ts [--cases 20000] [--seed 1]
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { DuplicateKeyError, ShorthandSyntaxError } from '../../src/shorthand/errors.js';
import { loadParamFile } from '../../src/params/param-files.js';
import { parseShorthand } from '../../src/shorthand/parser.js';
import { seededRandom } from '../../harness/shorthand-oracle/cases.js';

const { values: options } = parseArgs({ options: { cases: { type: 'string', default: '20000' }, seed: { type: 'string', default: '1' } } });
const random = seededRandom(Number(options.seed));
const pieces = ['a', 'b', 'Key', '=', '=', ',', ',', '[', ']', '{', '}', "'", '"', '\\', '\\,', ' ', '\n', '@', '@=', 'x y', 'é', '😀', '\t', '\u00a0', ':', '#', '.', '-', '_', '/', '!', 'file://x'];
const inputs = Array.from({ length: Number(options.cases) }, () => {
  const length = 1 + Math.floor(random() * 14);
  let text = random() < 0.7 ? 'k=' : '';
  for (let i = 0; i < length; i++) text += pieces[Math.floor(random() * pieces.length)];
  return text;
});

const script = fileURLToPath(new URL('./parser-oracle.py', import.meta.url));
const run = spawnSync('python3', [script], { input: inputs.map((i) => JSON.stringify(i)).join('\n') + '\n', maxBuffer: 1 << 28 });
const theirs = run.stdout.toString().trim().split('\n').map((line) => JSON.parse(line) as { value?: unknown; error?: unknown[] });

let agree = 0;
const shown: string[] = [];
inputs.forEach((input, i) => {
  const ours = readOurs(input);
  if (isDeepStrictEqual(ours, theirs[i]) || (ours.error && theirs[i].error?.[0] === 'crash')) agree++;
  else if (shown.length < 15) shown.push(`${JSON.stringify(input)}\n  aws:  ${JSON.stringify(theirs[i])}\n  ours: ${JSON.stringify(ours)}`);
});
console.log(shown.join('\n'));
console.log(`inputs: ${inputs.length}  agree: ${agree} (${((100 * agree) / inputs.length).toFixed(3)}%)`);

function readOurs(input: string): { value?: unknown; error?: unknown[] } {
  try {
    return { value: JSON.parse(JSON.stringify(parseShorthand(input, { loadParamFile: (text) => loadParamFile(text) }))) };
  } catch (error) {
    if (error instanceof ShorthandSyntaxError) return { error: ['syntax', error.expected, error.actual, error.index] };
    if (error instanceof DuplicateKeyError) return { error: ['duplicate', error.key, null, error.index] };
    return { error: ['other', String(error), null, null] };
  }
}
