/**
 * The one pure reducer (style.md P6, P7). An action that does not fit the
 * current step returns the state unchanged; an answer whose sequence number
 * is not the one its slot waits for is dropped.
 */
import type { AppError } from '../../shared/errors';
import { assertNever, type Result } from '../../shared/result';
import type { Action } from './actions';
import { choiceSharing, pickAccount, pickAccounts, toggleSeveral } from './accounts';
import { restoreChoice, pickPreset, toggleTask } from './choice';
import { failed, idle, isLoading, loading, ready } from './loadable';
import { LENSES, at, type Slot, type SlotValues } from './slots';
import { accountsOf, type AppState, type WizardState } from './state';
import { accountStart, back, next } from './transitions';

const withWizard = (state: AppState, wizard: WizardState): AppState =>
  wizard === state.wizard ? state : { ...state, wizard };

function request<S extends Slot>(state: AppState, slot: S, seq: number): AppState {
  const lens = LENSES[slot];
  return lens.get(state) === undefined ? state : lens.set(state, loading(seq));
}

function wait<S extends Slot>(state: AppState, slot: S, seq: number, until: number): AppState {
  const lens = LENSES[slot];
  const current = lens.get(state);
  if (current?.status !== 'loading' || current.seq !== seq) return state;
  return lens.set(state, { status: 'loading', seq, waitUntil: until });
}

function settle<S extends Slot>(state: AppState, slot: S, seq: number, result: Result<SlotValues[S], AppError>): AppState {
  const lens = LENSES[slot];
  const current = lens.get(state);
  if (current?.status !== 'loading' || current.seq !== seq) return state;
  const settled = lens.set(state, result.ok ? ready(result.value) : failed(result.error));
  return result.ok ? afterReady(settled, slot) : settled;
}

/** App-wide facts that follow from an answer. */
function afterReady(state: AppState, slot: Slot): AppState {
  switch (slot) {
    case 'choose': {
      const chosen = at(state, 'welcome')?.choose;
      return chosen ? { ...state, mode: chosen } : state;
    }
    case 'settingsSave':
      return { ...state, settings: state.settingsSave };
    case 'profileLoad': {
      const loaded = at(state, 'welcome')?.profileLoad;
      return loaded?.status === 'ready' ? { ...state, profile: loaded } : state;
    }
    case 'replan': {
      const w = at(state, 'review');
      return w?.replan.status === 'ready' ? { ...state, wizard: { ...w, plan: w.replan.value } } : state;
    }
    case 'manyReplan': {
      const w = at(state, 'reviewMany');
      return w?.replan.status === 'ready' ? { ...state, wizard: { ...w, plan: w.replan.value } } : state;
    }
    case 'forget': {
      const token = state.forget.status === 'ready' ? state.forget.value : state.token;
      const wizard = state.wizard.step === 'welcome' ? state.wizard : { step: 'connect' as const, diagnosis: idle };
      return { ...state, token, wizard };
    }
    default:
      return state;
  }
}

export function reducer(state: AppState, action: Action): AppState {
  switch (action.type) {
    case 'requested':
      return request(state, action.slot, action.seq);
    case 'loaded':
      return settle(state, action.slot, action.seq, action.result);
    case 'waiting':
      return wait(state, action.slot, action.seq, action.until);
    case 'token-status':
      return { ...state, token: action.status };
    case 'next':
      return withWizard(state, next(state.wizard));
    case 'back':
      return withWizard(state, back(state.wizard));
    case 'restart':
      return state.wizard.step === 'welcome' ? state : withWizard(state, accountStart);
    case 'reconnect':
      return withWizard(state, { step: 'connect', diagnosis: idle });
    case 'restore':
      return withWizard(state, action.wizard);
    case 'choice-restored': {
      const w = at(state, 'access');
      if (!w) return state;
      const choice = restoreChoice(action.tasks, choiceSharing(w.pick));
      return choice ? withWizard(state, { ...w, choice: action.exact === true ? { ...choice, exact: true } : choice, plan: idle, many: idle }) : state;
    }
    case 'business-picked': {
      const w = at(state, 'account');
      if (!w || w.business?.id === action.business.id) return state;
      return withWizard(state, { ...w, business: action.business, wabas: idle, wabaIds: [] });
    }
    case 'waba-picked': {
      const w = at(state, 'account');
      return w ? withWizard(state, pickAccount(w, action.wabaId)) : state;
    }
    case 'wabas-picked': {
      const w = at(state, 'account');
      return w ? withWizard(state, pickAccounts(w, action.wabaIds)) : state;
    }
    case 'several-toggled': {
      const w = at(state, 'account');
      return w ? withWizard(state, toggleSeveral(w)) : state;
    }
    case 'many-progress': {
      const w = at(state, 'reviewMany') ?? at(state, 'verifyMany');
      return w ? withWizard(state, { ...w, progress: action.progress }) : state;
    }
    case 'handoff-account-picked': {
      const w = at(state, 'handoff');
      const waba = w ? accountsOf(w.from.pick).find((x) => x.id === action.wabaId) : undefined;
      if (!w || !waba || waba.id === w.pick.waba.id) return state;
      return withWizard(state, { ...w, pick: { ...w.pick, waba }, handoff: idle, kitSave: idle, reminder: idle });
    }
    case 'user-picked': {
      const w = at(state, 'systemUser');
      const known = w?.users.status === 'ready' && w.users.value.some((u) => u.id === action.userId);
      return w && known ? withWizard(state, { ...w, userId: action.userId }) : state;
    }
    case 'preset-picked': {
      const w = at(state, 'access');
      if (!w) return state;
      const choice = pickPreset(w.choice, action.preset, choiceSharing(w.pick));
      return choice === w.choice ? state : withWizard(state, { ...w, choice, plan: idle, many: idle });
    }
    case 'task-toggled': {
      const w = at(state, 'access');
      if (!w) return state;
      const choice = toggleTask(w.choice, action.task, choiceSharing(w.pick));
      return choice === w.choice ? state : withWizard(state, { ...w, choice, plan: idle, many: idle });
    }
    case 'exact-chosen': {
      const w = at(state, 'review') ?? at(state, 'reviewMany');
      if (!w || (w.choice.exact === true) === action.exact || isLoading(w.apply)) return state;
      return withWizard(state, { ...w, choice: { ...w.choice, exact: action.exact }, replan: idle });
    }
    case 'settings-opened':
      return state.settingsOpen ? state : { ...state, settingsOpen: true, settingsSave: idle };
    case 'settings-closed':
      return state.settingsOpen ? { ...state, settingsOpen: false } : state;
    default:
      return assertNever(action);
  }
}
