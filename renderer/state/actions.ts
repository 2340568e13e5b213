/** Everything that can happen to the state; the reducer is the only reader. */
import type { Business } from '../../shared/domain';
import type { AppError } from '../../shared/errors';
import type { SystemUserId, WabaId } from '../../shared/ids';
import type { TokenStatus } from '../../shared/onboarding';
import type { ManyProgress } from '../../shared/multi-account';
import type { Result } from '../../shared/result';
import type { PresetId, WabaTask } from '../../shared/tasks';
import type { Slot, SlotValues } from './slots';
import type { WizardState } from './state';

/** An answer for a slot, tagged with the sequence number of its request. */
export type LoadedAction = {
  readonly [S in Slot]: {
    readonly type: 'loaded';
    readonly slot: S;
    readonly seq: number;
    readonly result: Result<SlotValues[S], AppError>;
  };
}[Slot];

export type Action =
  | { readonly type: 'requested'; readonly slot: Slot; readonly seq: number }
  | LoadedAction
  /** Meta asked us to slow down: the request stays pending until `until` (epoch ms), then is sent again. */
  | { readonly type: 'waiting'; readonly slot: Slot; readonly seq: number; readonly until: number }
  | { readonly type: 'token-status'; readonly status: TokenStatus }
  | { readonly type: 'next' }
  | { readonly type: 'back' }
  | { readonly type: 'restart' }
  | { readonly type: 'reconnect' }
  /** Start of a resume (issue 9.8): the step the walk back to the saved progress begins on. */
  | { readonly type: 'restore'; readonly wizard: WizardState }
  /** The saved Access choice, checked again against this account's rules. */
  | { readonly type: 'choice-restored'; readonly tasks: readonly WabaTask[]; readonly exact?: boolean }
  | { readonly type: 'business-picked'; readonly business: Business }
  /** One account: picks it; with "several accounts" on: ticks or unticks it. */
  | { readonly type: 'waba-picked'; readonly wabaId: WabaId }
  /** These accounts, in this order (a resume, or "Pick all"); several when more than one. */
  | { readonly type: 'wabas-picked'; readonly wabaIds: readonly WabaId[] }
  | { readonly type: 'several-toggled' }
  /** How each account of the multi-account run stands (read from main while the run goes on). */
  | { readonly type: 'many-progress'; readonly progress: ManyProgress }
  /** The account the provider's token is checked against on the Hand-off step. */
  | { readonly type: 'handoff-account-picked'; readonly wabaId: WabaId }
  | { readonly type: 'user-picked'; readonly userId: SystemUserId }
  | { readonly type: 'preset-picked'; readonly preset: PresetId }
  | { readonly type: 'task-toggled'; readonly task: WabaTask }
  /** Review: add the tasks to what the user has (false) or make the list exact (true). */
  | { readonly type: 'exact-chosen'; readonly exact: boolean }
  | { readonly type: 'settings-opened' }
  | { readonly type: 'settings-closed' };
