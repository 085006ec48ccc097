// Writes src/help/examples.json: the example command lines of the AWS CLI's own cognito-idp
// documentation (the .rst files installed with awscli v1), with the title of each example.
// Run by hand when awscli is updated: `node tools/extract-examples.mjs`. The output is committed.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const MAX_LINES = 30;

const awscliDir = execFileSync('python3', ['-c', 'import awscli, os; print(os.path.dirname(awscli.__file__))'], {
  encoding: 'utf8',
}).trim();
const examplesDir = join(awscliDir, 'examples', 'cognito-idp');

const examples = {};
for (const file of readdirSync(examplesDir).sort()) {
  if (!file.endsWith('.rst')) continue;
  const operation = file.slice(0, -4);
  const found = extract(readFileSync(join(examplesDir, file), 'utf8'), operation);
  if (found.length) examples[operation] = found;
}
writeFileSync('src/help/examples.json', `${JSON.stringify(examples, null, 2)}\n`);
console.log(`wrote ${Object.values(examples).flat().length} examples of ${Object.keys(examples).length} operations`);

function extract(rst, operation) {
  const lines = rst.split('\n');
  const found = [];
  let title = '';
  for (let i = 0; i < lines.length; i++) {
    const heading = /^\*\*(.+?)\*\*\s*$/.exec(lines[i].trim());
    if (heading) title = heading[1].replace(/^Example \d+:\s*/, '');
    if (!lines[i].trim().startsWith(`aws cognito-idp ${operation}`)) continue;
    const command = [lines[i].trim()];
    while (command.at(-1).endsWith('\\') && i + 1 < lines.length) command.push(lines[++i].trim());
    if (command.length > MAX_LINES) continue;
    found.push({ title, command: command.map((line) => line.replace(/^aws cognito-idp /, 'cognito-idp ')) });
  }
  return found;
}
