/**
 * A `Call` for the user modules as the CLI makes one: the real SDK client pointed at a loopback
 * endpoint, each operation sent through `invoke` (which keeps the service's number text and maps
 * errors to ServiceError).
 */
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { state as sdkWarningState } from '@aws-sdk/core/client';
import { invoke } from '../../src/client/invoke.js';
import { loadCommand } from '../../src/commands/index.js';
import { cliName } from '../../src/model/names.js';
import type { Call } from '../../src/users/call.js';

export interface SdkCall {
  call: Call;
  /** Operation names in the order they were sent. */
  sent: string[];
  destroy(): void;
}

/** `maxAttempts` 1 leaves throttling to the module under test. */
export function sdkCall(endpoint: string, options: { maxAttempts?: number } = {}): SdkCall {
  sdkWarningState.warningEmitted = true;
  const client = new CognitoIdentityProviderClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' },
    maxAttempts: options.maxAttempts ?? 3,
    logger: { debug() {}, info() {}, warn() {}, error() {} },
  });
  const sent: string[] = [];
  const call: Call = async (operation, input, options) => {
    const spec = await loadCommand(cliName(operation));
    if (!spec) throw new Error(`no such operation: ${operation}`);
    sent.push(operation);
    return (await invoke(client, spec, input, undefined, undefined, options)) as Record<string, unknown>;
  };
  return { call, sent, destroy: () => client.destroy() };
}
