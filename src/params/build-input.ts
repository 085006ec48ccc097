/** Builds the request from the parameters given on the command line. */
import { ParameterError } from '../errors.js';
import type { OperationSpec, Parameter } from '../model/types.js';
import { parameterValue } from './index.js';

export function buildInput(spec: OperationSpec, values: Map<Parameter, string[] | boolean>): Record<string, unknown> {
  const missing = spec.parameters.filter((param) => param.required && !values.has(param));
  if (missing.length) {
    throw new ParameterError(`the following arguments are required: ${missing.map((p) => `--${p.name}`).join(', ')}`);
  }
  const input: Record<string, unknown> = {};
  for (const [param, words] of values) {
    input[param.member] = typeof words === 'boolean' ? words : parameterValue(param, words);
  }
  return input;
}
