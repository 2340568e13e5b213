/**
 * Edges of the token's user (graph-api.md §2.5, §4, A9): `businesses`
 * (me/businesses) and `assigned_whatsapp_business_accounts` (system users).
 */
import { canSeeWaba, hasScope, membershipsOf } from '../access';
import { fail, type HandlerContext } from '../context';
import { missingPermission } from '../payloads';
import { businessFields, NODE_TYPE, wabaFields } from '../render';
import type { GraphReply } from '../reply';
import type { ScenarioBusiness, ScenarioWaba } from '../scenario';
import { edgeReply } from './edge';

export function businesses(ctx: HandlerContext, subjectId: string, isSystemUser: boolean): GraphReply {
  if (!hasScope(ctx.token, 'business_management')) return fail(ctx, missingPermission());
  if (isSystemUser && ctx.behaviours.meBusinesses === 'error') return fail(ctx, missingPermission());
  const items = membershipsOf(ctx.world, subjectId)
    .map((m) => ctx.world.business(m.businessId))
    .filter((b): b is ScenarioBusiness => b !== undefined);
  return edgeReply(ctx, { items, keyOf: (b) => b.id, table: businessFields, defaults: ['id', 'name'], nodeType: NODE_TYPE.business });
}

interface Assigned {
  readonly waba: ScenarioWaba;
  readonly tasks: readonly string[];
}

export function assignedWabas(ctx: HandlerContext, userId: string): GraphReply {
  const items = ctx.world.wabasOf(userId).filter((a) => canSeeWaba(ctx.world, ctx.token, a.waba));
  const base = wabaFields(ctx.world);
  const table = Object.fromEntries(Object.entries(base).map(([name, read]) => [name, (a: Assigned) => read(a.waba)]));
  return edgeReply<Assigned>(ctx, {
    items,
    keyOf: (a) => a.waba.id,
    table: { ...table, tasks: (a) => a.tasks },
    defaults: ['id', 'name', 'tasks'],
    nodeType: NODE_TYPE.waba,
  });
}
