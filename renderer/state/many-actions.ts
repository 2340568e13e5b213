/**
 * The controller's several-accounts effects (issue 9.4, style.md P7): one
 * plan, one apply through main's bulk core, each account's progress read
 * while the run goes on, and a run again when Meta's wait for a deferred
 * account is over (accounts already done are only read, never sent twice).
 */
import type { WizardApi } from '../../shared/ipc/bridge';
import type { WabaId } from '../../shared/ids';
import type { MultiApplyReport } from '../../shared/multi-account';
import { manyRequest } from './requests';
import type { Clock, Runner } from './runner';
import { at, slotOf } from './slots';
import type { Store } from './store';
import { manyReviewable, replanSettled } from './transitions';

/** How often the run's per-account progress is read while it goes on. */
export const PROGRESS_EVERY_MS = 700;

export interface ManyActions {
  /** Access step, several accounts: the one plan; Review follows when an account can go ahead. */
  planMany(advance: () => void): void;
  /** Review, after the add/exact choice changed to `exact`: the plan for every account is asked again (nothing is sent). */
  replanMany(exact: boolean): void;
  /** Review, after the one confirmation: apply and verify every account. */
  applyMany(advance: () => void): void;
  /** Verify step: run the accounts again (deferred or failed ones; done ones are only read). */
  rerunMany(): void;
  pickHandoffAccount(wabaId: WabaId): void;
  dispose(): void;
}

/** The earliest time a deferred account may be tried again (epoch ms), or null. */
export function nextRetry(report: MultiApplyReport): number | null {
  const times = report.accounts.flatMap((a) => (a.outcome === 'deferred' && a.retryAt ? [Date.parse(a.retryAt)] : [])).filter(Number.isFinite);
  return times.length > 0 ? Math.min(...times) : null;
}

export function createManyActions(api: WizardApi, store: Store, runner: Runner, clock: Clock): ManyActions {
  const dispatch = store.dispatch;
  const state = () => store.getState();
  let poll: unknown = null;
  let retry: unknown = null;

  const stop = (handle: unknown): void => {
    if (handle !== null) clock.clearTimeout(handle);
  };

  /** Reads the run's progress until the slot's request has settled. */
  function watch(slot: 'manyApply' | 'manyRun'): void {
    stop(poll);
    const tick = (): void => {
      poll = null;
      if (slotOf(state(), slot)?.status !== 'loading') return;
      void api.accessManyProgress({}).then((r) => {
        if (r.ok && r.value && slotOf(state(), slot)?.status === 'loading') dispatch({ type: 'many-progress', progress: r.value });
        if (slotOf(state(), slot)?.status === 'loading') poll = clock.setTimeout(tick, PROGRESS_EVERY_MS);
      });
    };
    poll = clock.setTimeout(tick, PROGRESS_EVERY_MS);
  }

  /** When Meta set an account aside, run again once its wait is over (if the user is still on the step). */
  function retryWhenDue(report: MultiApplyReport): void {
    stop(retry);
    retry = null;
    const due = nextRetry(report);
    if (due === null) return;
    retry = clock.setTimeout(() => {
      retry = null;
      const w = at(state(), 'verifyMany');
      if (w?.run.status === 'ready' && w.run.value === report) rerunMany();
    }, Math.max(1000, due - clock.now() + 1000));
  }

  function rerunMany(): void {
    const w = at(state(), 'verifyMany');
    if (!w) return;
    stop(retry);
    void runner.run('manyRun', () => api.accessApplyMany(manyRequest(w.pick, { ...w.choice, tasks: w.plan.tasks as typeof w.choice.tasks })), { onReady: retryWhenDue });
    watch('manyRun');
  }

  return {
    planMany(advance) {
      const w = at(state(), 'access');
      if (!w || w.choice.tasks.length === 0) return;
      void runner.run('many', () => api.accessPlanMany(manyRequest(w.pick, w.choice)), {
        onReady: (plan) => {
          if (manyReviewable(plan)) advance();
        },
      });
    },
    replanMany(exact) {
      const w = at(state(), 'reviewMany');
      if (w?.replan.status === 'idle' && (w.choice.exact === true) === exact) void runner.run('manyReplan', () => api.accessPlanMany(manyRequest(w.pick, w.choice)));
    },
    applyMany(advance) {
      const w = at(state(), 'reviewMany');
      // Only the plan shown for the add/exact choice is applied: not while its re-plan is pending or failed.
      if (!w || !replanSettled(w)) return;
      void runner.run('manyApply', () => api.accessApplyMany(manyRequest(w.pick, w.choice)), {
        onReady: (report) => {
          advance();
          retryWhenDue(report);
        },
      });
      watch('manyApply');
    },
    rerunMany,
    pickHandoffAccount: (wabaId) => dispatch({ type: 'handoff-account-picked', wabaId }),
    dispose() {
      stop(poll);
      stop(retry);
    },
  };
}
