/**
 * Several accounts at once (issue 9.4): one plan for one system user and one
 * task set over several WABAs of a business, one confirmation, then apply and
 * verify per account through the same journaled core as `bulk`, one receipt.
 */
import type { AppError } from './errors';
import type { AccessPlan, ApplyOutcome, VerifyReport } from './onboarding';

/** What happened to one account (the same outcomes as a bulk row). */
export type AccountOutcome = 'done' | 'already-in-place' | 'refused' | 'failed' | 'not-verified' | 'deferred';

/** Most WABAs in one multi-account plan (one Graph batch of reads). */
export const MAX_ACCOUNTS = 50;

/** change: the plan changes something; no-change: already so; refused: a rule blocks it; unread: Meta was throttling; error: unreadable. */
export type AccountPlanStatus = 'change' | 'no-change' | 'refused' | 'unread' | 'error';

export interface AccountPlan {
  readonly wabaId: string;
  readonly status: AccountPlanStatus;
  /** The per-account line: current tasks, what is added and taken away. Absent when it could not be read. */
  readonly plan?: AccessPlan;
  readonly error?: AppError;
}

export interface MultiPlan {
  readonly businessId: string;
  readonly userId: string;
  readonly tasks: readonly string[];
  /** The plan makes each account's list exact (takes away what is not in `tasks`); absent: it adds. */
  readonly exact?: true;
  readonly accounts: readonly AccountPlan[];
  readonly counts: { readonly change: number; readonly noChange: number; readonly refused: number; readonly unread: number; readonly error: number };
  /** True when at least one account would change (or must be re-read) and applying is worth asking for. */
  readonly worthApplying: boolean;
}

export interface AccountResult {
  readonly wabaId: string;
  readonly outcome: AccountOutcome;
  readonly reasons?: readonly string[];
  readonly error?: AppError;
  /** For `deferred`: when Meta allows calls to this WABA again (ISO time). */
  readonly retryAt?: string;
  readonly apply?: ApplyOutcome;
  readonly verify?: VerifyReport;
  /** What the exact list took away on this account (the receipt's row says it too); absent when nothing was. */
  readonly takenAway?: readonly string[];
  /** Of `takenAway`, what Meta still lists after the run (the account is then `not-verified`); absent when all is gone. */
  readonly stillThere?: readonly string[];
}

/** Where one account stands while a multi-account run goes on: waiting its turn, set aside by Meta until `until`, or ended. */
export type AccountProgressState = 'queued' | 'waiting' | AccountOutcome;

/** The run in progress (or the last one), read by the wizard while it waits for access.applyMany. */
export interface ManyProgress {
  readonly accounts: readonly { readonly wabaId: string; readonly state: AccountProgressState; readonly until?: string }[];
  readonly running: boolean;
}

export interface MultiApplyReport {
  readonly accounts: readonly AccountResult[];
  readonly summary: Readonly<Record<AccountOutcome, number>> & { readonly total: number };
  /** The one receipt of the run (a bulk receipt), saved under the receipts folder; null when it could not be written. */
  readonly receiptPath: string | null;
}
