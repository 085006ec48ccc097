/** Builds the request from the parameters given on the command line. */
import { ParameterError } from '../errors.js';
import type { OperationSpec, Parameter } from '../model/types.js';
import { parameterValue } from './index.js';

/** `base`: members from --cli-input-json/--cli-input-yaml, which the command line overrides. */
export function buildInput(
  spec: OperationSpec,
  values: Map<Parameter, string[] | boolean>,
  base: Record<string, unknown> = {},
): Record<string, unknown> {
  const missing = spec.parameters.filter((param) => param.required && !values.has(param) && base[param.member] === undefined);
  if (missing.length) {
    throw new ParameterError(`the following arguments are required: ${missing.map((p) => `--${p.name}`).join(', ')}`);
  }
  const input: Record<string, unknown> = { ...base };
  for (const [param, words] of values) {
    input[param.member] = typeof words === 'boolean' ? words : parameterValue(param, words);
  }
  return input;
}
