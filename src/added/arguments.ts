/** Shorthands for declaring an added command's own arguments. */
import type { Argument } from '../arguments/argument.js';

interface ArgumentOptions {
  required?: boolean;
  arity?: Argument['arity'];
  choices?: readonly string[];
  valueName?: string;
  positional?: boolean;
  /** The request member whose shape the value takes (shorthand, JSON, file://). */
  shape?: string;
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
    ...(options.shape ? { parameter: { name, member: name, shape: options.shape } } : {}),
  };
}

/** A switch with a --no- form. */
export function switchArgument(name: string, description: string): Argument {
  return { name, group: 'parameter', arity: 'none', negatable: true, description };
}
