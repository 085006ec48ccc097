/** Builds the request from the parameters given on the command line, refusing what the AWS CLI refuses. */
import { missingArguments } from '../arguments/argument.js';
import type { OperationSpec, Parameter } from '../model/types.js';
import { parameterValue } from './unpack-value.js';
import type { Environment } from '../io.js';
import { toSdkValue } from './to-sdk.js';
import { validateRequest } from './validate.js';

/**
 * `base`: members from --cli-input-json/--cli-input-yaml, which the command line overrides. With a
 * request file, the members missing from both are reported by validation, as the AWS CLI does.
 */
export function buildInput(
  spec: OperationSpec,
  values: Map<Parameter, string[] | boolean>,
  base?: Record<string, unknown>,
  env: Environment = process.env,
): Record<string, unknown> {
  if (base === undefined) requireParameters(spec, values);
  const input: Record<string, unknown> = { ...base };
  for (const param of spec.parameters) {
    const words = values.get(param);
    if (words === undefined) continue;
    input[param.member] = typeof words === 'boolean' ? words : parameterValue(param, words, env);
  }
  validateRequest(input, spec.input);
  return toSdkValue(input, spec.input) as Record<string, unknown>;
}

/** argparse's check of the required options. */
export function requireParameters(spec: OperationSpec, values: Map<Parameter, unknown>): void {
  const missing = spec.parameters.filter((param) => param.required && !values.has(param));
  if (missing.length) {
    throw missingArguments(missing.map((p) => `--${p.name}`));
  }
}
