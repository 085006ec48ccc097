/** Shorthands for declaring an added command's own arguments. */
import type { Argument } from '../arguments/argument.js';

interface ArgumentOptions {
  required?: boolean;
  arity?: Argument['arity'];
  choices?: readonly string[];
  valueName?: string;
  positional?: boolean;
}

export function commandArgument(name: string, description: string, options: ArgumentOptions = {}): Argument {
  return {
    name,
    group: 'parameter',
    arity: options.arity ?? 'one',
    description,
    valueName: options.valueName ?? (options.arity === 'none' ? 'boolean' : 'string'),
    ...(options.required ? { required: true as const } : {}),
    ...(options.choices ? { choices: options.choices } : {}),
    ...(options.positional ? { positional: true as const } : {}),
  };
}

/** A switch with a --no- form. */
export function switchArgument(name: string, description: string): Argument {
  return { name, group: 'parameter', arity: 'none', negatable: true, description };
}
