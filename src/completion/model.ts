/** What shell completion offers: operations, each one's options, and the values enum options take. */
import { commandNames, loadCommand } from '../commands/index.js';
import { shapes } from '../commands/shapes.js';
import { globalOptionSpecs } from '../config/global-options.js';
import type { OperationSpec, Parameter } from '../model/types.js';

export interface CompletionOption {
  /** With its dashes: `--user-pool-id`. */
  flag: string;
  takesValue: boolean;
  /** The values an enum option (or a list of enums) takes. */
  values?: string[];
  /** A list option: it takes several words, each one of the values. */
  repeats?: true;
}

export interface CompletionModel {
  operations: { name: string; options: CompletionOption[] }[];
  globals: CompletionOption[];
  /** Words besides operations accepted in the operation's place. */
  extraCommands: string[];
}

const paginationFlags = ['--starting-token', '--page-size', '--max-items'];

export async function completionModel(): Promise<CompletionModel> {
  const specs = await Promise.all(commandNames.map((name) => loadCommand(name) as Promise<OperationSpec>));
  return {
    operations: specs.map((spec) => ({ name: spec.name, options: operationOptions(spec) })),
    globals: globalOptions(),
    extraCommands: ['help', 'completion'],
  };
}

function operationOptions(spec: OperationSpec): CompletionOption[] {
  const options = spec.parameters.flatMap((param): CompletionOption[] =>
    param.shape === 'boolean'
      ? [
          { flag: `--${param.name}`, takesValue: false },
          { flag: `--no-${param.name}`, takesValue: false },
        ]
      : [{ flag: `--${param.name}`, takesValue: true, ...valuesOf(param) }],
  );
  if (spec.paginator) options.push(...paginationFlags.map((flag) => ({ flag, takesValue: true })));
  return options;
}

function valuesOf(param: Parameter): { values?: string[]; repeats?: true } {
  const shape = shapes[param.shape];
  const element = shape?.type === 'list' ? shapes[shape.member.shape] : undefined;
  if (element && 'enum' in element) return { values: element.enum, repeats: true };
  return shape && 'enum' in shape ? { values: shape.enum } : {};
}

function globalOptions(): CompletionOption[] {
  return globalOptionSpecs.map((spec) => ({
    flag: spec.flags.split(' ')[0],
    takesValue: spec.flags.includes('<'),
    ...(spec.choices ? { values: spec.choices } : {}),
  }));
}
