import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { addedCommandNames } from '../../src/added/index.js';
import { commandNames, loadCommand } from '../../src/commands/index.js';
import { runCli } from '../support/run-cli.js';

/** Runs the bash completion function for each command line (the last word being completed). */
function completeInBash(script: string, lines: string[][]): string[][] {
  const calls = lines
    .map((words) => `complete_words ${words.map((w) => `'${w}'`).join(' ')}`)
    .join('\n');
  const program = `source '${script}'
complete_words() {
  COMP_WORDS=("$@"); COMP_CWORD=$(( \${#COMP_WORDS[@]} - 1 )); COMPREPLY=()
  _cognito_idp
  printf '%s\\n' "\${COMPREPLY[*]}"
}
${calls}`;
  const output = execFileSync('bash', ['--norc', '--noprofile', '-c', program], { encoding: 'utf8' });
  return output.split('\n').slice(0, lines.length).map((line) => (line ? line.split(' ') : []));
}

describe('bash completion', () => {
  let dir: string;
  let script: string;
  before(async () => {
    const { code, stdout } = await runCli(['completion', 'bash']);
    assert.equal(code, 0);
    dir = mkdtempSync(join(tmpdir(), 'cognito-idp-completion-'));
    script = join(dir, 'cognito-idp.bash');
    writeFileSync(script, stdout);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('operations for a prefix, all operations for nothing', () => {
    const [adminCreate, list, all] = completeInBash(script, [
      ['cognito-idp', 'admin-cr'],
      ['cognito-idp', 'list-user-p'],
      ['cognito-idp', ''],
    ]);
    assert.deepEqual(adminCreate, ['admin-create-user']);
    assert.deepEqual([...list].sort(), commandNames.filter((n) => n.startsWith('list-user-p')).sort());
    assert.deepEqual([...all].sort(), [...commandNames, ...addedCommandNames, 'completion', 'help'].sort());
  });

  test('the parameters of an operation, after global options too', async () => {
    const spec = (await loadCommand('admin-create-user'))!;
    const [all, prefixed, afterGlobal, afterSwitch] = completeInBash(script, [
      ['cognito-idp', 'admin-create-user', '--'],
      ['cognito-idp', 'admin-create-user', '--user-pool-id', 'p', '--us'],
      ['cognito-idp', '--region', 'us-east-1', 'admin-create-user', '--mess'],
      ['cognito-idp', 'admin-create-user', '--force-alias-creation', ''],
    ]);
    for (const param of spec.parameters) assert.ok(all.includes(`--${param.name}`), param.name);
    assert.ok(all.includes('--no-force-alias-creation'));
    assert.ok(all.includes('--endpoint-url'));
    assert.deepEqual(prefixed, ['--user-pool-id', '--username', '--user-attributes']);
    assert.deepEqual(afterGlobal, ['--message-action']);
    assert.ok(afterSwitch.includes('--username'), 'a flag without a value is followed by options');
  });

  test('enum values for enum parameters and global choices', () => {
    const [action, actionPrefix, mediums, output, shell, free, moreMediums, afterScalarEnum] = completeInBash(script, [
      ['cognito-idp', 'admin-create-user', '--message-action', ''],
      ['cognito-idp', 'admin-create-user', '--message-action', 'R'],
      ['cognito-idp', 'admin-create-user', '--desired-delivery-mediums', ''],
      ['cognito-idp', 'list-users', '--output', 't'],
      ['cognito-idp', 'completion', ''],
      ['cognito-idp', 'admin-create-user', '--user-pool-id', ''],
      ['cognito-idp', 'admin-create-user', '--desired-delivery-mediums', 'SMS', 'E'],
      ['cognito-idp', 'admin-create-user', '--message-action', 'RESEND', '--fo'],
    ]);
    assert.deepEqual(action, ['RESEND', 'SUPPRESS']);
    assert.deepEqual(actionPrefix, ['RESEND']);
    assert.deepEqual([...mediums].sort(), ['EMAIL', 'SMS']);
    assert.deepEqual(output, ['text', 'table']);
    assert.deepEqual(shell, ['bash', 'zsh', 'fish']);
    assert.deepEqual(free, [], 'a free-form value is left to the shell');
    assert.deepEqual(moreMediums, ['EMAIL'], 'a list of enums takes more values');
    assert.deepEqual(afterScalarEnum, ['--force-alias-creation']);
  });
});

test('zsh and fish scripts name every operation', async () => {
  const zsh = await runCli(['completion', 'zsh']);
  const fish = await runCli(['completion', 'fish']);
  assert.equal(zsh.code, 0);
  assert.match(zsh.stdout, /bashcompinit/);
  assert.match(fish.stdout, /complete -c cognito-idp -n '__fish_seen_subcommand_from admin-create-user' -l message-action -xa 'RESEND SUPPRESS'/);
  for (const name of commandNames) {
    assert.ok(zsh.stdout.includes(`    ${name}) echo`), `zsh: ${name}`);
    assert.ok(fish.stdout.includes(`-n __fish_use_subcommand -a ${name}`), `fish: ${name}`);
  }
});

test('the zsh script loads in zsh when zsh is installed', { skip: !hasShell('zsh') && 'zsh is not installed' }, async () => {
  const { stdout } = await runCli(['completion', 'zsh']);
  execFileSync('zsh', ['-f', '-c', `${stdout}\n(( $+functions[_cognito_idp] ))`]);
});

test('completion: an unknown shell is 252, no shell is 252, --help explains how to install', async () => {
  const unknown = await runCli(['completion', 'tcsh']);
  assert.equal(unknown.code, 252);
  assert.match(unknown.stderr, /\ncognito-idp: error: argument shell: Invalid choice, valid choices are:\n\nbash {36} \| zsh {37}\nfish {36}\n$/);
  assert.equal((await runCli(['completion'])).code, 252);
  const help = await runCli(['completion', '--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /source <\(cognito-idp completion bash\)/);
});

function hasShell(name: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
