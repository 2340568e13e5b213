/**
 * How long to wait before the next attempt: "full jitter" exponential backoff
 * (a uniform draw below an exponentially growing ceiling, so clients that
 * failed together do not retry together), never shorter than the server's
 * hint, never longer than the cap, and never past the call's total budget.
 */
import type { RetryPolicy } from './config';

/**
 * @param attempt   0 for the wait after the first failure, 1 after the second, ...
 * @param hintMs    the server's own wait hint (Retry-After, estimated_time_to_regain_access); 0 when none
 * @param random    a source in [0, 1) (Math.random in production, seeded in tests)
 * @param spentMs   time already spent waiting in this call
 * @returns the delay in ms, or null when waiting is not allowed (the hint exceeds the cap or the budget)
 */
export function backoffDelay(
  attempt: number,
  hintMs: number,
  policy: RetryPolicy,
  random: () => number,
  spentMs = 0,
): number | null {
  const cap = Math.max(0, policy.maxDelayMs);
  const hint = Number.isFinite(hintMs) && hintMs > 0 ? Math.ceil(hintMs) : 0;
  if (hint > cap) return null;
  const exp = Math.min(Math.max(0, Math.floor(attempt)), 30);
  const ceiling = Math.min(cap, Math.max(0, policy.baseDelayMs) * 2 ** exp);
  const r = Math.min(Math.max(random(), 0), 1);
  const jittered = Math.floor(r * ceiling);
  const delay = Math.min(cap, Math.max(hint, jittered));
  if (spentMs + delay > policy.maxTotalMs) return null;
  return delay;
}
