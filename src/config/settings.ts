/**
 * Resolves where and how to call: region, endpoint, profile, output format and timeouts, from the
 * command line, the environment and the shared config files, in the AWS CLI's order.
 */
import { loadSharedConfigFiles } from '@smithy/core/config';
import { ConfigurationError, ParameterError, UsageError } from '../errors.js';
import type { GlobalOptions } from './global-options.js';
import { resolveRetry, type RetrySettings } from './retry.js';

export type Environment = Record<string, string | undefined>;

export interface Settings {
  /** The profile named on the command line or in the environment, if any. */
  profile?: string;
  region?: string;
  endpoint?: string;
  output: string;
  timestampFormat: 'wire' | 'iso8601';
  /** Milliseconds; 0 means no limit. */
  readTimeout: number;
  connectTimeout: number;
  retry: RetrySettings;
  /** The profile's own settings, for features that read more of it. */
  profileSettings: Record<string, string | undefined>;
}

const outputFormats = ['json', 'text', 'table', 'yaml', 'yaml-stream', 'off'];

export async function resolveSettings(options: GlobalOptions, env: Environment): Promise<Settings> {
  const explicitProfile = options.profile ?? env.AWS_PROFILE ?? env.AWS_DEFAULT_PROFILE;
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
  if (!outputFormats.includes(output)) {
    throw new ParameterError(`argument --output: Invalid choice, valid choices are:\n\n${outputFormats.join(' | ')}`);
  }
  return {
    profile: explicitProfile,
    region: options.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? profileSettings.region,
    endpoint: resolveEndpoint(options, env, profileSettings, files.configFile),
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

const SERVICE_ENV_SUFFIX = 'COGNITO_IDENTITY_PROVIDER';
const SERVICE_CONFIG_KEY = 'cognito_identity_provider';

function resolveEndpoint(
  options: GlobalOptions,
  env: Environment,
  profile: Record<string, string | undefined>,
  configFile: Record<string, Record<string, string | undefined>>,
): string | undefined {
  if (options.endpointUrl) return options.endpointUrl;
  const ignoreConfigured = (env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS ?? profile.ignore_configured_endpoint_urls ?? '')
    .toLowerCase() === 'true';
  if (ignoreConfigured) return undefined;
  const servicesSection = profile.services ? configFile[`services.${profile.services}`] : undefined;
  return (
    env[`AWS_ENDPOINT_URL_${SERVICE_ENV_SUFFIX}`] ??
    env.AWS_ENDPOINT_URL ??
    servicesSection?.[`${SERVICE_CONFIG_KEY}.endpoint_url`] ??
    profile.endpoint_url
  );
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
