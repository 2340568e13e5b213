/**
 * The retry loop (security.md N2): only idempotent calls are repeated, only
 * for failures a retry can cure (transient, network, timeout, rate-limited),
 * with bounded attempts, a bounded total wait and the call's deadline.
 * 190, 10, 200-299 and 100 are final and come back after one request.
 * A POST is never repeated here: assign.ts reconciles with a read instead.
 */
import type { AppError } from '../../../shared/errors';
import type { Result } from '../../../shared/result';
import { backoffDelay } from './backoff';
import { isRetryableKind } from './classify';
import type { RetryPolicy } from './config';

export interface RetryTiming {
  readonly random: () => number;
  readonly now: () => number;
  /** Resolves after `ms`, or early when `signal` aborts. */
  readonly sleep: (ms: number, signal: AbortSignal) => Promise<void>;
}

export interface RetryOptions {
  readonly idempotent: boolean;
  readonly policy: RetryPolicy;
  readonly signal: AbortSignal;
  /** Absolute time (timing.now) after which no new attempt starts. */
  readonly deadlineAt: number;
  readonly timing: RetryTiming;
  /** The error to report when the signal aborts during a wait. */
  readonly abortedError: () => AppError;
  readonly onRetry?: (attempt: number, error: AppError, delayMs: number) => void;
}

/** Runs `attempt` until it succeeds, fails finally, or the bounds are reached. */
export async function withRetry<T, F extends { readonly error: AppError }>(
  attempt: (index: number) => Promise<Result<T, F>>,
  options: RetryOptions,
): Promise<Result<T, F | { readonly error: AppError }>> {
  const { policy, timing } = options;
  let waited = 0;
  for (let index = 0; ; index += 1) {
    const result = await attempt(index);
    if (result.ok) return result;
    const error = result.error.error;
    if (!options.idempotent || !isRetryableKind(error.kind) || options.signal.aborted) return result;
    if (index + 1 >= policy.maxAttempts) return result;
    const hintMs = error.retryAfterSec === undefined ? 0 : error.retryAfterSec * 1000;
    const delay = backoffDelay(index, hintMs, policy, timing.random, waited);
    if (delay === null) return result;
    if (timing.now() + delay >= options.deadlineAt) return result;
    options.onRetry?.(index + 1, error, delay);
    await timing.sleep(delay, options.signal);
    if (options.signal.aborted) return { ok: false, error: { error: options.abortedError() } };
    waited += delay;
  }
}

/** Real-time sleep that ends early on abort. */
export function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted || ms <= 0) {
      resolve();
      return;
    }
    const done = (): void => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}
