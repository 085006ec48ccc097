// Records test/fixtures/help-syntax.json: for every operation, the "Shorthand Syntax" and
// "JSON Syntax" blocks that `aws cognito-idp <operation> help` (AWS CLI v1) prints for each
// parameter. test/help/syntax.test.ts compares our templates with them.
// Run by hand where `aws` is installed: `node tools/record-help-syntax.mjs`.
import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';

const env = { ...process.env, AWS_ACCESS_KEY_ID: 'x', AWS_SECRET_ACCESS_KEY: 'y', AWS_DEFAULT_REGION: 'us-east-1', PAGER: 'cat', MANPAGER: 'cat' };
const operations = readdirSync('src/commands')
  .filter((file) => !['index.ts', 'shapes.ts'].includes(file))
  .map((file) => file.slice(0, -3));

const recorded = {};
for (const operation of operations) {
  let page;
  try {
    page = execFileSync('aws', ['cognito-idp', operation, 'help'], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    continue; // an operation this AWS CLI does not know
  }
  const params = parse(page.replace(/.\x08/g, ''));
  if (Object.keys(params).length) recorded[operation] = params;
}
writeFileSync('test/fixtures/help-syntax.json', `${JSON.stringify(recorded, null, 2)}\n`);
console.log(`recorded the syntax of ${Object.keys(recorded).length} operations`);

function parse(page) {
  const lines = page.split('\n');
  const start = lines.findIndex((line) => line.trim() === 'OPTIONS');
  const end = lines.findIndex((line, i) => i > start && /^GLOBAL OPTIONS|^EXAMPLES|^OUTPUT/.test(line.trim()));
  const params = {};
  let param;
  let block;
  for (const line of lines.slice(start + 1, end === -1 ? undefined : end)) {
    const option = /^ {7}--([a-z0-9-]+)/.exec(line);
    const heading = /^ {7}(Shorthand Syntax|JSON Syntax):?\s*$/.exec(line);
    if (option) {
      param = option[1];
      block = undefined;
    } else if (heading && param) {
      params[param] ??= {};
      block = heading[1] === 'Shorthand Syntax' ? 'shorthand' : 'json';
      params[param][block] = [];
    } else if (/^ {0,7}\S/.test(line)) {
      block = undefined;
    } else if (block) {
      params[param][block].push(line.slice(10));
    }
  }
  for (const blocks of Object.values(params)) {
    for (const [name, text] of Object.entries(blocks)) blocks[name] = text.join('\n').replace(/^\n+|\s+$/g, '');
  }
  return params;
}
