/**
 * Endpoints configured outside the command line, as the AWS CLI finds them:
 * `AWS_ENDPOINT_URL_<SERVICE>`, then `AWS_ENDPOINT_URL`, then the profile's `services` section,
 * then the profile's `endpoint_url`; none when `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS` is true.
 */
import type { Environment } from '../io.js';

export interface ServiceNames {
  /** The suffix of its environment variable: `AWS_ENDPOINT_URL_<envSuffix>`. */
  envSuffix: string;
  /** Its key in a `[services ...]` section. */
  configKey: string;
}

export const services = {
  cognito: { envSuffix: 'COGNITO_IDENTITY_PROVIDER', configKey: 'cognito_identity_provider' },
  sts: { envSuffix: 'STS', configKey: 'sts' },
  sso: { envSuffix: 'SSO', configKey: 'sso' },
} satisfies Record<string, ServiceNames>;

type Section = Record<string, string | undefined>;

export function configuredEndpoint(
  service: ServiceNames,
  env: Environment,
  profile: Section,
  configFile: Record<string, Section>,
): string | undefined {
  const ignoreConfigured = (env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS ?? profile.ignore_configured_endpoint_urls ?? '')
    .toLowerCase() === 'true';
  if (ignoreConfigured) return undefined;
  const servicesSection = profile.services ? configFile[`services.${profile.services}`] : undefined;
  return (
    env[`AWS_ENDPOINT_URL_${service.envSuffix}`] ??
    env.AWS_ENDPOINT_URL ??
    servicesSection?.[`${service.configKey}.endpoint_url`] ??
    profile.endpoint_url
  );
}
