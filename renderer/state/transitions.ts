/**
 * Moving between steps, as pure functions: `next` only when the current step
 * is complete, `back` rebuilding the previous step from what was carried
 * forward (its lists are reloaded by the controller).
 */
import { assertNever } from '../../shared/result';
import { sameTasks } from '../../shared/tasks';
import { defaultChoice } from './choice';
import { idle, ready, valueOf } from './loadable';
import type { WizardState } from './state';
import type { AccessPlan } from '../../shared/onboarding';

/** The plan found the user already has exactly these tasks. */
export const planChangesNothing = (plan: AccessPlan): boolean => plan.problems.some((p) => p.code === 'no-change');

/** Review's plan matches its add/exact choice: no re-plan is pending or failed. */
export const replanSettled = (w: Extract<WizardState, { step: 'review' }>): boolean => w.replan.status === 'idle' || w.replan.status === 'ready';

export const accountStart: Extract<WizardState, { step: 'account' }> = {
  step: 'account',
  businesses: idle,
  business: null,
  wabas: idle,
  wabaId: null,
  identify: idle,
};

export function next(w: WizardState): WizardState {
  switch (w.step) {
    case 'welcome':
      return w.choose.status === 'ready' ? { step: 'connect', diagnosis: idle } : w;
    case 'connect':
      if (!valueOf(w.diagnosis)?.usable) return w;
      return w.then === 'checkReceipt' ? { step: 'checkReceipt', fileName: null, check: idle } : accountStart;
    case 'account': {
      const waba = valueOf(w.wabas)?.find((x) => x.id === w.wabaId);
      return w.business && waba ? { step: 'systemUser', pick: { business: w.business, waba }, users: idle, userId: null } : w;
    }
    case 'systemUser': {
      const user = valueOf(w.users)?.find((u) => u.id === w.userId);
      return user ? { step: 'access', pick: { ...w.pick, user }, choice: defaultChoice(), plan: idle } : w;
    }
    case 'access': {
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
    case 'receipt':
      return { step: 'handoff', pick: w.pick, choice: w.choice, plan: w.plan, applied: w.applied, report: w.report, handoff: idle, kitSave: idle, reminder: idle };
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
      return { ...accountStart, business: w.pick.business, wabaId: w.pick.waba.id };
    case 'access':
      return { step: 'systemUser', pick: { business: w.pick.business, waba: w.pick.waba }, users: idle, userId: w.pick.user.id };
    case 'review':
      return { step: 'access', pick: w.pick, choice: w.choice, plan: idle };
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
      return { step: 'receipt', pick: w.pick, choice: w.choice, plan: w.plan, applied: w.applied, report: w.report, receipt: idle, save: idle };
    default:
      return assertNever(w);
  }
}
