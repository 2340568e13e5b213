/**
 * The wizard's state: a union keyed by step (style.md P6). Later steps carry
 * earlier decisions as required fields, so "Review without a chosen system
 * user" cannot be written. The token itself is never part of the state.
 */
import type { Business, IdentifiedObject } from '../../shared/domain';
import type { ModeInfo, SettingsView } from '../../shared/ipc/contract';
import type { SystemUserId, WabaId } from '../../shared/ids';
import type {
  AccessPlan,
  ApplyOutcome,
  DiscoveredWaba,
  Receipt,
  RemoveOutcome,
  SystemUserAccess,
  TokenDiagnosis,
  TokenFingerprint,
  TokenStatus,
  VerifyReport,
} from '../../shared/onboarding';
import type { PresetId, WabaTask } from '../../shared/tasks';
import type { HandoffReport } from '../../shared/handoff';
import type { ManyProgress, MultiApplyReport, MultiPlan } from '../../shared/multi-account';
import type { LoadedProfile } from '../../shared/provider-profile';
import type { ReceiptCheckReport } from '../../shared/receipt-check';
import { idle, valueOf, type Loadable } from './loadable';

/** The steps of the onboarding, in order (the progress list shows these). */
export const STEPS = ['welcome', 'connect', 'account', 'systemUser', 'access', 'review', 'verify', 'receipt', 'handoff'] as const;
/** Every screen the wizard can show: the steps, and "Check an earlier receipt" beside them. */
export type Step = (typeof STEPS)[number] | 'checkReceipt';

/** The several-accounts screens and the step of the progress list each one stands for. */
export const SHOWN_AS = { reviewMany: 'review', verifyMany: 'verify', receiptMany: 'receipt' } as const satisfies Record<string, Step>;
/** The step a wizard state shows as in the progress list. */
export const shownStep = (step: WizardState['step']): Step => (step in SHOWN_AS ? SHOWN_AS[step as keyof typeof SHOWN_AS] : (step as Step));

/** Every account picked, in the order picked. */
export const accountsOf = (pick: AccountPick): readonly DiscoveredWaba[] => [pick.waba, ...pick.more];

/** The business portfolio and the WhatsApp Business Account being worked on. */
export interface AccountPick {
  readonly business: Business;
  /** The account (the first one picked, when several are). */
  readonly waba: DiscoveredWaba;
  /** The other accounts picked on the Account step (issue 9.4); empty on the one-account path. */
  readonly more: readonly DiscoveredWaba[];
}

/** ...and the system user that gets access. */
export interface UserPick extends AccountPick {
  readonly user: SystemUserAccess;
}

/** What the user chose on the Access step. */
export interface AccessChoice {
  readonly preset: PresetId;
  readonly tasks: readonly WabaTask[];
  /**
   * Chosen on Review: take away the tasks not chosen (the CLI's --exact). Absent or false, the
   * tasks are added to what the user has (issue 8.5); a new task choice starts additive again.
   */
  readonly exact?: boolean;
}

export interface SavedFile {
  readonly path: string;
  readonly format: 'json' | 'html' | 'ics';
}

/** Where Connect leads once the token is usable: the Account step, or back to checking a receipt. */
export type AfterConnect = 'account' | 'checkReceipt';

export type WizardState =
  | { readonly step: 'welcome'; readonly choose: Loadable<ModeInfo>; readonly profileLoad: Loadable<LoadedProfile> }
  | { readonly step: 'connect'; readonly diagnosis: Loadable<TokenDiagnosis>; readonly then?: AfterConnect }
  | {
      readonly step: 'account';
      readonly businesses: Loadable<readonly Business[]>;
      readonly business: Business | null;
      readonly wabas: Loadable<readonly DiscoveredWaba[]>;
      /** The picked accounts in the order they were picked; at most one unless `several`. */
      readonly wabaIds: readonly WabaId[];
      /** The user asked to give the same access on several accounts at once (a checkbox list instead of one choice). */
      readonly several: boolean;
      readonly identify: Loadable<IdentifiedObject>;
    }
  | {
      readonly step: 'systemUser';
      readonly pick: AccountPick;
      readonly users: Loadable<readonly SystemUserAccess[]>;
      readonly userId: SystemUserId | null;
    }
  | {
      readonly step: 'access';
      readonly pick: UserPick;
      readonly choice: AccessChoice;
      readonly plan: Loadable<AccessPlan>;
      /** With several accounts: the one plan with a line per account. */
      readonly many: Loadable<MultiPlan>;
    }
  | {
      readonly step: 'review';
      readonly pick: UserPick;
      readonly choice: AccessChoice;
      /** The plan for the choice as it stands (additive, or exact once the re-plan for it is in). */
      readonly plan: AccessPlan;
      /** The plan asked again after the add/exact choice changed; until it is in, nothing can be applied. */
      readonly replan: Loadable<AccessPlan>;
      readonly apply: Loadable<ApplyOutcome>;
    }
  | {
      readonly step: 'verify';
      readonly pick: UserPick;
      readonly choice: AccessChoice;
      readonly plan: AccessPlan;
      readonly applied: ApplyOutcome | null;
      readonly report: Loadable<VerifyReport>;
      readonly remove: Loadable<RemoveOutcome>;
    }
  | {
      readonly step: 'receipt';
      readonly pick: UserPick;
      readonly choice: AccessChoice;
      readonly plan: AccessPlan;
      readonly applied: ApplyOutcome | null;
      readonly report: VerifyReport;
      readonly receipt: Loadable<Receipt>;
      readonly save: Loadable<SavedFile>;
    }
  | {
      readonly step: 'reviewMany';
      readonly pick: UserPick;
      readonly choice: AccessChoice;
      /** The plan for the choice as it stands (additive, or exact once the re-plan for it is in). */
      readonly plan: MultiPlan;
      /** The plan asked again after the add/exact choice changed; until it is in, nothing can be applied. */
      readonly replan: Loadable<MultiPlan>;
      readonly apply: Loadable<MultiApplyReport>;
      /** Each account's state while the run goes on. */
      readonly progress: ManyProgress | null;
    }
  | {
      readonly step: 'verifyMany';
      readonly pick: UserPick;
      readonly choice: AccessChoice;
      readonly plan: MultiPlan;
      /** The run's report; "Try again" (or the end of Meta's wait) runs the accounts again, nothing done is sent twice. */
      readonly run: Loadable<MultiApplyReport>;
      readonly progress: ManyProgress | null;
    }
  | {
      readonly step: 'receiptMany';
      readonly pick: UserPick;
      readonly choice: AccessChoice;
      readonly plan: MultiPlan;
      readonly report: MultiApplyReport;
    }
  | {
      readonly step: 'handoff';
      /** `pick.waba` is the account the provider's token is checked against (one of `from.pick`'s accounts). */
      readonly pick: UserPick;
      /** The receipt step this one came from (Back returns to it). */
      readonly from: Extract<WizardState, { step: 'receipt' | 'receiptMany' }>;
      /** The provider's token check; the token itself is never in the state. */
      readonly handoff: Loadable<HandoffReport>;
      readonly kitSave: Loadable<SavedFile>;
      readonly reminder: Loadable<SavedFile>;
    }
  | {
      readonly step: 'checkReceipt';
      /** The picked file's name (its text goes straight to main). */
      readonly fileName: string | null;
      readonly check: Loadable<ReceiptCheckReport>;
    };

/** Everything the renderer knows: app-wide facts plus the current step. */
export interface AppState {
  readonly mode: Loadable<ModeInfo>;
  readonly settings: Loadable<SettingsView>;
  readonly settingsSave: Loadable<SettingsView>;
  readonly settingsOpen: boolean;
  /** The latest status main reported; never the token. */
  readonly token: TokenStatus | null;
  readonly forget: Loadable<TokenStatus>;
  /** The provider profile loaded this session (issue 9.3), if any. */
  readonly profile: Loadable<LoadedProfile | null>;
  readonly wizard: WizardState;
}

/** The mode when the app runs against the practice server, else null. */
export const practiceMode = (app: AppState): ModeInfo | null => {
  const mode = valueOf(app.mode);
  return mode?.mode === 'practice' ? mode : null;
};

/** What the renderer may know about the connected token (never the token), else null. */
export const tokenFingerprint = (app: AppState): TokenFingerprint | null => (app.token?.connected ? app.token.fingerprint : null);

export const initialState: AppState = {
  mode: idle,
  settings: idle,
  settingsSave: idle,
  settingsOpen: false,
  token: null,
  forget: idle,
  profile: idle,
  wizard: { step: 'welcome', choose: idle, profileLoad: idle },
};

/** The step's place in the progress list (1-based), or 0 for a screen beside the steps. */
export const stepNumber = (step: Step): number => (STEPS as readonly Step[]).indexOf(step) + 1;

/** The loaded provider profile, else null. */
export const loadedProfile = (app: AppState): LoadedProfile | null => (app.profile.status === 'ready' ? app.profile.value : null);
