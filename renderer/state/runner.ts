/**
 * Runs one request for a slot (style.md P7): numbers it, drops it if the
 * current step has no such slot, hands the answer to the reducer (which drops
 * it if a newer request replaced it), and turns "Meta asks us to slow down"
 * into a visible wait followed by an automatic retry instead of an error.
 */
import type { AppError } from '../../shared/errors';
import type { Result } from '../../shared/result';
import type { LoadedAction } from './actions';
import { slotOf, type Slot, type SlotValues } from './slots';
import type { Store } from './store';

export type Call<S extends Slot> = () => Promise<Result<SlotValues[S], AppError>>;

export interface RunOptions<S extends Slot> {
  /** Called once, only if the answer was accepted into the state. */
  readonly onReady?: (value: SlotValues[S]) => void;
  /** What "Try again" sends; defaults to the call itself (a pasted token is never kept for this). */
  readonly replay?: Call<S>;
}

export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

/** When Meta gives no hint, wait this long before trying again. */
export const DEFAULT_WAIT_SEC = 60;
/** After this many waits in a row, show the rate limit as an error with "Try again". */
export const MAX_WAITS = 5;

interface Pending {
  readonly run: () => Promise<void>;
}

export interface Runner {
  run<S extends Slot>(slot: S, call: Call<S>, options?: RunOptions<S>): Promise<void>;
  /** Sends the slot's last request again (after a failure, or to end a wait early). */
  retry(slot: Slot): Promise<void>;
  dispose(): void;
}

export function createRunner(store: Store, clock: Clock = systemClock): Runner {
  let counter = 0;
  const replays = new Map<Slot, Pending>();
  const timers = new Map<Slot, unknown>();

  const stopTimer = (slot: Slot): void => {
    if (timers.has(slot)) clock.clearTimeout(timers.get(slot));
    timers.delete(slot);
  };

  async function run<S extends Slot>(slot: S, call: Call<S>, options: RunOptions<S> = {}, waits = 0): Promise<void> {
    stopTimer(slot);
    const seq = ++counter;
    store.dispatch({ type: 'requested', slot, seq });
    const pending = slotOf(store.getState(), slot);
    if (pending?.status !== 'loading' || pending.seq !== seq) return;
    const replay = options.replay ?? call;
    const again = (waited: number): Promise<void> => run(slot, replay, { ...options, replay }, waited);
    replays.set(slot, { run: () => again(0) });

    // No catch here: renderer/ipc/api.ts already turns a rejected bridge call into an AppError value.
    const result = await call();

    if (!result.ok && result.error.kind === 'rate-limited' && waits < MAX_WAITS) {
      const delay = Math.max(1, result.error.retryAfterSec ?? DEFAULT_WAIT_SEC) * 1000;
      store.dispatch({ type: 'waiting', slot, seq, until: clock.now() + delay });
      const waiting = slotOf(store.getState(), slot);
      if (waiting?.status !== 'loading' || waiting.seq !== seq) return;
      replays.set(slot, { run: () => again(waits + 1) });
      timers.set(
        slot,
        clock.setTimeout(() => {
          timers.delete(slot);
          const still = slotOf(store.getState(), slot);
          if (still?.status === 'loading' && still.seq === seq) void again(waits + 1);
        }, delay),
      );
      return;
    }

    store.dispatch({ type: 'loaded', slot, seq, result } as LoadedAction);
    const settled = slotOf(store.getState(), slot);
    if (result.ok && settled?.status === 'ready' && settled.value === result.value) options.onReady?.(result.value);
  }

  return {
    run: (slot, call, options) => run(slot, call, options),
    retry: async (slot) => {
      const pending = replays.get(slot);
      if (pending) await pending.run();
    },
    dispose: () => {
      for (const slot of [...timers.keys()]) stopTimer(slot);
    },
  };
}
