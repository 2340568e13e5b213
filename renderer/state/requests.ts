/** Builds IPC requests from what the state carries (ids and tasks only; never a URL or the token). */
import type { WabaTask } from '../../shared/tasks';
import type { AccessChoice, AccountPick, UserPick } from './state';

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

export const systemUsersRequest = (pick: AccountPick) => ({ businessId: pick.business.id, wabaId: pick.waba.id });
