/**
 * The wizard's effects, outside components and the reducer (style.md P7).
 * Components call these methods; each one dispatches actions and, through the
 * runner, calls window.wizard. The pasted token passes through `connect` once
 * and is not kept anywhere.
 */
import type { Business } from '../../shared/domain';
import type { SettingsView } from '../../shared/ipc/contract';
import type { WizardApi } from '../../shared/ipc/bridge';
import type { PracticeTokenLabel } from '../../shared/ipc/schemas';
import type { WizardProgress } from '../../shared/progress';
import type { SystemUserId, WabaId } from '../../shared/ids';
import { ok, type Result } from '../../shared/result';
import type { PresetId, WabaTask } from '../../shared/tasks';
import type { Action } from './actions';
import { isMany } from './accounts';
import { createFinishActions, type FinishActions } from './finish-actions';
import { createManyActions, type ManyActions } from './many-actions';
import { valueOf } from './loadable';
import { progressOf } from './progress';
import { resumeFromAccount, resumeSaved } from './resume';
import { assignRequest, choiceRequest, systemUsersRequest, wabaUserRequest } from './requests';
import { createRunner, systemClock, type Clock, type RunOptions } from './runner';
import { at, type Slot } from './slots';
import { loadedProfile } from './state';
import { replanSettled } from './transitions';
import type { Store } from './store';

export type SettingsPatch = Partial<Pick<SettingsView, 'language' | 'theme' | 'apiVersion' | 'proxy'>>;

export interface Controller extends FinishActions, Omit<ManyActions, 'planMany' | 'applyMany' | 'replanMany' | 'dispose'> {
  init(): void;
  chooseMode(mode: 'live' | 'practice'): void;
  /** A pasted token, with the app secret when the user gave one (apps with "Require App Secret" on). */
  connect(token: string, appSecret?: string): void;
  usePractice(label: PracticeTokenLabel): void;
  inspect(): void;
  next(): void;
  back(): void;
  restart(): void;
  reconnect(): void;
  pickBusiness(business: Business): void;
  pickWaba(id: WabaId): void;
  /** "Several accounts at once" on or off (Account step). */
  toggleSeveral(): void;
  /** Review with several accounts, after the one confirmation. */
  applyMany(): void;
  identify(id: string): void;
  pickUser(id: SystemUserId): void;
  reloadUsers(): void;
  pickPreset(preset: PresetId): void;
  toggleTask(task: WabaTask): void;
  /** Review: add the tasks to what the user has, or make the list exact; the plan is asked again. */
  chooseExact(exact: boolean): void;
  apply(): void;
  verify(): void;
  remove(): void;
  saveReceipt(format: 'json' | 'html'): void;
  openSettings(): void;
  closeSettings(): void;
  saveSettings(patch: SettingsPatch): void;
  forgetToken(): void;
  retry(slot: Slot): void;
  dispose(): void;
}

const mapOk = <T, U, E>(result: Result<T, E>, f: (value: T) => U): Result<U, E> => (result.ok ? ok(f(result.value)) : result);

export function createController(api: WizardApi, store: Store, clock: Clock = systemClock): Controller {
  const runner = createRunner(store, clock);
  const dispatch = (action: Action): void => store.dispatch(action);
  const state = () => store.getState();

  const refreshToken = (): void => {
    void api.tokenStatus({}).then((r) => r.ok && dispatch({ type: 'token-status', status: r.value }), () => undefined);
  };

  const inspectCall = () => api.tokenInspect({});

  /** Saved progress waiting for a token: the walk resumes once Connect is done (issue 9.8). */
  let pendingResume: WizardProgress | null = null;
  /** Progress is sent to main only after start-up has decided where to begin. */
  let lastSaved: string | null = null;
  let stopSaving: (() => void) | null = null;

  function saveProgress(): void {
    const progress = progressOf(state());
    const key = JSON.stringify(progress);
    if (key === lastSaved) return;
    lastSaved = key;
    void (progress ? api.progressSave(progress) : api.progressClear({}));
  }

  async function start(): Promise<void> {
    const saved = await api.progressGet({});
    await Promise.all([
      runner.run('mode', () => api.appMode({})),
      runner.run('settings', () => api.settingsGet({})),
      runner.run('profile', () => api.profileCurrent({})),
    ]);
    if (saved.ok && saved.value) pendingResume = await resumeSaved(saved.value, { api, runner, store });
    else refreshToken();
    enter();
    lastSaved = JSON.stringify(progressOf(state()));
    stopSaving = store.subscribe(saveProgress);
  }

  const advance = (): void => {
    dispatch({ type: 'next' });
    const profile = loadedProfile(state());
    // A provider profile preselects its tasks (only those this account allows; the plan checks them again).
    if (profile && state().wizard.step === 'access') dispatch({ type: 'choice-restored', tasks: profile.profile.tasks.map((t) => t.task) });
    enter();
  };

  /** Loads what the step shows, once, when the user arrives on it. */
  function enter(): void {
    const s = state();
    const w = s.wizard;
    switch (w.step) {
      case 'connect':
        if (s.token?.connected && w.diagnosis.status === 'idle') void runner.run('diagnosis', inspectCall);
        return;
      case 'account':
        if (w.businesses.status === 'idle') loadBusinesses();
        if (w.business && w.wabas.status === 'idle') loadWabas(w.business);
        return;
      case 'systemUser':
        if (w.users.status === 'idle') loadUsers(w.pick);
        return;
      case 'verify':
        if (w.report.status === 'idle') verify();
        return;
      case 'receipt':
        if (w.receipt.status === 'idle') void runner.run('receipt', () => api.receiptGet(wabaUserRequest(w.pick)));
        return;
      default:
        return;
    }
  }

  /** Lists the system users; the one the provider profile names is picked when nothing is chosen yet. */
  function loadUsers(pick: Parameters<typeof systemUsersRequest>[0]): Promise<void> {
    return runner.run('users', () => api.accountSystemUsers(systemUsersRequest(pick)), {
      onReady: (users) => {
        const w = at(state(), 'systemUser');
        const name = loadedProfile(state())?.profile.systemUserName.trim().toLowerCase();
        const named = name ? users.find((u) => u.name.trim().toLowerCase() === name) : undefined;
        if (w && !w.userId && named) dispatch({ type: 'user-picked', userId: named.id });
      },
    });
  }

  function loadBusinesses(): void {
    void runner.run('businesses', () => api.accountBusinesses({}), {
      onReady: (list) => {
        const w = at(state(), 'account');
        if (!w || w.business) return;
        const lastId = valueOf(state().settings)?.lastBusinessId ?? null;
        const only = list.length === 1 ? list[0] : list.find((b) => b.id === lastId);
        if (only) pickBusiness(only);
      },
    });
  }

  function loadWabas(business: Business): void {
    void runner.run('wabas', () => api.accountWabas({ businessId: business.id }), {
      onReady: (list) => {
        const w = at(state(), 'account');
        const only = list.length === 1 ? list[0] : undefined;
        if (w && w.wabaIds.length === 0 && only) dispatch({ type: 'waba-picked', wabaId: only.id });
      },
    });
  }

  function pickBusiness(business: Business): void {
    dispatch({ type: 'business-picked', business });
    const w = at(state(), 'account');
    if (w?.business?.id === business.id && w.wabas.status === 'idle') loadWabas(business);
  }

  function verify(): void {
    const w = at(state(), 'verify');
    if (w) void runner.run('report', () => api.accessVerify(assignRequest(w.pick, w.choice.tasks)));
  }

  /** Connecting (pasted or practice token): main answers with the new status and the diagnosis. */
  function connectWith(call: () => ReturnType<WizardApi['tokenConnect']>, options?: RunOptions<'diagnosis'>): void {
    void runner.run(
      'diagnosis',
      async () => {
        const r = await call();
        if (r.ok) dispatch({ type: 'token-status', status: r.value.status });
        return mapOk(r, (outcome) => outcome.diagnosis);
      },
      options,
    );
  }

  function loadSettings(): void {
    void runner.run('settings', () => api.settingsGet({}));
  }

  const finish = createFinishActions(api, store, runner, () => enter());
  const many = createManyActions(api, store, runner, clock);

  return {
    ...finish,
    rerunMany: many.rerunMany,
    pickHandoffAccount: many.pickHandoffAccount,
    toggleSeveral: () => dispatch({ type: 'several-toggled' }),
    applyMany: () => many.applyMany(advance),
    /** Back to the System user step's list after a trip to Business Suite (issue 9.7). */
    reloadUsers() {
      const w = at(state(), 'systemUser');
      if (w) void loadUsers(w.pick);
    },
    init() {
      void start();
    },
    chooseMode(mode) {
      void runner.run('choose', () => api.appSetMode({ mode }), {
        onReady: () => {
          refreshToken();
          advance();
        },
      });
    },
    connect(token, appSecret) {
      const pasted = token.trim();
      if (!pasted) return;
      const secret = appSecret?.trim();
      // Neither is kept for "Try again": it inspects the stored token instead.
      connectWith(() => api.tokenConnect({ token: pasted, ...(secret ? { appSecret: secret } : {}) }), { replay: inspectCall });
    },
    usePractice(label) {
      connectWith(() => api.tokenUsePractice({ label }));
    },
    inspect() {
      void runner.run('diagnosis', inspectCall);
    },
    next() {
      const w = state().wizard;
      const resuming = pendingResume;
      if (w.step === 'connect' && resuming && valueOf(w.diagnosis)?.usable) {
        pendingResume = null;
        void resumeFromAccount(resuming, { api, runner, store }).then(enter);
        return;
      }
      if (w.step !== 'access') return advance();
      if (w.choice.tasks.length === 0) return;
      if (isMany(w.pick)) return many.planMany(advance);
      void runner.run('plan', () => api.accessPlan(choiceRequest(w.pick, w.choice)), {
        onReady: (plan) => {
          if (plan.canApply) advance();
        },
      });
    },
    back() {
      dispatch({ type: 'back' });
      enter();
    },
    restart() {
      dispatch({ type: 'restart' });
      enter();
    },
    reconnect() {
      dispatch({ type: 'reconnect' });
      refreshToken();
      enter();
    },
    pickBusiness,
    pickWaba: (wabaId) => dispatch({ type: 'waba-picked', wabaId }),
    identify(id) {
      const trimmed = id.trim();
      if (trimmed) void runner.run('identify', () => api.accountIdentify({ id: trimmed }));
    },
    pickUser: (userId) => dispatch({ type: 'user-picked', userId }),
    pickPreset: (preset) => dispatch({ type: 'preset-picked', preset }),
    toggleTask: (task) => dispatch({ type: 'task-toggled', task }),
    chooseExact(exact) {
      dispatch({ type: 'exact-chosen', exact });
      const w = at(state(), 'review');
      if (w?.replan.status === 'idle' && (w.choice.exact === true) === exact) {
        void runner.run('replan', () => api.accessPlan(choiceRequest(w.pick, w.choice)));
      }
      many.replanMany(exact);
    },
    apply() {
      const w = at(state(), 'review');
      // The plan's task set (additive: what the user has plus the choice), exact only when chosen on Review.
      if (w && replanSettled(w)) void runner.run('apply', () => api.accessApply(choiceRequest(w.pick, { ...w.choice, tasks: w.plan.tasks })), { onReady: advance });
    },
    verify,
    remove() {
      const w = at(state(), 'verify');
      if (w) void runner.run('remove', () => api.accessRemove(wabaUserRequest(w.pick)), { onReady: verify });
    },
    saveReceipt(format) {
      const w = at(state(), 'receipt');
      if (!w) return;
      void runner.run('save', async () =>
        mapOk(await api.receiptSave({ ...wabaUserRequest(w.pick), format }), (saved) => ({ path: saved.path, format })),
      );
    },
    openSettings() {
      dispatch({ type: 'settings-opened' });
      if (state().settings.status !== 'ready') loadSettings();
      refreshToken();
    },
    closeSettings: () => dispatch({ type: 'settings-closed' }),
    saveSettings(patch) {
      void runner.run('settingsSave', () => api.settingsUpdate(patch));
    },
    forgetToken() {
      void runner.run('forget', () => api.tokenForget({}), { onReady: enter });
    },
    retry: (slot) => void runner.retry(slot),
    dispose() {
      stopSaving?.();
      many.dispose();
      runner.dispose();
    },
  };
}
