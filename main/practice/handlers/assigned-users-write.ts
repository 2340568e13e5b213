/**
 * POST and DELETE /{waba}/assigned_users (graph-api.md §2.3, §2.4, A6, A8):
 * admin token only; the user must be a system user of a business with access
 * that the token administers; MANAGE is refused on a restricted Multi-Partner
 * WABA, and tasks outside a scenario's `permitted_tasks` list; a re-POST
 * replaces tasks, errors, or keeps the tasks the user had (add-only) per the
 * repost switch.
 */
import { businessesWithAccess, isAdminFor, isAdminOf, listedPermittedTasks, manageAllowedFor } from '../access';
import { fail, type HandlerContext } from '../context';
import { stringParam } from '../params';
import {
  alreadyAssigned,
  invalidUser,
  multiPartnerTaskRefused,
  notAdmin,
  notAssigned,
  parameterRequired,
  taskNotPermitted,
} from '../payloads';
import { jsonReply, type GraphReply } from '../reply';
import type { ScenarioWaba } from '../scenario';
import { readTasks } from '../tasks-param';

/** Tasks that need full access on a Multi-Partner Solution (graph-api.md §3.1). */
const FULL_ACCESS_TASKS = ['MANAGE', 'MESSAGING', 'FULL_CONTROL'];

export function postAssignedUser(ctx: HandlerContext, waba: ScenarioWaba): GraphReply {
  const { world, token, request, behaviours } = ctx;
  const userId = stringParam(request.params, 'user');
  if (userId === undefined) return fail(ctx, parameterRequired('user'));
  const tasks = readTasks(request.params, behaviours);
  if (!tasks.ok) return fail(ctx, tasks.error);
  if (!isAdminFor(world, token, waba)) return fail(ctx, notAdmin());
  const user = world.systemUser(userId);
  if (!user || !businessesWithAccess(waba).includes(user.businessId) || !isAdminOf(world, token, user.businessId)) {
    return fail(ctx, invalidUser());
  }
  if (!manageAllowedFor(waba, user.businessId)) {
    const refused = tasks.tasks.find((t) => FULL_ACCESS_TASKS.includes(t));
    if (refused !== undefined) return fail(ctx, multiPartnerTaskRefused(refused));
  }
  // A permitted_tasks list holding MANAGE permits every task (issue 8.2).
  const permitted = listedPermittedTasks(waba, user.businessId);
  const outside = permitted === null || permitted.includes('MANAGE') ? undefined : tasks.tasks.find((t) => !permitted.includes(t));
  if (permitted !== null && outside !== undefined) return fail(ctx, taskNotPermitted(outside, permitted));
  if (world.tasksOf(waba.id, userId) !== undefined && behaviours.repost === 'already-assigned-error') {
    return fail(ctx, alreadyAssigned());
  }
  // add-only: Meta answers success, yet what the user had stays (a write whose taking-away did not apply).
  const kept = behaviours.repost === 'add-only' ? (world.tasksOf(waba.id, userId) ?? []).filter((t) => !tasks.tasks.includes(t)) : [];
  world.assign(waba.id, userId, [...kept, ...tasks.tasks]);
  world.appliedPosts += 1;
  return jsonReply({ success: true });
}

export function deleteAssignedUser(ctx: HandlerContext, waba: ScenarioWaba): GraphReply {
  const { world, token, request } = ctx;
  const userId = stringParam(request.params, 'user');
  if (userId === undefined) return fail(ctx, parameterRequired('user'));
  if (!isAdminFor(world, token, waba)) return fail(ctx, notAdmin());
  if (!world.unassign(waba.id, userId)) return fail(ctx, notAssigned());
  return jsonReply({ success: true });
}
