/** Builds IPC requests from what the state carries (ids and tasks only; never a URL or the token). */
import type { WabaTask } from '../../shared/tasks';
import { accountsOf, type AccessChoice, type AccountPick, type UserPick } from './state';

export const assignRequest = (pick: UserPick, tasks: readonly WabaTask[]) => ({
  wabaId: pick.waba.id,
  businessId: pick.business.id,
  userId: pick.user.id,
  tasks: [...tasks],
});

/** The plan, apply and verify request of a choice: with `exact` only when the user chose it on Review. */
export const choiceRequest = (pick: UserPick, choice: AccessChoice) => ({
  ...assignRequest(pick, choice.tasks),
  ...(choice.exact === true ? { exact: true } : {}),
});

export const wabaUserRequest = (pick: UserPick) => ({
  wabaId: pick.waba.id,
  businessId: pick.business.id,
  userId: pick.user.id,
});

/** With several accounts, no account is named: "now on this account" would speak of the first one only. */
export const systemUsersRequest = (pick: AccountPick) => (pick.more.length > 0 ? { businessId: pick.business.id } : { businessId: pick.business.id, wabaId: pick.waba.id });

/** One system user and one task set over every picked account (issue 9.4), with `exact` only when the user chose it on Review. */
export const manyRequest = (pick: UserPick, choice: Pick<AccessChoice, 'tasks' | 'exact'>) => ({
  businessId: pick.business.id,
  userId: pick.user.id,
  wabaIds: accountsOf(pick).map((waba) => waba.id),
  tasks: [...choice.tasks],
  ...(choice.exact === true ? { exact: true } : {}),
});
