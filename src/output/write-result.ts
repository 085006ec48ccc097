/** Prints a response in the chosen output format. */
import type { Io } from '../cli/io.js';
import type { GlobalOptions } from '../config/global-options.js';
import type { Settings } from '../config/settings.js';
import type { OperationSpec } from '../model/types.js';
import { pythonJson } from './python-json.js';
import { shapeResponse } from './shape-order.js';
import type { CallResult } from './call-result.js';
import { isObject } from './value.js';

export interface OutputContext {
  spec: OperationSpec;
  settings: Settings;
  options: GlobalOptions;
  io: Io;
}

export async function writeResult(call: CallResult, context: OutputContext): Promise<void> {
  const response = call.kind === 'single' ? call.response : await call.fullResult();
  const result = shapeResponse(response, context.spec.output);
  // The AWS CLI's resume token is not a member of the response shape.
  if (call.kind === 'paged' && isObject(response) && isObject(result) && typeof response.NextToken === 'string') {
    result.NextToken = response.NextToken;
  }
  if (isObject(result) && Object.keys(result).length === 0) return;
  context.io.stdout.write(`${pythonJson(result)}\n`);
}
