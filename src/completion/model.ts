/** What shell completion offers: operations, each one's options, and the values enum options take. */
import { commandNames, loadCommand } from '../commands/index.js';
import { flagsOf, takesValue, type Argument } from '../arguments/argument.js';
import { addedArguments, operationArguments } from '../arguments/argument-table.js';
import type { AddedCommand } from '../added/added-command.js';
import { addedCommandNames, loadAddedCommand } from '../added/index.js';
import { globalArguments } from '../arguments/global-arguments.js';
import { enumValues, resolveShape } from '../model/resolve.js';
import type { OperationSpec } from '../model/types.js';

export interface CompletionOption {
  /** With its dashes: `--user-pool-id`. */
  flag: string;
  takesValue: boolean;
  /** The values an enum option (or a list of enums) takes. */
  values?: readonly string[];
  /** A list option: it takes several words, each one of the values. */
  repeats?: true;
}

export interface CompletionModel {
  operations: { name: string; options: CompletionOption[] }[];
  globals: CompletionOption[];
  /** Words besides operations accepted in the operation's place. */
  extraCommands: string[];
}

export async function completionModel(): Promise<CompletionModel> {
  const specs = await Promise.all(commandNames.map((name) => loadCommand(name) as Promise<OperationSpec>));
  const added = await Promise.all(addedCommandNames.map((name) => loadAddedCommand(name) as Promise<AddedCommand>));
  const commands = [
    ...specs.map((spec) => ({ name: spec.name, table: operationArguments(spec) })),
    ...added.map((command) => ({ name: command.name, table: addedArguments(command) })),
  ];
  return {
    operations: commands.map(({ name, table }) => ({
      name,
      options: table.filter((argument) => argument.group !== 'global').flatMap(completionOptions),
    })),
    globals: globalArguments.flatMap(completionOptions),
    extraCommands: ['help', 'completion'],
  };
}

function completionOptions(argument: Argument): CompletionOption[] {
  if (argument.positional) return [];
  if (!takesValue(argument)) return flagsOf(argument).map((flag) => ({ flag, takesValue: false }));
  return [{ flag: `--${argument.name}`, takesValue: true, ...valuesOf(argument) }];
}

function valuesOf(argument: Argument): { values?: readonly string[]; repeats?: true } {
  if (argument.choices) return { values: argument.choices };
  if (!argument.parameter) return {};
  const shape = resolveShape(argument.parameter.shape);
  const elementValues = shape.type === 'list' ? enumValues(shape.member.shape) : undefined;
  if (elementValues) return { values: elementValues, repeats: true };
  const values = enumValues(argument.parameter.shape);
  return values ? { values } : {};
}
