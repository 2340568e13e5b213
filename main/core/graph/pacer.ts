/**
 * Paces calls to a business object that Meta reports as nearly throttled
 * (security.md N6): when X-Business-Use-Case-Usage shows an object above the
 * threshold, the next call to that object waits `pauseMs` first, so the app
 * slows down before Meta answers 80008 instead of after.
 */
import { parseBucUsage, type HeaderMap } from './usage';

export interface PacerPolicy {
  readonly thresholdPct: number;
  readonly pauseMs: number;
}

export interface Pacer {
  /** Records the usage headers of an answer. */
  observe(headers: HeaderMap): void;
  /** Milliseconds the next call to this object should wait (0 when none). */
  delayFor(objectId: string): number;
}

export function createPacer(policy: PacerPolicy, now: () => number): Pacer {
  const until = new Map<string, number>();
  return {
    observe(headers) {
      for (const usage of parseBucUsage(headers['x-business-use-case-usage'])) {
        if (usage.maxPct <= policy.thresholdPct) continue;
        const regainMs = usage.regainMinutes * 60_000;
        const resumeAt = now() + Math.max(policy.pauseMs, regainMs);
        until.set(usage.objectId, Math.max(until.get(usage.objectId) ?? 0, resumeAt));
      }
    },
    delayFor(objectId) {
      const at = until.get(objectId);
      if (at === undefined) return 0;
      const left = at - now();
      if (left <= 0) until.delete(objectId);
      return Math.max(0, left);
    },
  };
}
