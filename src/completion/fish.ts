/** The fish completion script: one `complete` line per operation, option and value set. */
import { quote } from './bash.js';
import type { CompletionModel } from './model.js';

export function fishScript(model: CompletionModel, summaries: Map<string, string>): string {
  const lines = [
    '# fish completion for cognito-idp',
    '#',
    '# Install: cognito-idp completion fish > ~/.config/fish/completions/cognito-idp.fish',
    'complete -c cognito-idp -f',
  ];
  for (const option of model.globals) {
    const values = option.values ? ` -xa ${quote(option.values.join(' '))}` : option.takesValue ? ' -r' : '';
    lines.push(`complete -c cognito-idp -l ${option.flag.slice(2)}${values}`);
  }
  for (const name of model.extraCommands) lines.push(`complete -c cognito-idp -n __fish_use_subcommand -a ${name}`);
  lines.push("complete -c cognito-idp -n '__fish_seen_subcommand_from completion' -a 'bash zsh fish'");
  for (const op of model.operations) {
    const summary = summaries.get(op.name);
    const description = summary ? ` -d ${quote(summary.length > 70 ? `${summary.slice(0, 67)}...` : summary)}` : '';
    lines.push(`complete -c cognito-idp -n __fish_use_subcommand -a ${op.name}${description}`);
    const when = `-n '__fish_seen_subcommand_from ${op.name}'`;
    for (const option of op.options) {
      const values = option.values ? ` -xa ${quote(option.values.join(' '))}` : option.takesValue ? ' -r -F' : '';
      lines.push(`complete -c cognito-idp ${when} -l ${option.flag.slice(2)}${values}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
