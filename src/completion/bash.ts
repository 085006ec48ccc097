/**
 * The bash completion script. Everything it offers is written into the script, so pressing Tab
 * never starts node.
 */
import type { CompletionModel, CompletionOption } from './model.js';

export function bashScript(model: CompletionModel): string {
  return `# bash completion for cognito-idp
#
# Install (current shell):   source <(cognito-idp completion bash)
# Install (every new shell): cognito-idp completion bash > ~/.local/share/bash-completion/completions/cognito-idp
#   or add the first line to ~/.bashrc.
${bashFunctions(model)}
complete -o default -F _cognito_idp cognito-idp
`;
}

/** The functions alone: shared with the zsh script, which runs them through bashcompinit. */
export function bashFunctions(model: CompletionModel): string {
  const operations = model.operations.map((op) => op.name).concat(model.extraCommands);
  const globalsTakingValue = model.globals.filter((o) => o.takesValue).map((o) => o.flag);
  return `
_cognito_idp_operations=${quote(operations.join(' '))}
_cognito_idp_globals=${quote(model.globals.map((o) => o.flag).join(' '))}
_cognito_idp_global_switches=${quote(switches(model.globals))}

# The options of one operation.
_cognito_idp_options() {
  case "$1" in
${model.operations.map((op) => `    ${op.name}) echo ${quote(op.options.map((o) => o.flag).join(' '))} ;;`).join('\n')}
  esac
}

# The flags of one operation that take no value.
_cognito_idp_switches() {
  case "$1" in
${model.operations
  .filter((op) => op.options.some((o) => !o.takesValue))
  .map((op) => `    ${op.name}) echo ${quote(switches(op.options))} ;;`)
  .join('\n')}
  esac
}

# The values an option takes, for options with a fixed set: "$1" is "operation:--option".
_cognito_idp_values() {
  case "$1" in
${valueCases(model)}
  esac
}

# Success for list options whose every word is one of the values: "$1" is "operation:--option".
_cognito_idp_repeats() {
  case "$1" in
${repeatCases(model)}
    *) return 1 ;;
  esac
}

_cognito_idp() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="" op="" word values i last=
  [ "$COMP_CWORD" -gt 0 ] && prev="\${COMP_WORDS[COMP_CWORD-1]}"
  for ((i = 1; i < COMP_CWORD; i++)); do
    word="\${COMP_WORDS[i]}"
    case "$word" in
      ${globalsTakingValue.join('|')}) ((i++)) ;;
      -*) ;;
      *) op="$word"; break ;;
    esac
  done
  values="$(_cognito_idp_values "\${op:-*}:$prev")"
  if [ -n "$values" ]; then
    COMPREPLY=($(compgen -W "$values" -- "$cur"))
    return
  fi
  if [ -z "$op" ]; then
    case "$prev" in ${globalsTakingValue.join('|')}) return ;; esac
    case "$cur" in
      -*) COMPREPLY=($(compgen -W "$_cognito_idp_globals --help --version" -- "$cur")) ;;
      *) COMPREPLY=($(compgen -W "$_cognito_idp_operations" -- "$cur")) ;;
    esac
    return
  fi
  # Further words of a list option whose words are enum values.
  for ((i = COMP_CWORD - 1; i > 0; i--)); do
    case "\${COMP_WORDS[i]}" in --*) last="\${COMP_WORDS[i]}"; break ;; esac
  done
  if [[ "$cur" != -* ]] && _cognito_idp_repeats "$op:$last"; then
    COMPREPLY=($(compgen -W "$(_cognito_idp_values "$op:$last")" -- "$cur"))
    return
  fi
  if [ "$op" = completion ]; then
    COMPREPLY=($(compgen -W "bash zsh fish" -- "$cur"))
    return
  fi
  # After an option that takes a value, leave the word to the shell (files for file://).
  if [[ "$prev" == --* && "$cur" != -* ]]; then
    case " $(_cognito_idp_switches "$op") $_cognito_idp_global_switches " in
      *" $prev "*) ;;
      *) return ;;
    esac
  fi
  COMPREPLY=($(compgen -W "$(_cognito_idp_options "$op") $_cognito_idp_globals help" -- "$cur"))
}
`;
}

function switches(options: CompletionOption[]): string {
  return options.filter((o) => !o.takesValue).map((o) => o.flag).join(' ');
}

function valueCases(model: CompletionModel): string {
  const cases: string[] = [];
  for (const op of model.operations) {
    for (const option of op.options) {
      if (option.values) cases.push(`    ${op.name}:${option.flag}) echo ${quote(option.values.join(' '))} ;;`);
    }
  }
  for (const option of model.globals) {
    if (option.values) cases.push(`    *:${option.flag}) echo ${quote(option.values.join(' '))} ;;`);
  }
  return cases.join('\n');
}

function repeatCases(model: CompletionModel): string {
  const keys = model.operations.flatMap((op) => op.options.filter((o) => o.repeats).map((o) => `${op.name}:${o.flag}`));
  return keys.length ? `    ${keys.join('|')}) return 0 ;;` : '';
}

/** Single-quoted for the shell. */
export function quote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
