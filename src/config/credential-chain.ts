/**
 * The SDK's providers for the credential sources that need one (profiles, roles, web identity,
 * SSO, credential processes, container and instance metadata), with their failures reworded as
 * the AWS CLI words them. This module is loaded only when the environment holds no keys.
 */
import { fromHttp, fromIni, fromInstanceMetadata, fromTokenFile } from '@aws-sdk/credential-providers';
import type { AwsCredentialIdentityProvider } from '@smithy/types';
import { CliError, ConfigurationError } from '../errors.js';
import type { CredentialSource } from './credential-source.js';
import type { Environment } from '../io.js';

const NO_CREDENTIALS = 'Unable to locate credentials. You can configure credentials by running "aws configure".';

const SSO_EXPIRED =
  'The SSO session associated with this profile has expired or is otherwise invalid. ' +
  'To refresh this SSO session run aws sso login with the corresponding profile.';

interface ChainOptions {
  profile: string;
  region?: string;
  /** STS and the SSO portal, where configured (the SDK's own lookup sees only AWS_PROFILE's profile). */
  endpoints: { sts?: string; sso?: string };
  env: Environment;
  /** Asks for the code of an MFA device; throws when there is no terminal to ask on. */
  mfaCode: (serial: string) => Promise<string>;
}

/** Every source but keys in the environment, which need no provider. */
type ProviderSource = Exclude<CredentialSource, { kind: 'environment' }>;

/** The SDK's warnings (several lines each) are for developers, not for users of a CLI. */
const silent = { debug() {}, info() {}, warn() {}, error() {} };

export function credentialChain(source: ProviderSource, options: ChainOptions): AwsCredentialIdentityProvider {
  const provider = sdkProvider(source, options);
  return async (identityProperties) => {
    try {
      return await provider(identityProperties);
    } catch (error) {
      throw describeFailure(source, error);
    }
  };
}

function sdkProvider(source: ProviderSource, options: ChainOptions): AwsCredentialIdentityProvider {
  const files = {
    ...(options.env.AWS_SHARED_CREDENTIALS_FILE ? { filepath: options.env.AWS_SHARED_CREDENTIALS_FILE } : {}),
    ...(options.env.AWS_CONFIG_FILE ? { configFilepath: options.env.AWS_CONFIG_FILE } : {}),
  };
  // The region goes to the parent config only: the SSO portal is in the profile's sso_region.
  const parentClientConfig = options.region ? { region: options.region } : {};
  const endpoint = source.kind === 'profile' && source.via === 'sso' ? options.endpoints.sso : options.endpoints.sts;
  const clientConfig = endpoint ? { endpoint } : {};
  switch (source.kind) {
    case 'assume-role':
    case 'profile':
      // Without ignoreCache: the files resolveSettings has just read are parsed from its read.
      return fromIni({
        profile: options.profile,
        ...files,
        mfaCodeProvider: options.mfaCode,
        clientConfig,
        parentClientConfig,
        logger: silent,
      });
    case 'web-identity':
      return fromTokenFile({ webIdentityTokenFile: source.tokenFile, roleArn: source.roleArn, clientConfig, parentClientConfig, logger: silent });
    case 'container':
      return fromHttp({ logger: silent });
    case 'instance-metadata':
      return fromInstanceMetadata({ logger: silent });
    case 'none':
      return async () => {
        throw new ConfigurationError(NO_CREDENTIALS);
      };
  }
}

interface SdkFailure {
  name?: string;
  message?: string;
  $metadata?: { httpStatusCode?: number };
}

/** One line that says which source failed and why, as a configuration error (exit 253). */
function describeFailure(source: ProviderSource, error: unknown): CliError {
  if (error instanceof CliError) return error;
  const failure = (error ?? {}) as SdkFailure;
  const message = failure.message ?? String(error);
  if (failure.$metadata?.httpStatusCode && failure.name) {
    return new ConfigurationError(`An error occurred (${failure.name}) when calling the ${stsOperation(source)} operation: ${message}`);
  }
  switch (source.kind) {
    case 'instance-metadata':
      return new ConfigurationError(NO_CREDENTIALS);
    case 'profile':
      if (source.via === 'process') return new ConfigurationError(`Error when retrieving credentials from custom-process: ${processReason(message)}`);
      if (source.via === 'sso') return new ConfigurationError(ssoReason(message));
      break;
    case 'container':
      return new ConfigurationError(`Error when retrieving credentials from container-role: ${firstLine(message)}`);
  }
  return new ConfigurationError(`Unable to load credentials (${describeSource(source)}): ${firstLine(message)}`);
}

function stsOperation(source: ProviderSource): string {
  if (source.kind === 'web-identity' || (source.kind === 'profile' && source.via === 'web-identity')) return 'AssumeRoleWithWebIdentity';
  if (source.kind === 'profile' && source.via === 'sso') return 'GetRoleCredentials';
  return 'AssumeRole';
}

function describeSource(source: ProviderSource): string {
  switch (source.kind) {
    case 'assume-role':
      return `assuming ${source.roleArn}`;
    case 'web-identity':
      return `web identity for ${source.roleArn}`;
    case 'profile':
      return `profile ${source.profile}`;
    default:
      return source.kind;
  }
}

/** The SDK reports a failed process as "Command failed: <command>" then its stderr. */
function processReason(message: string): string {
  const lines = message.split('\n').map((line) => line.trim()).filter(Boolean);
  if (lines[0]?.startsWith('Command failed:')) return lines.slice(1).join(' ') || 'the process exited with an error';
  return lines.join(' ');
}

function ssoReason(message: string): string {
  if (/expired|refresh/i.test(message)) return SSO_EXPIRED;
  return `Error loading SSO Token: ${firstLine(message)}`;
}

function firstLine(message: string): string {
  return message.split('\n').find((line) => line.trim())?.trim() ?? 'unknown error';
}
