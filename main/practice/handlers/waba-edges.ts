/**
 * WABA edges: phone_numbers (graph-api.md §4.5) and assigned_users. All need
 * whatsapp_business_management.
 */
import { NODE_TYPE, PHONE_DEFAULTS, phoneFields } from '../render';
import type { HandlerContext } from '../context';
import type { GraphReply } from '../reply';
import type { ScenarioWaba } from '../scenario';
import { edgeReply } from './edge';

export function phoneNumbers(ctx: HandlerContext, waba: ScenarioWaba): GraphReply {
  return edgeReply(ctx, {
    items: ctx.world.scenario.phoneNumbers.filter((p) => p.wabaId === waba.id),
    keyOf: (p) => p.id,
    table: phoneFields,
    defaults: PHONE_DEFAULTS,
    nodeType: NODE_TYPE.phone,
  });
}
