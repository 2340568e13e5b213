/**
 * The bulk scheduler's rules, checked over random runs (fast-check) with a
 * virtual clock: never two rows of one WABA in flight, never more than the
 * concurrency, every row ends exactly once, and a run always finishes.
 */
import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { createScheduler, MIN_WAIT_MS } from '../../../main/core/onboarding/bulk-schedule';

interface Choice {
  readonly pick: number;
  readonly rateLimited: boolean;
  readonly waitMs: number;
  readonly tick: number;
}

/** A plain check for the hot loop (expect() is too slow for thousands of calls per property run). */
function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

const runArb = fc.record({
  keys: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 30 }),
  concurrency: fc.integer({ min: 1, max: 4 }),
  groupSize: fc.integer({ min: 1, max: 5 }),
  maxWaitMs: fc.integer({ min: 0, max: 20_000 }),
  choices: fc.array(
    fc.record({ pick: fc.nat(), rateLimited: fc.boolean(), waitMs: fc.integer({ min: 0, max: 6_000 }), tick: fc.integer({ min: 0, max: 500 }) }),
    { maxLength: 300 },
  ),
});

test('never two rows of one WABA in flight, never more groups than the concurrency nor rows than the group size; every row ends exactly once', () => {
  fc.assert(
    fc.property(runArb, ({ keys, concurrency, groupSize, maxWaitMs, choices }) => {
      const jobs = keys.map((k, id) => ({ id, key: `waba-${k}` }));
      const scheduler = createScheduler(jobs, { concurrency, maxWaitMs, groupSize });
      /** Row -> the group it started in. */
      const groupOf = new Map<number, number>();
      const running = new Map<number, string>();
      const ended = new Map<number, 'final' | 'deferred'>();
      const endOnce = (id: number, how: 'final' | 'deferred'): void => {
        check(!ended.has(id), `row ${id} ended twice`);
        ended.set(id, how);
      };
      let now = 0;
      let next = 0;
      for (let step = 0; ; step += 1) {
        check(step < 5_000, 'the run must finish');
        const pick = scheduler.next(now);
        if (pick.kind === 'finished') break;
        if (pick.kind === 'run') {
          check(pick.ids.length >= 1 && pick.ids.length <= groupSize && pick.ids[0] === pick.id, 'a group holds 1 to groupSize rows');
          for (const id of pick.ids) {
            const key = jobs[id]?.key as string;
            check(![...running.values()].includes(key), `two rows of ${key} in flight`);
            check(!ended.has(id), `row ${id} started after it ended`);
            running.set(id, key);
            groupOf.set(id, step);
          }
          check(new Set([...running.keys()].map((id) => groupOf.get(id))).size <= concurrency, 'more groups in flight than the concurrency');
          continue;
        }
        if (running.size === 0) {
          // Nothing in flight: only a WABA's wait can be what blocks, and it lies in the future.
          check(pick.until !== null && pick.until > now, 'an idle wait must name a future time');
          now = pick.until as number;
          continue;
        }
        const choice: Choice = choices[next] ?? { pick: 0, rateLimited: false, waitMs: 0, tick: 1 };
        next += 1;
        now += choice.tick;
        const ids = [...running.keys()];
        const id = ids[choice.pick % ids.length] as number;
        running.delete(id);
        if (!choice.rateLimited) {
          scheduler.settle(id, { kind: 'final' }, now);
          endOnce(id, 'final');
          continue;
        }
        const effect = scheduler.settle(id, { kind: 'rate-limited', retryAfterMs: choice.waitMs }, now);
        for (const deferred of effect.deferred) {
          check(deferred.retryAt >= now + MIN_WAIT_MS, 'a deferral names when Meta allows calls again');
          endOnce(deferred.id, 'deferred');
        }
        check(effect.deferred.length > 0 || effect.resumeAt !== undefined, 'a rate limit either waits or defers');
      }
      expect(running.size).toBe(0);
      expect([...ended.keys()].sort((a, b) => a - b)).toEqual(jobs.map((j) => j.id));
      expect(new Map([...scheduler.endings()].map(([id, e]) => [id, e.kind]))).toEqual(ended);
    }),
    { numRuns: 400 },
  );
});

test('a rate-limited WABA is set aside while other WABAs go on, then comes back', () => {
  const scheduler = createScheduler(
    [
      { id: 0, key: 'a' },
      { id: 1, key: 'a' },
      { id: 2, key: 'b' },
    ],
    { concurrency: 1, maxWaitMs: 60_000 },
  );
  expect(scheduler.next(0)).toEqual({ kind: 'run', id: 0, ids: [0] });
  expect(scheduler.settle(0, { kind: 'rate-limited', retryAfterMs: 3_000 }, 100)).toEqual({ deferred: [], resumeAt: 3_100 });
  expect(scheduler.next(100)).toEqual({ kind: 'run', id: 2, ids: [2] });
  scheduler.settle(2, { kind: 'final' }, 200);
  expect(scheduler.next(200)).toEqual({ kind: 'wait', until: 3_100 });
  expect(scheduler.next(3_100)).toEqual({ kind: 'run', id: 0, ids: [0] });
  scheduler.settle(0, { kind: 'final' }, 3_200);
  expect(scheduler.next(3_200)).toEqual({ kind: 'run', id: 1, ids: [1] });
  scheduler.settle(1, { kind: 'final' }, 3_300);
  expect(scheduler.next(3_300)).toEqual({ kind: 'finished' });
});

test('a wait beyond the budget defers the row and the rest of its WABA, not other WABAs', () => {
  const scheduler = createScheduler(
    [
      { id: 0, key: 'a' },
      { id: 1, key: 'b' },
      { id: 2, key: 'a' },
    ],
    { concurrency: 2, maxWaitMs: 1_000 },
  );
  expect(scheduler.next(0)).toEqual({ kind: 'run', id: 0, ids: [0] });
  expect(scheduler.next(0)).toEqual({ kind: 'run', id: 1, ids: [1] });
  expect(scheduler.next(0)).toEqual({ kind: 'wait', until: null });
  expect(scheduler.settle(0, { kind: 'rate-limited', retryAfterMs: 3_000 }, 10)).toEqual({
    deferred: [
      { id: 0, retryAt: 3_010 },
      { id: 2, retryAt: 3_010 },
    ],
  });
  expect(scheduler.next(10)).toEqual({ kind: 'wait', until: null });
  scheduler.settle(1, { kind: 'final' }, 20);
  expect(scheduler.next(20)).toEqual({ kind: 'finished' });
  expect(scheduler.endings().get(2)).toEqual({ kind: 'deferred', retryAt: 3_010 });
});

test('drain ends every row not started yet, and only those', () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 20 }), fc.integer({ min: 1, max: 4 }), (keys, concurrency) => {
      const scheduler = createScheduler(keys.map((k, id) => ({ id, key: String(k) })), { concurrency, maxWaitMs: 0 });
      const started: number[] = [];
      for (let pick = scheduler.next(0); pick.kind === 'run'; pick = scheduler.next(0)) started.push(pick.id);
      const drained = scheduler.drain();
      expect([...started, ...drained].sort((a, b) => a - b)).toEqual(keys.map((_, id) => id));
      for (const id of started) scheduler.settle(id, { kind: 'final' }, 0);
      expect(scheduler.next(0)).toEqual({ kind: 'finished' });
      expect(scheduler.endings().size).toBe(keys.length);
    }),
  );
});
