/**
 * Retries throttled calls with exponential back-off and full jitter (AWS's "Exponential Backoff and
 * Jitter"): before retry n the wait is random in [0, min(cap, base * 2^n)). Bulk jobs outlast the
 * client's own few attempts, so they wrap their Call with this and never see a throttling error
 * unless the service keeps refusing for the whole budget.
 */
import { InterruptedError } from '../errors.js';
import { errorCode, type Call } from './call.js';

const throttlingCodes = new Set(['TooManyRequestsException', 'ThrottlingException']);

export interface BackoffOptions {
  /** Attempts per call, the first included (default 12). */
  attempts?: number;
  /** The first wait's upper bound in milliseconds (default 100). */
  baseMs?: number;
  /** The largest wait in milliseconds (default 10,000). */
  capMs?: number;
  /** A number in [0, 1); Math.random by default. */
  random?: () => number;
  /** Aborting stops a wait at once with InterruptedError. */
  signal?: AbortSignal;
}

export function isThrottling(error: unknown): boolean {
  const code = errorCode(error);
  return code !== undefined && throttlingCodes.has(code);
}

export function backoffDelay(retry: number, options: BackoffOptions = {}): number {
  const { baseMs = 100, capMs = 10_000, random = Math.random } = options;
  return random() * Math.min(capMs, baseMs * 2 ** retry);
}

export function retryThrottled(call: Call, options: BackoffOptions = {}): Call {
  const attempts = Math.max(1, options.attempts ?? 12);
  return async (operation, input, callOptions) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await call(operation, input, callOptions);
      } catch (error) {
        if (!isThrottling(error) || attempt >= attempts) throw error;
        await sleep(backoffDelay(attempt - 1, options), options.signal);
      }
    }
  };
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(new InterruptedError());
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(new InterruptedError());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
