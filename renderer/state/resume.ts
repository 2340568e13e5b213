/**
 * Returning to where the user left off (issue 9.8). The saved progress names
 * a step and the choices; this walks the wizard forward to it through the
 * same reads and transitions a user would trigger, so every list is fresh
 * and every rule is checked again. It never applies anything: a step whose
 * conditions no longer hold (the account is gone, the plan changed) is where
 * it stops.
 */
import type { WizardApi } from '../../shared/ipc/bridge';
import type { WizardProgress } from '../../shared/progress';
import { asSystemUserId, asWabaId } from '../../shared/ids';
import { idle, valueOf } from './loadable';
import { choiceRequest, manyRequest, systemUsersRequest } from './requests';
import type { Runner } from './runner';
import { at } from './slots';
import type { Store } from './store';
import { accountStart } from './transitions';

export interface ResumeDeps {
  readonly api: WizardApi;
  readonly runner: Runner;
  readonly store: Store;
}

/** True while the wizard stands on `step` and the saved step lies beyond it. */
const goOn = (store: Store, progress: WizardProgress, step: WizardProgress['step']): boolean =>
  store.getState().wizard.step === step && progress.step !== step;

/** Walks from the Account step to the saved step; the token must already be connected. */
export async function resumeFromAccount(progress: WizardProgress, { api, runner, store }: ResumeDeps): Promise<void> {
  const dispatch = store.dispatch;
  dispatch({ type: 'restore', wizard: accountStart });
  await runner.run('businesses', () => api.accountBusinesses({}));
  const businesses = valueOf(at(store.getState(), 'account')?.businesses ?? { status: 'idle' }) ?? [];
  const business = businesses.find((b) => b.id === progress.businessId) ?? (businesses.length === 1 ? businesses[0] : undefined);
  if (!business) return;
  dispatch({ type: 'business-picked', business });
  await runner.run('wabas', () => api.accountWabas({ businessId: business.id }));
  if (progress.wabaIds) dispatch({ type: 'wabas-picked', wabaIds: progress.wabaIds.map(asWabaId) });
  if (!goOn(store, progress, 'account')) return;

  dispatch({ type: 'next' });
  const users = at(store.getState(), 'systemUser');
  if (!users) return;
  await runner.run('users', () => api.accountSystemUsers(systemUsersRequest(users.pick)));
  if (progress.userId) dispatch({ type: 'user-picked', userId: asSystemUserId(progress.userId) });
  if (!goOn(store, progress, 'systemUser')) return;

  dispatch({ type: 'next' });
  if (progress.tasks) dispatch({ type: 'choice-restored', tasks: progress.tasks, ...(progress.exact ? { exact: true } : {}) });
  const access = at(store.getState(), 'access');
  if (!access || !goOn(store, progress, 'access')) return;
  if (access.pick.more.length > 0) {
    // Several accounts stop on Review: its fresh plan (exact when it was) shows each account already in place and what exact takes away; nothing is sent without a new confirmation.
    await runner.run('many', () => api.accessPlanMany(manyRequest(access.pick, access.choice)));
    dispatch({ type: 'next' });
    return;
  }
  // The plan for the saved choice, exact when it was: Review shows what it takes away again before any confirm.
  await runner.run('plan', () => api.accessPlan(choiceRequest(access.pick, access.choice)));
  dispatch({ type: 'next' });
  // From Review, `next` moves on only when Meta already has exactly these tasks: nothing is applied here.
  if (!goOn(store, progress, 'review')) return;
  dispatch({ type: 'next' });
  const verify = at(store.getState(), 'verify');
  if (!verify) return;
  await runner.run('report', () => api.accessVerify(choiceRequest(verify.pick, verify.choice)));
  if (!goOn(store, progress, 'verify')) return;
  dispatch({ type: 'next' });
  if (goOn(store, progress, 'receipt')) dispatch({ type: 'next' });
}

/**
 * At start, with saved progress: the saved mode, then the token. Without a
 * usable token the wizard waits on Connect, and the progress is returned so
 * the walk can go on once a token is connected; otherwise null.
 */
export async function resumeSaved(progress: WizardProgress, deps: ResumeDeps): Promise<WizardProgress | null> {
  const { api, runner, store } = deps;
  const mode = () => valueOf(store.getState().mode)?.mode;
  if ((mode() ?? 'live') !== progress.mode) {
    await runner.run('mode', () => api.appSetMode({ mode: progress.mode }));
    if (mode() !== progress.mode) return null;
  }
  const status = await api.tokenStatus({});
  if (status.ok) store.dispatch({ type: 'token-status', status: status.value });
  if (!status.ok || !status.value.connected || progress.step === 'connect') {
    store.dispatch({ type: 'restore', wizard: { step: 'connect', diagnosis: idle } });
    return progress.step === 'connect' ? null : progress;
  }
  await resumeFromAccount(progress, deps);
  return null;
}
