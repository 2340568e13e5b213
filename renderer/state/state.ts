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
import { idle, valueOf, type Loadable } from './loadable';

export const STEPS = ['welcome', 'connect', 'account', 'systemUser', 'access', 'review', 'verify', 'receipt'] as const;
export type Step = (typeof STEPS)[number];

/** The business portfolio and the WhatsApp Business Account being worked on. */
export interface AccountPick {
  readonly business: Business;
  readonly waba: DiscoveredWaba;
}

/** ...and the system user that gets access. */
export interface UserPick extends AccountPick {
  readonly user: SystemUserAccess;
}

/** What the user chose on the Access step. */
export interface AccessChoice {
  readonly preset: PresetId;
  readonly tasks: readonly WabaTask[];
}

export interface SavedFile {
  readonly path: string;
  readonly format: 'json' | 'html';
}

export type WizardState =
  | { readonly step: 'welcome'; readonly choose: Loadable<ModeInfo> }
  | { readonly step: 'connect'; readonly diagnosis: Loadable<TokenDiagnosis> }
  | {
      readonly step: 'account';
      readonly businesses: Loadable<readonly Business[]>;
      readonly business: Business | null;
      readonly wabas: Loadable<readonly DiscoveredWaba[]>;
      readonly wabaId: WabaId | null;
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
    }
  | {
      readonly step: 'review';
      readonly pick: UserPick;
      readonly choice: AccessChoice;
      readonly plan: AccessPlan;
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
  wizard: { step: 'welcome', choose: idle },
};

export const stepNumber = (step: Step): number => STEPS.indexOf(step) + 1;
