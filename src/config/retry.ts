/**
 * Retry settings, as the AWS CLI reads them: `AWS_RETRY_MODE` / `AWS_MAX_ATTEMPTS`, else the
 * profile's `retry_mode` / `max_attempts`. The SDK retries throttling (TooManyRequestsException,
 * HTTP 429, ...) and transient errors with exponential backoff and jitter.
 */
import { ConfigurationError } from '../errors.js';
import type { Environment } from '../io.js';

export type RetryMode = 'standard' | 'adaptive';

export interface RetrySettings {
  mode: RetryMode;
  /** Attempts in all, the first included. */
  maxAttempts: number;
}

const modes = ['legacy', 'standard', 'adaptive'];
/** botocore's legacy mode allows 5 attempts; standard and adaptive 3. */
const defaultAttempts: Record<string, number> = { legacy: 5, standard: 3, adaptive: 3 };

export function resolveRetry(env: Environment, profile: Record<string, string | undefined>): RetrySettings {
  const mode = env.AWS_RETRY_MODE ?? profile.retry_mode ?? 'standard';
  if (!modes.includes(mode)) {
    throw new ConfigurationError(`Invalid value provided to "mode": "${mode}" must be one of: ${modes.join(', ')}`);
  }
  const attemptsText = env.AWS_MAX_ATTEMPTS ?? profile.max_attempts;
  let maxAttempts = defaultAttempts[mode];
  if (attemptsText !== undefined) {
    maxAttempts = Number(attemptsText.trim());
    if (!/^\s*\d+\s*$/.test(attemptsText) || maxAttempts < 1) {
      throw new ConfigurationError(`Value provided to max_attempts: ${attemptsText} must be an integer greater than or equal to 1.`);
    }
  }
  // The SDK has no legacy mode; its standard mode retries the same errors with a better backoff.
  return { mode: mode === 'adaptive' ? 'adaptive' : 'standard', maxAttempts };
}
