/**
 * Every async value of the state has a name (a slot) and a lens that finds it
 * in the current state. A slot that does not exist in the current step reads
 * as undefined, which is how answers for a step the user has left are
 * ignored.
 */
import type { Business, IdentifiedObject } from '../../shared/domain';
import type { ModeInfo, SettingsView } from '../../shared/ipc/contract';
import type {
  AccessPlan,
  ApplyOutcome,
  DiscoveredWaba,
  Receipt,
  RemoveOutcome,
  SystemUserAccess,
  TokenDiagnosis,
  TokenStatus,
  VerifyReport,
} from '../../shared/onboarding';
import type { Loadable } from './loadable';
import type { AppState, SavedFile, WizardState } from './state';

export interface SlotValues {
  mode: ModeInfo;
  settings: SettingsView;
  settingsSave: SettingsView;
  forget: TokenStatus;
  choose: ModeInfo;
  diagnosis: TokenDiagnosis;
  businesses: readonly Business[];
  wabas: readonly DiscoveredWaba[];
  identify: IdentifiedObject;
  users: readonly SystemUserAccess[];
  plan: AccessPlan;
  apply: ApplyOutcome;
  report: VerifyReport;
  remove: RemoveOutcome;
  receipt: Receipt;
  save: SavedFile;
}
export type Slot = keyof SlotValues;

export interface Lens<S extends Slot> {
  get(state: AppState): Loadable<SlotValues[S]> | undefined;
  set(state: AppState, value: Loadable<SlotValues[S]>): AppState;
}

type At<K extends WizardState['step']> = Extract<WizardState, { step: K }>;

/** The current step's state when it is `step`, else undefined. */
export const at = <K extends WizardState['step']>(state: AppState, step: K): At<K> | undefined =>
  state.wizard.step === step ? (state.wizard as At<K>) : undefined;

const put = (state: AppState, wizard: WizardState): AppState => ({ ...state, wizard });

export const LENSES: { readonly [S in Slot]: Lens<S> } = {
  mode: { get: (s) => s.mode, set: (s, v) => ({ ...s, mode: v }) },
  settings: { get: (s) => s.settings, set: (s, v) => ({ ...s, settings: v }) },
  settingsSave: { get: (s) => s.settingsSave, set: (s, v) => ({ ...s, settingsSave: v }) },
  forget: { get: (s) => s.forget, set: (s, v) => ({ ...s, forget: v }) },
  choose: {
    get: (s) => at(s, 'welcome')?.choose,
    set: (s, v) => { const w = at(s, 'welcome'); return w ? put(s, { ...w, choose: v }) : s; },
  },
  diagnosis: {
    get: (s) => at(s, 'connect')?.diagnosis,
    set: (s, v) => { const w = at(s, 'connect'); return w ? put(s, { ...w, diagnosis: v }) : s; },
  },
  businesses: {
    get: (s) => at(s, 'account')?.businesses,
    set: (s, v) => { const w = at(s, 'account'); return w ? put(s, { ...w, businesses: v }) : s; },
  },
  wabas: {
    get: (s) => at(s, 'account')?.wabas,
    set: (s, v) => { const w = at(s, 'account'); return w ? put(s, { ...w, wabas: v }) : s; },
  },
  identify: {
    get: (s) => at(s, 'account')?.identify,
    set: (s, v) => { const w = at(s, 'account'); return w ? put(s, { ...w, identify: v }) : s; },
  },
  users: {
    get: (s) => at(s, 'systemUser')?.users,
    set: (s, v) => { const w = at(s, 'systemUser'); return w ? put(s, { ...w, users: v }) : s; },
  },
  plan: {
    get: (s) => at(s, 'access')?.plan,
    set: (s, v) => { const w = at(s, 'access'); return w ? put(s, { ...w, plan: v }) : s; },
  },
  apply: {
    get: (s) => at(s, 'review')?.apply,
    set: (s, v) => { const w = at(s, 'review'); return w ? put(s, { ...w, apply: v }) : s; },
  },
  report: {
    get: (s) => at(s, 'verify')?.report,
    set: (s, v) => { const w = at(s, 'verify'); return w ? put(s, { ...w, report: v }) : s; },
  },
  remove: {
    get: (s) => at(s, 'verify')?.remove,
    set: (s, v) => { const w = at(s, 'verify'); return w ? put(s, { ...w, remove: v }) : s; },
  },
  receipt: {
    get: (s) => at(s, 'receipt')?.receipt,
    set: (s, v) => { const w = at(s, 'receipt'); return w ? put(s, { ...w, receipt: v }) : s; },
  },
  save: {
    get: (s) => at(s, 'receipt')?.save,
    set: (s, v) => { const w = at(s, 'receipt'); return w ? put(s, { ...w, save: v }) : s; },
  },
};

/** The slot's loadable in the current state, if the current step has it. */
export const slotOf = <S extends Slot>(state: AppState, slot: S): Loadable<SlotValues[S]> | undefined =>
  LENSES[slot].get(state);
