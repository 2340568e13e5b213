/** Builds IPC requests from what the state carries (ids and tasks only; never a URL or the token). */
import type { WabaTask } from '../../shared/tasks';
import type { AccountPick, UserPick } from './state';

export const assignRequest = (pick: UserPick, tasks: readonly WabaTask[]) => ({
  wabaId: pick.waba.id,
  businessId: pick.business.id,
  userId: pick.user.id,
  tasks: [...tasks],
});

export const wabaUserRequest = (pick: UserPick) => ({
  wabaId: pick.waba.id,
  businessId: pick.business.id,
  userId: pick.user.id,
});

export const systemUsersRequest = (pick: AccountPick) => ({ businessId: pick.business.id, wabaId: pick.waba.id });
