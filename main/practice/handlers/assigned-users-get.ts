/**
 * GET /{waba}/assigned_users?business=… (graph-api.md §2.2, A7). `business`
 * is required; a business without access to the WABA answers per the
 * mismatchedBusiness switch; implicit admins are listed only when switched on.
 */
import { GRANULAR_TASKS, MANAGE_UNPACKED } from '../../../shared/tasks';
import { businessesWithAccess, isAdminRole, manageAllowedFor } from '../access';
import { fail, type HandlerContext } from '../context';
import { stringParam } from '../params';
import { businessHasNoAccess, parameterRequired } from '../payloads';
import { jsonReply, type GraphReply } from '../reply';
import type { ScenarioSystemUser, ScenarioWaba } from '../scenario';
import { edgeReply } from './edge';

/** MANAGE as every task it stands for (the manageReadBack switch). */
const unpack = (tasks: readonly string[]): readonly string[] => [...new Set(tasks.flatMap((t): readonly string[] => (t === 'MANAGE' ? MANAGE_UNPACKED : [t])))];

interface AssignedUser {
  readonly user: ScenarioSystemUser;
  readonly tasks: readonly string[];
}

export function getAssignedUsers(ctx: HandlerContext, waba: ScenarioWaba): GraphReply {
  const { world, behaviours } = ctx;
  const businessId = stringParam(ctx.request.params, 'business');
  if (businessId === undefined) return fail(ctx, parameterRequired('business'));
  if (!businessesWithAccess(waba).includes(businessId)) {
    return behaviours.mismatchedBusiness === 'error' ? fail(ctx, businessHasNoAccess()) : jsonReply({ data: [] });
  }
  const explicit = world
    .assignedTo(waba.id)
    .map(({ userId, tasks }) => ({ user: world.systemUser(userId), tasks }))
    .filter((a): a is AssignedUser => a.user !== undefined && a.user.businessId === businessId);
  const implicitTasks = manageAllowedFor(waba, businessId) ? ['MANAGE'] : GRANULAR_TASKS;
  const implicit: AssignedUser[] = behaviours.listImplicitAdmins
    ? world.scenario.systemUsers
        .filter((u) => u.businessId === businessId && isAdminRole(u.role) && !explicit.some((a) => a.user.id === u.id))
        .map((user) => ({ user, tasks: implicitTasks }))
    : [];
  const business = world.business(businessId);
  return edgeReply<AssignedUser>(ctx, {
    items: [...explicit, ...implicit],
    keyOf: (a) => a.user.id,
    table: {
      id: (a) => a.user.id,
      name: (a) => a.user.name,
      tasks: (a) => (behaviours.manageReadBack === 'unpacked' && a.tasks.includes('MANAGE') ? unpack(a.tasks) : a.tasks),
      user_type: () => 'SYSTEM_USER',
      business: () => ({ id: businessId, name: business?.name ?? '' }),
    },
    defaults: ['id', 'name', 'tasks'],
    nodeType: 'AssignedUser',
  });
}
