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
import type { HandoffReport } from '../../shared/handoff';
import type { MultiApplyReport, MultiPlan } from '../../shared/multi-account';
import type { LoadedProfile } from '../../shared/provider-profile';
import type { ReceiptCheckReport } from '../../shared/receipt-check';
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
  replan: AccessPlan;
  apply: ApplyOutcome;
  report: VerifyReport;
  remove: RemoveOutcome;
  receipt: Receipt;
  save: SavedFile;
  profile: LoadedProfile | null;
  profileLoad: LoadedProfile;
  handoff: HandoffReport;
  kitSave: SavedFile;
  reminder: SavedFile;
  check: ReceiptCheckReport;
  many: MultiPlan;
  manyReplan: MultiPlan;
  manyApply: MultiApplyReport;
  manyRun: MultiApplyReport;
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

/** The lens for field `key` of step `step`; LENSES' type checks that the field holds the slot's loadable. */
const stepLens = <K extends WizardState['step'], F extends keyof At<K>>(step: K, key: F) => ({
  get: (s: AppState): At<K>[F] | undefined => at(s, step)?.[key],
  set: (s: AppState, v: At<K>[F]): AppState => {
    const w = at(s, step);
    return w ? put(s, { ...w, [key]: v }) : s;
  },
});

export const LENSES: { readonly [S in Slot]: Lens<S> } = {
  mode: { get: (s) => s.mode, set: (s, v) => ({ ...s, mode: v }) },
  settings: { get: (s) => s.settings, set: (s, v) => ({ ...s, settings: v }) },
  settingsSave: { get: (s) => s.settingsSave, set: (s, v) => ({ ...s, settingsSave: v }) },
  forget: { get: (s) => s.forget, set: (s, v) => ({ ...s, forget: v }) },
  choose: stepLens('welcome', 'choose'),
  diagnosis: stepLens('connect', 'diagnosis'),
  businesses: stepLens('account', 'businesses'),
  wabas: stepLens('account', 'wabas'),
  identify: stepLens('account', 'identify'),
  users: stepLens('systemUser', 'users'),
  plan: stepLens('access', 'plan'),
  replan: stepLens('review', 'replan'),
  apply: stepLens('review', 'apply'),
  report: stepLens('verify', 'report'),
  remove: stepLens('verify', 'remove'),
  receipt: stepLens('receipt', 'receipt'),
  save: stepLens('receipt', 'save'),
  profile: { get: (s) => s.profile, set: (s, v) => ({ ...s, profile: v }) },
  profileLoad: stepLens('welcome', 'profileLoad'),
  handoff: stepLens('handoff', 'handoff'),
  kitSave: stepLens('handoff', 'kitSave'),
  reminder: stepLens('handoff', 'reminder'),
  check: stepLens('checkReceipt', 'check'),
  many: stepLens('access', 'many'),
  manyReplan: stepLens('reviewMany', 'replan'),
  manyApply: stepLens('reviewMany', 'apply'),
  manyRun: stepLens('verifyMany', 'run'),
};

/** The slot's loadable in the current state, if the current step has it. */
export const slotOf = <S extends Slot>(state: AppState, slot: S): Loadable<SlotValues[S]> | undefined =>
  LENSES[slot].get(state);
