/**
 * Moving between steps, as pure functions: `next` only when the current step
 * is complete, `back` rebuilding the previous step from what was carried
 * forward (its lists are reloaded by the controller).
 */
import { assertNever } from '../../shared/result';
import { sameTasks } from '../../shared/tasks';
import { defaultChoice } from './choice';
import { idle, ready, valueOf } from './loadable';
import { accountsOf, type WizardState } from './state';
import type { MultiPlan } from '../../shared/multi-account';
import type { AccessPlan } from '../../shared/onboarding';
import type { WabaTask } from '../../shared/tasks';
import { isMany, pickedAccounts } from './accounts';

/** The plan found the user already has exactly these tasks. */
export const planChangesNothing = (plan: AccessPlan): boolean => plan.problems.some((p) => p.code === 'no-change');

/** Review's plan matches its add/exact choice: no re-plan is pending or failed. */
export const replanSettled = (w: Extract<WizardState, { step: 'review' | 'reviewMany' }>): boolean => w.replan.status === 'idle' || w.replan.status === 'ready';

export const accountStart: Extract<WizardState, { step: 'account' }> = {
  step: 'account',
  businesses: idle,
  business: null,
  wabas: idle,
  wabaIds: [],
  several: false,
  identify: idle,
};

/** A multi-account plan worth reviewing: at least one account can be applied or checked. */
export const manyReviewable = (plan: MultiPlan): boolean => plan.accounts.some((a) => a.status !== 'refused' && a.status !== 'error');

export function next(w: WizardState): WizardState {
  switch (w.step) {
    case 'welcome':
      return w.choose.status === 'ready' ? { step: 'connect', diagnosis: idle } : w;
    case 'connect':
      if (!valueOf(w.diagnosis)?.usable) return w;
      return w.then === 'checkReceipt' ? { step: 'checkReceipt', fileName: null, check: idle } : accountStart;
    case 'account': {
      const [waba, ...more] = pickedAccounts(w) ?? [];
      return w.business && waba ? { step: 'systemUser', pick: { business: w.business, waba, more }, users: idle, userId: null } : w;
    }
    case 'systemUser': {
      const user = valueOf(w.users)?.find((u) => u.id === w.userId);
      return user ? { step: 'access', pick: { ...w.pick, user }, choice: defaultChoice(), plan: idle, many: idle } : w;
    }
    case 'access': {
      if (isMany(w.pick)) {
        const many = valueOf(w.many);
        // The plan is for this choice: these tasks, added or made exact as chosen.
        const forChoice = many !== undefined && sameTasks(many.tasks as readonly WabaTask[], w.choice.tasks) && (many.exact === true) === (w.choice.exact === true);
        return many && manyReviewable(many) && forChoice
          ? { step: 'reviewMany', pick: w.pick, choice: w.choice, plan: many, replan: idle, apply: idle, progress: null }
          : w;
      }
      const plan = valueOf(w.plan);
      // The plan is for this choice: it holds every chosen task (additive plans add what the user has), exactly them when exact.
      const forChoice = plan !== undefined && (w.choice.exact === true ? sameTasks(plan.tasks, w.choice.tasks) : w.choice.tasks.every((task) => plan.tasks.includes(task)));
      return plan && plan.canApply && forChoice
        ? { step: 'review', pick: w.pick, choice: w.choice, plan, replan: idle, apply: idle }
        : w;
    }
    case 'review':
      // The shown plan must be the one for the add/exact choice: not while its re-plan is pending or failed.
      if (!replanSettled(w)) return w;
      if (w.apply.status === 'ready') {
        return { step: 'verify', pick: w.pick, choice: w.choice, plan: w.plan, applied: w.apply.value, report: idle, remove: idle };
      }
      // Nothing would change: go straight to checking with Meta instead of sending the same tasks again.
      return planChangesNothing(w.plan) ? { step: 'verify', pick: w.pick, choice: w.choice, plan: w.plan, applied: null, report: idle, remove: idle } : w;
    case 'verify':
      return w.report.status === 'ready'
        ? {
            step: 'receipt',
            pick: w.pick,
            choice: w.choice,
            plan: w.plan,
            applied: w.applied,
            report: w.report.value,
            receipt: idle,
            save: idle,
          }
        : w;
    case 'reviewMany':
      return w.apply.status === 'ready' ? { step: 'verifyMany', pick: w.pick, choice: w.choice, plan: w.plan, run: w.apply, progress: w.progress } : w;
    case 'verifyMany':
      return w.run.status === 'ready' ? { step: 'receiptMany', pick: w.pick, choice: w.choice, plan: w.plan, report: w.run.value } : w;
    case 'receipt':
    case 'receiptMany':
      return { step: 'handoff', pick: w.pick, from: w, handoff: idle, kitSave: idle, reminder: idle };
    case 'handoff':
    case 'checkReceipt':
      return w;
    default:
      return assertNever(w);
  }
}

/** Whether `next` would move on from this step (the steps enable their Next button with it). */
export const canAdvance = (w: WizardState): boolean => next(w) !== w;

export function back(w: WizardState): WizardState {
  switch (w.step) {
    case 'welcome':
      return w;
    case 'connect':
    case 'checkReceipt':
      return { step: 'welcome', choose: idle, profileLoad: idle };
    case 'account':
      return { step: 'connect', diagnosis: idle };
    case 'systemUser':
      return { ...accountStart, business: w.pick.business, wabaIds: accountsOf(w.pick).map((x) => x.id), several: isMany(w.pick) };
    case 'access':
      return { step: 'systemUser', pick: { business: w.pick.business, waba: w.pick.waba, more: w.pick.more }, users: idle, userId: w.pick.user.id };
    case 'review':
    case 'reviewMany':
      return { step: 'access', pick: w.pick, choice: w.choice, plan: idle, many: idle };
    case 'verifyMany':
      return { step: 'reviewMany', pick: w.pick, choice: w.choice, plan: w.plan, replan: idle, apply: idle, progress: null };
    case 'receiptMany':
      return { step: 'verifyMany', pick: w.pick, choice: w.choice, plan: w.plan, run: ready(w.report), progress: null };
    case 'verify':
      return { step: 'review', pick: w.pick, choice: w.choice, plan: w.plan, replan: idle, apply: idle };
    case 'receipt':
      return {
        step: 'verify',
        pick: w.pick,
        choice: w.choice,
        plan: w.plan,
        applied: w.applied,
        report: ready(w.report),
        remove: idle,
      };
    case 'handoff':
      return w.from.step === 'receipt' ? { ...w.from, receipt: idle, save: idle } : w.from;
    default:
      return assertNever(w);
  }
}
