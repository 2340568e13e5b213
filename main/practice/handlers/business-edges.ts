/**
 * Business edges (graph-api.md §1, §4.3, A3, A4): system_users,
 * owned_whatsapp_business_accounts and client_whatsapp_business_accounts.
 * All need business_management; employees see only WABAs assigned to them.
 */
import { canSeeWaba, hasScope } from '../access';
import { fail, type HandlerContext } from '../context';
import { requiresPermission } from '../payloads';
import { NODE_TYPE, permittedTasks, systemUserFields, wabaFields } from '../render';
import type { GraphReply } from '../reply';
import type { ScenarioBusiness, ScenarioSystemUser, ScenarioWaba } from '../scenario';
import { edgeReply } from './edge';

const WABA_DEFAULTS = ['id', 'name', 'currency', 'timezone_id', 'message_template_namespace'];

export const BUSINESS_EDGES = ['system_users', 'owned_whatsapp_business_accounts', 'client_whatsapp_business_accounts'] as const;
export type BusinessEdge = (typeof BUSINESS_EDGES)[number];

export const isBusinessEdge = (edge: string): edge is BusinessEdge => (BUSINESS_EDGES as readonly string[]).includes(edge);

function systemUsers(ctx: HandlerContext, business: ScenarioBusiness): GraphReply {
  return edgeReply<ScenarioSystemUser>(ctx, {
    items: ctx.world.scenario.systemUsers.filter((u) => u.businessId === business.id),
    keyOf: (u) => u.id,
    table: { ...systemUserFields, role: (u) => u.role },
    defaults: ['id', 'name', 'role'],
    nodeType: NODE_TYPE.systemUser,
  });
}

function wabas(ctx: HandlerContext, business: ScenarioBusiness, owned: boolean): GraphReply {
  const items = ctx.world.scenario.wabas.filter(
    (w) =>
      (owned ? w.ownerBusinessId === business.id : w.sharedWith.some((s) => s.businessId === business.id)) &&
      canSeeWaba(ctx.world, ctx.token, w),
  );
  const base = wabaFields(ctx.world);
  return edgeReply<ScenarioWaba>(ctx, {
    items,
    keyOf: (w) => w.id,
    table: owned ? base : { ...base, permitted_tasks: (w) => permittedTasks(w, business.id) },
    defaults: WABA_DEFAULTS,
    nodeType: NODE_TYPE.waba,
  });
}

export function businessEdge(ctx: HandlerContext, business: ScenarioBusiness, edge: BusinessEdge): GraphReply {
  if (!hasScope(ctx.token, 'business_management')) return fail(ctx, requiresPermission('business_management'));
  switch (edge) {
    case 'system_users':
      return systemUsers(ctx, business);
    case 'owned_whatsapp_business_accounts':
      return wabas(ctx, business, true);
    case 'client_whatsapp_business_accounts':
      return wabas(ctx, business, false);
  }
}
