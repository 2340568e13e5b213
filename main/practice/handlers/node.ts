/**
 * GET /{id}?fields=… for every node type. A field the node does not have
 * answers "(#100) Tried accessing nonexisting field (…) on node type (…)",
 * which is how the client's "what is this ID?" probe tells ids apart.
 */
import { hasScope } from '../access';
import { fail, type HandlerContext } from '../context';
import { chooseFields, isFieldChoice, render, type FieldTable } from '../fields';
import { requiresPermission } from '../payloads';
import { businessFields, NODE_DEFAULTS, NODE_TYPE, personFields, phoneFields, systemUserFields, wabaFields } from '../render';
import { jsonReply, type GraphReply } from '../reply';
import type { NodeRef } from '../world';

function reply<T>(ctx: HandlerContext, node: T, table: FieldTable<T>, nodeType: string): GraphReply {
  const choice = chooseFields(ctx.request.params.get('fields'), table, NODE_DEFAULTS, nodeType);
  return isFieldChoice(choice) ? jsonReply(render(node, table, choice)) : fail(ctx, choice);
}

export function getNode(ctx: HandlerContext, ref: NodeRef): GraphReply {
  switch (ref.kind) {
    case 'business':
      return reply(ctx, ref.node, businessFields, NODE_TYPE.business);
    case 'waba':
      if (!hasScope(ctx.token, 'whatsapp_business_management')) return fail(ctx, requiresPermission('whatsapp_business_management'));
      return reply(ctx, ref.node, wabaFields(ctx.world), NODE_TYPE.waba);
    case 'phone':
      if (!hasScope(ctx.token, 'whatsapp_business_management')) return fail(ctx, requiresPermission('whatsapp_business_management'));
      return reply(ctx, ref.node, phoneFields, NODE_TYPE.phone);
    case 'systemUser':
      return reply(ctx, ref.node, systemUserFields, NODE_TYPE.systemUser);
    case 'person':
      return reply(ctx, ref.node, personFields, NODE_TYPE.person);
  }
}
