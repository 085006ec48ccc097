/** The zsh completion script: the bash functions, run through zsh's bashcompinit. */
import { bashFunctions } from './bash.js';
import type { CompletionModel } from './model.js';

export function zshScript(model: CompletionModel): string {
  return `#compdef cognito-idp
# zsh completion for cognito-idp
#
# Install (current shell):   source <(cognito-idp completion zsh)
# Install (every new shell): add that line to ~/.zshrc (after compinit).
autoload -U +X compinit && { (( $+functions[compdef] )) || compinit; }
autoload -U +X bashcompinit && bashcompinit
${bashFunctions(model)}
complete -o default -F _cognito_idp cognito-idp
`;
}
