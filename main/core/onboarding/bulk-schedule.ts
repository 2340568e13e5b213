/**
 * Which bulk row runs next, as a pure state machine over numbers (no I/O, no
 * clock of its own), so the rules can be checked exhaustively:
 * - rows start in groups of up to `groupSize` (one write batch each), at most
 *   `concurrency` groups in flight, and never two rows of the same WABA
 *   (Meta's 80008 quota is per WABA, and one user's change at a time keeps
 *   the journal's reconcile simple);
 * - a rate-limited row puts its WABA aside until Meta's wait is over; other
 *   WABAs keep going;
 * - a WABA whose waits in this run would add up to more than `maxWaitMs` is
 *   given up on: the row that hit the limit and the WABA's unstarted rows end
 *   as `deferred`, with the time Meta named;
 * - every row ends exactly once, as `final` (the caller's outcome) or `deferred`.
 */

export interface Job {
  readonly id: number;
  /** Rows with the same key never run at the same time (the WABA id). */
  readonly key: string;
}

export interface ScheduleOptions {
  /** Groups in flight at once, 1 to 4. */
  readonly concurrency: number;
  /** Rows started together as one group (one write batch), each of a different key; default 1. */
  readonly groupSize?: number;
  /** Longest total wait per WABA in this run, in ms; 0 defers at the first rate limit. */
  readonly maxWaitMs: number;
}

export type Pick =
  /** Start these rows together (`id` is the first of `ids`): never two of one key. */
  | { readonly kind: 'run'; readonly id: number; readonly ids: readonly number[] }
  /** Nothing can start now: wait for a running row to finish, or until `until` (ms) when a WABA comes back. */
  | { readonly kind: 'wait'; readonly until: number | null }
  | { readonly kind: 'finished' };

export type Settle = { readonly kind: 'final' } | { readonly kind: 'rate-limited'; readonly retryAfterMs: number };

/** What a settle did: rows given up on (with when Meta allows calls again), or when the WABA comes back. */
export interface SettleEffect {
  readonly deferred: readonly { readonly id: number; readonly retryAt: number }[];
  readonly resumeAt?: number;
}

export type Ending = { readonly kind: 'final' } | { readonly kind: 'deferred'; readonly retryAt: number };

export interface Scheduler {
  next(now: number): Pick;
  settle(id: number, result: Settle, now: number): SettleEffect;
  /** Ends every row not started yet (e.g. the token stopped working); returns their ids. */
  drain(): readonly number[];
  running(): readonly number[];
  endings(): ReadonlyMap<number, Ending>;
}

export const MAX_CONCURRENCY = 4;
/** Meta says "wait a bit": no wait is shorter than this, so a row cannot spin. */
export const MIN_WAIT_MS = 1_000;

export function createScheduler(jobs: readonly Job[], options: ScheduleOptions): Scheduler {
  const limit = Math.min(MAX_CONCURRENCY, Math.max(1, Math.floor(options.concurrency)));
  const size = Math.max(1, Math.floor(options.groupSize ?? 1));
  /** Groups in flight, each the set of its rows still running. */
  const groups = new Map<number, Set<number>>();
  const groupOf = new Map<number, number>();
  let groupCount = 0;
  const keyOf = new Map(jobs.map((job) => [job.id, job.key]));
  let pending = jobs.map((job) => job.id);
  const inFlight = new Set<number>();
  const parkedUntil = new Map<string, number>();
  const waited = new Map<string, number>();
  const ended = new Map<number, Ending>();
  const key = (id: number): string => keyOf.get(id) ?? '';
  const order = (ids: number[]): number[] => ids.sort((a, b) => a - b);

  return {
    next(now) {
      if (pending.length === 0 && inFlight.size === 0) return { kind: 'finished' };
      if (groups.size >= limit) return { kind: 'wait', until: null };
      const busy = new Set([...inFlight].map(key));
      const picked: number[] = [];
      for (const id of pending) {
        if (picked.length >= size) break;
        if (busy.has(key(id)) || (parkedUntil.get(key(id)) ?? 0) > now) continue;
        picked.push(id);
        busy.add(key(id));
      }
      if (picked.length > 0) {
        const chosen = new Set(picked);
        pending = pending.filter((id) => !chosen.has(id));
        groupCount += 1;
        groups.set(groupCount, chosen);
        for (const id of picked) {
          inFlight.add(id);
          groupOf.set(id, groupCount);
        }
        return { kind: 'run', id: picked[0] as number, ids: picked };
      }
      const comeBack = pending.filter((id) => !busy.has(key(id))).map((id) => parkedUntil.get(key(id)) ?? now);
      return { kind: 'wait', until: comeBack.length > 0 ? Math.min(...comeBack) : null };
    },

    settle(id, result, now) {
      if (!inFlight.delete(id)) return { deferred: [] };
      const group = groupOf.get(id) ?? 0;
      groupOf.delete(id);
      groups.get(group)?.delete(id);
      if (groups.get(group)?.size === 0) groups.delete(group);
      if (result.kind === 'final') {
        ended.set(id, { kind: 'final' });
        return { deferred: [] };
      }
      const wabaKey = key(id);
      const wait = Math.max(MIN_WAIT_MS, Number.isFinite(result.retryAfterMs) ? Math.ceil(result.retryAfterMs) : MIN_WAIT_MS);
      const retryAt = Math.max(parkedUntil.get(wabaKey) ?? 0, now + wait);
      parkedUntil.set(wabaKey, retryAt);
      const total = (waited.get(wabaKey) ?? 0) + (retryAt - now);
      if (total > options.maxWaitMs) {
        const givenUp = [id, ...pending.filter((other) => key(other) === wabaKey)];
        pending = pending.filter((other) => key(other) !== wabaKey);
        for (const row of givenUp) ended.set(row, { kind: 'deferred', retryAt });
        return { deferred: order(givenUp).map((row) => ({ id: row, retryAt })) };
      }
      waited.set(wabaKey, total);
      pending = order([...pending, id]);
      return { deferred: [], resumeAt: retryAt };
    },

    drain() {
      const drained = pending;
      pending = [];
      for (const id of drained) ended.set(id, { kind: 'final' });
      return drained;
    },

    running: () => [...inFlight],
    endings: () => ended,
  };
}
