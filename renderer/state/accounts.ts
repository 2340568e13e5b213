/**
 * Several accounts at once (issue 9.4), as pure functions: picking accounts
 * on the Account step, and which sharing rules the Access step's choice
 * follows when the accounts differ.
 */
import type { WabaId } from '../../shared/ids';
import { MAX_ACCOUNTS } from '../../shared/multi-account';
import type { DiscoveredWaba } from '../../shared/onboarding';
import { allowedTasks, type WabaSharing } from '../../shared/tasks';
import { valueOf } from './loadable';
import { accountsOf, type AccountPick, type WizardState } from './state';

type AccountState = Extract<WizardState, { step: 'account' }>;

const listed = (w: AccountState, id: WabaId): boolean => valueOf(w.wabas)?.some((x) => x.id === id) ?? false;

/** One account: it becomes the pick. Several: it is ticked or unticked (order of picking kept). */
export function pickAccount(w: AccountState, id: WabaId): AccountState {
  if (!listed(w, id)) return w;
  if (!w.several) return w.wabaIds.length === 1 && w.wabaIds[0] === id ? w : { ...w, wabaIds: [id] };
  if (w.wabaIds.includes(id)) return { ...w, wabaIds: w.wabaIds.filter((x) => x !== id) };
  return w.wabaIds.length >= MAX_ACCOUNTS ? w : { ...w, wabaIds: [...w.wabaIds, id] };
}

/** These accounts, in this order (those still listed); "several" when more than one. */
export function pickAccounts(w: AccountState, ids: readonly WabaId[]): AccountState {
  const kept = [...new Set(ids)].filter((id) => listed(w, id)).slice(0, MAX_ACCOUNTS);
  return { ...w, wabaIds: kept, several: w.several || kept.length > 1 };
}

/** Turning "several accounts" off keeps only the first pick. */
export const toggleSeveral = (w: AccountState): AccountState =>
  w.several ? { ...w, several: false, wabaIds: w.wabaIds.slice(0, 1) } : { ...w, several: true };

/** The picked accounts as the lists show them, in the order picked; null while any is missing. */
export function pickedAccounts(w: AccountState): readonly DiscoveredWaba[] | null {
  const list = valueOf(w.wabas);
  if (!list || w.wabaIds.length === 0) return null;
  const picked = w.wabaIds.map((id) => list.find((x) => x.id === id));
  return picked.every((x): x is DiscoveredWaba => x !== undefined) ? picked : null;
}

/**
 * The sharing the Access step's rules follow: the account's own, or with
 * several accounts the most permissive among them, so a task Meta allows on
 * one of them can be chosen; the plan then refuses it, per account, where
 * it is not allowed, and names the alternative.
 */
export const choiceSharing = (pick: AccountPick): WabaSharing =>
  accountsOf(pick).reduce((most, waba) => (allowedTasks(waba.sharing).length > allowedTasks(most).length ? waba.sharing : most), pick.waba.sharing);

/** True when the run covers more than one account. */
export const isMany = (pick: AccountPick): boolean => pick.more.length > 0;
