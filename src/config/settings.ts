/**
 * Resolves where and how to call: region, endpoint, profile, output format and timeouts, from the
 * command line, the environment and the shared config files, in the AWS CLI's order.
 */
import { loadSharedConfigFiles } from '@smithy/core/config';
import { ConfigurationError, ParameterError, UsageError } from '../errors.js';
import type { Environment } from '../io.js';
import type { GlobalOptions } from './global-options.js';
import { resolveRetry, type RetrySettings } from './retry.js';
import { configuredEndpoint, services } from './endpoints.js';
import { outputFormats } from '../arguments/global-arguments.js';

export interface Settings {
  /** The profile named on the command line or in the environment, if any. */
  profile?: string;
  /** The profile was named by --profile, which (unlike AWS_PROFILE) outranks keys in the environment. */
  profileFromCommandLine: boolean;
  region?: string;
  endpoint?: string;
  /** Where the services that hand out credentials are, when configured. */
  credentialEndpoints: { sts?: string; sso?: string };
  output: string;
  timestampFormat: 'wire' | 'iso8601';
  /** Milliseconds; 0 means no limit. */
  readTimeout: number;
  connectTimeout: number;
  retry: RetrySettings;
  /** The profile's own settings, for features that read more of it. */
  profileSettings: Record<string, string | undefined>;
}

export async function resolveSettings(options: GlobalOptions, env: Environment): Promise<Settings> {
  // botocore reads AWS_DEFAULT_PROFILE before AWS_PROFILE.
  const explicitProfile = options.profile ?? env.AWS_DEFAULT_PROFILE ?? env.AWS_PROFILE;
  const profileName = explicitProfile ?? 'default';
  const files = await loadSharedConfigFiles({
    filepath: env.AWS_SHARED_CREDENTIALS_FILE,
    configFilepath: env.AWS_CONFIG_FILE,
    ignoreCache: true,
  });
  const fromConfig = files.configFile[profileName];
  const fromCredentials = files.credentialsFile[profileName];
  if (explicitProfile && !fromConfig && !fromCredentials) {
    throw new ConfigurationError(`The config profile (${explicitProfile}) could not be found`);
  }
  const profileSettings = { ...fromCredentials, ...fromConfig };
  const output = options.output ?? env.AWS_DEFAULT_OUTPUT ?? profileSettings.output ?? 'json';
  if (!(outputFormats as readonly string[]).includes(output)) {
    throw new ParameterError(`argument --output: Invalid choice, valid choices are:\n\n${outputFormats.join(' | ')}`);
  }
  return {
    profile: explicitProfile,
    profileFromCommandLine: options.profile !== undefined,
    region: options.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? profileSettings.region,
    endpoint: options.endpointUrl ?? configuredEndpoint(services.cognito, env, profileSettings, files.configFile),
    credentialEndpoints: {
      sts: configuredEndpoint(services.sts, env, profileSettings, files.configFile),
      sso: configuredEndpoint(services.sso, env, profileSettings, files.configFile),
    },
    output,
    timestampFormat: timestampFormat(profileSettings.cli_timestamp_format),
    readTimeout: seconds('--cli-read-timeout', options.cliReadTimeout),
    connectTimeout: seconds('--cli-connect-timeout', options.cliConnectTimeout),
    retry: resolveRetry(env, profileSettings),
    profileSettings,
  };
}

/** `wire` (the default) and its older name `none` print timestamps as sent; `iso8601` converts. */
function timestampFormat(value: string | undefined): 'wire' | 'iso8601' {
  if (value === undefined || value === 'wire' || value === 'none') return 'wire';
  if (value === 'iso8601') return 'iso8601';
  throw new ConfigurationError(`Unknown cli_timestamp_format value: ${value}, valid values are "none", "wire" or "iso8601"`);
}

const DEFAULT_TIMEOUT_SECONDS = 60;

function seconds(flag: string, text: string | undefined): number {
  if (text === undefined) return DEFAULT_TIMEOUT_SECONDS * 1000;
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value < 0) {
    throw new UsageError(`argument ${flag}: invalid int value: '${text}'`);
  }
  return value * 1000;
}
