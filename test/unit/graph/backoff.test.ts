import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { backoffDelay } from '../../../main/core/graph/backoff';
import type { RetryPolicy } from '../../../main/core/graph/config';

const policyArb = fc.record({
  maxAttempts: fc.integer({ min: 1, max: 10 }),
  baseDelayMs: fc.integer({ min: 0, max: 5_000 }),
  maxDelayMs: fc.integer({ min: 1, max: 120_000 }),
  maxTotalMs: fc.integer({ min: 1, max: 600_000 }),
});
const randomArb = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });

test('property: a delay is never above the cap and never below the hint', () => {
  fc.assert(
    fc.property(fc.nat(40), fc.integer({ min: 0, max: 200_000 }), policyArb, randomArb, (attempt, hint, policy, r) => {
      const delay = backoffDelay(attempt, hint, policy, () => r);
      if (delay === null) {
        // Refused only for a hint above the cap, or a budget smaller than the cap.
        expect(hint > policy.maxDelayMs || policy.maxTotalMs < policy.maxDelayMs).toBe(true);
        return;
      }
      expect(delay).toBeLessThanOrEqual(policy.maxDelayMs);
      expect(delay).toBeGreaterThanOrEqual(hint);
      expect(delay).toBeGreaterThanOrEqual(0);
    }),
  );
});

test('property: a hint above the cap is refused, not shortened', () => {
  fc.assert(
    fc.property(policyArb, fc.integer({ min: 1, max: 100_000 }), randomArb, (policy, extra, r) => {
      expect(backoffDelay(0, policy.maxDelayMs + extra, policy, () => r)).toBeNull();
    }),
  );
});

test('property: the waits of one call stay within the total budget', () => {
  fc.assert(
    fc.property(policyArb, fc.array(fc.tuple(fc.integer({ min: 0, max: 60_000 }), randomArb), { maxLength: 30 }), (policy, steps) => {
      let spent = 0;
      for (const [index, [hint, r]] of steps.entries()) {
        const delay = backoffDelay(index, hint, policy, () => r, spent);
        if (delay === null) break;
        spent += delay;
        expect(spent).toBeLessThanOrEqual(policy.maxTotalMs);
      }
    }),
  );
});

test('full jitter: the draw spans 0 .. base * 2^attempt, capped', () => {
  const policy: RetryPolicy = { maxAttempts: 5, baseDelayMs: 100, maxDelayMs: 1_000, maxTotalMs: 10_000 };
  expect(backoffDelay(0, 0, policy, () => 0)).toBe(0);
  expect(backoffDelay(0, 0, policy, () => 0.999)).toBe(99);
  expect(backoffDelay(2, 0, policy, () => 0.5)).toBe(200);
  expect(backoffDelay(10, 0, policy, () => 0.999)).toBe(999);
  expect(backoffDelay(0, 250, policy, () => 0.1)).toBe(250);
  expect(backoffDelay(0, 0, policy, () => 0.05, 9_990)).toBe(5);
  expect(backoffDelay(0, 0, policy, () => 0.5, 9_990)).toBeNull();
});
