/** Creates the one SDK client a run uses, configured from the resolved settings. */
import { Agent as HttpsAgent } from 'node:https';
import { readFileSync } from 'node:fs';
import { state as sdkWarningState } from '@aws-sdk/core/client';
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { GlobalOptions } from '../config/global-options.js';
import type { Environment } from '../io.js';
import type { Settings } from '../config/settings.js';
import { credentialsFor } from '../config/credentials.js';
import type { Ask } from '../terminal/prompt.js';
import { ConfigurationError, ParameterError } from '../errors.js';

const NO_REGION = 'You must specify a region. You can also configure your region by running "aws configure".';

export function createClient(
  options: GlobalOptions,
  settings: Settings,
  env: Environment,
  ask?: Ask,
): CognitoIdentityProviderClient {
  // The SDK's notice about future Node.js versions is for developers, not for users of a CLI.
  sdkWarningState.warningEmitted = true;
  if (!settings.region) throw new ConfigurationError(NO_REGION);
  if (settings.endpoint && !URL.canParse(settings.endpoint)) throw new ParameterError(`Invalid endpoint: ${settings.endpoint}`);
  return new CognitoIdentityProviderClient({
    region: settings.region,
    ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
    ...(settings.profile ? { profile: settings.profile } : {}),
    // Operations the service takes unsigned (InitiateAuth, SignUp, ...) are left unsigned by the SDK itself.
    ...(options.signRequest
      ? { credentials: credentialsFor(settings, env, ask) }
      : { httpAuthSchemeProvider: () => [{ schemeId: 'smithy.api#noAuth' }] }),
    requestHandler: new NodeHttpHandler({
      connectionTimeout: settings.connectTimeout,
      // botocore's read timeout is the longest wait for the next bytes, which is a socket inactivity timeout.
      socketTimeout: settings.readTimeout,
      httpsAgent: new HttpsAgent({ keepAlive: true, rejectUnauthorized: options.verifySsl, ca: caBundle(options) }),
    }),
    retryMode: settings.retry.mode,
    maxAttempts: settings.retry.maxAttempts,
    logger: { debug() {}, info() {}, warn() {}, error() {} },
  });
}

function caBundle(options: GlobalOptions): Buffer | undefined {
  if (!options.caBundle) return undefined;
  try {
    return readFileSync(options.caBundle);
  } catch {
    throw new ParameterError(`Unable to read the CA bundle: ${options.caBundle}`);
  }
}
