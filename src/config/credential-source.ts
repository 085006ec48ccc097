/**
 * Which one source a run takes its credentials from, decided as botocore's resolver decides:
 * keys in the environment (unless --profile names a profile), then a role the profile assumes,
 * then a web identity token named in the environment, then whatever else the profile holds
 * (keys, SSO, a credential process, a web identity), then container, then instance metadata.
 * Once a source is chosen, its failure is final: it is reported, not passed over.
 */
import { ConfigurationError } from '../errors.js';
import type { Environment } from '../io.js';

export type CredentialSource =
  | { kind: 'environment'; accessKeyId: string; secretAccessKey: string; sessionToken?: string }
  | { kind: 'assume-role'; roleArn: string }
  | { kind: 'web-identity'; roleArn: string; tokenFile: string }
  | { kind: 'profile'; profile: string; via: ProfileCredentialKind }
  | { kind: 'container' }
  | { kind: 'instance-metadata' }
  | { kind: 'none' };

export type ProfileCredentialKind = 'keys' | 'sso' | 'process' | 'web-identity' | 'login';

type ProfileData = Record<string, string | undefined>;

export function chooseCredentialSource(
  profileName: string,
  profile: ProfileData,
  profileFromCommandLine: boolean,
  env: Environment,
): CredentialSource {
  if (!profileFromCommandLine) {
    const fromEnvironment = environmentKeys(env);
    if (fromEnvironment) return fromEnvironment;
  }
  if (profile.role_arn && (profile.source_profile || profile.credential_source)) {
    return { kind: 'assume-role', roleArn: profile.role_arn };
  }
  if (!profileFromCommandLine && env.AWS_WEB_IDENTITY_TOKEN_FILE && env.AWS_ROLE_ARN) {
    return { kind: 'web-identity', roleArn: env.AWS_ROLE_ARN, tokenFile: env.AWS_WEB_IDENTITY_TOKEN_FILE };
  }
  const via = profileCredentialKind(profile);
  if (via) return { kind: 'profile', profile: profileName, via };
  if (env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI || env.AWS_CONTAINER_CREDENTIALS_FULL_URI) return { kind: 'container' };
  if ((env.AWS_EC2_METADATA_DISABLED ?? 'false').toLowerCase() !== 'true') return { kind: 'instance-metadata' };
  return { kind: 'none' };
}

function environmentKeys(env: Environment): CredentialSource | undefined {
  const { AWS_ACCESS_KEY_ID: accessKeyId, AWS_SECRET_ACCESS_KEY: secretAccessKey, AWS_SESSION_TOKEN: sessionToken } = env;
  if (!accessKeyId && !secretAccessKey) return undefined;
  if (!accessKeyId || !secretAccessKey) {
    const missing = accessKeyId ? 'AWS_SECRET_ACCESS_KEY' : 'AWS_ACCESS_KEY_ID';
    throw new ConfigurationError(`Partial credentials found in env, missing: ${missing}`);
  }
  return { kind: 'environment', accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) };
}

function profileCredentialKind(profile: ProfileData): ProfileCredentialKind | undefined {
  if (profile.aws_access_key_id && profile.aws_secret_access_key) return 'keys';
  if (profile.web_identity_token_file) return 'web-identity';
  if (profile.sso_session || profile.sso_start_url) return 'sso';
  if (profile.credential_process) return 'process';
  if (profile.login_session) return 'login';
  return undefined;
}
