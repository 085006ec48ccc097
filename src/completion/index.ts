/** `cognito-idp completion bash|zsh|fish`: prints the completion script for the shell named. */
import type { Io } from '../io.js';
import { invalidChoice } from '../arguments/invalid-choice.js';
import { UsageError } from '../errors.js';
import { loadDocs, summaryOf } from '../docs/load-docs.js';
import { bashScript } from './bash.js';
import { fishScript } from './fish.js';
import { completionModel } from './model.js';
import { zshScript } from './zsh.js';

const shells = ['bash', 'zsh', 'fish'] as const;

export const completionUsage = `usage: cognito-idp completion bash|zsh|fish

Prints a shell completion script: operation names, the options of each operation, and the values
of options that take one of a fixed set.

Install it:
  bash   source <(cognito-idp completion bash)            # this shell; add the line to ~/.bashrc
         cognito-idp completion bash > ~/.local/share/bash-completion/completions/cognito-idp
  zsh    source <(cognito-idp completion zsh)             # add the line to ~/.zshrc, after compinit
  fish   cognito-idp completion fish > ~/.config/fish/completions/cognito-idp.fish

Run it again after upgrading cognito-idp: the script lists the operations of the installed version.
`;

export async function runCompletion(args: string[], io: Io): Promise<number> {
  const words = args.filter((arg) => !arg.startsWith('--') || arg === '--help');
  const shell = words[0];
  if (shell === undefined || shell === 'help' || shell === '--help') {
    if (shell === undefined) throw new UsageError('the following arguments are required: shell (choose from bash, zsh, fish)');
    io.stdout.write(completionUsage);
    return 0;
  }
  if (!(shells as readonly string[]).includes(shell)) {
    throw new UsageError(`argument shell: ${invalidChoice(shell, shells)}`);
  }
  const model = await completionModel();
  if (shell === 'bash') io.stdout.write(bashScript(model));
  else if (shell === 'zsh') io.stdout.write(zshScript(model));
  else {
    const docs = loadDocs();
    io.stdout.write(fishScript(model, new Map(model.operations.map((op) => [op.name, summaryOf(docs, op.name)]))));
  }
  return 0;
}
