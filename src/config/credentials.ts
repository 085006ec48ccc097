/**
 * The credentials a run signs with: resolved once, by the SDK client, the first time a request
 * needs them. Keys in the environment are used as they are; every other source goes through the
 * SDK's providers, loaded only then.
 */
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import { ConfigurationError } from '../errors.js';
import type { Ask } from '../terminal/prompt.js';
import { chooseCredentialSource } from './credential-source.js';
import type { Environment } from '../io.js';
import type { Settings } from './settings.js';

export function credentialsFor(settings: Settings, env: Environment, ask?: Ask): AwsCredentialIdentityProvider | AwsCredentialIdentity {
  const profile = settings.profile ?? 'default';
  const source = chooseCredentialSource(profile, settings.profileSettings, settings.profileFromCommandLine, env);
  if (source.kind === 'environment') {
    const { kind, ...keys } = source;
    return keys;
  }
  const mfaCode = async (serial: string) => {
    if (!ask) {
      throw new ConfigurationError(`Profile ${profile} needs an MFA code for ${serial}: run the command on a terminal to be asked for it.`);
    }
    return ask(`Enter MFA code for ${serial}: `, { secret: true });
  };
  let provider: AwsCredentialIdentityProvider | undefined;
  return async (identityProperties) => {
    // Our own module, imported whole: a split bundle keeps its named exports (a dynamic import
    // of a CommonJS package would yield only a default export).
    provider ??= (await import('./credential-chain.js')).credentialChain(source, {
      profile,
      region: settings.region,
      endpoints: settings.credentialEndpoints,
      env,
      mfaCode,
    });
    return provider(identityProperties);
  };
}
