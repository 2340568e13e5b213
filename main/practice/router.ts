/**
 * Routes one (non-batch) Graph request: token check, then debug_token, a node
 * read, or a node edge. Unknown edges answer "nonexisting field" on GET and
 * 100/33 otherwise; objects the token cannot see answer 100/33.
 */
import { canSeeNode, hasScope } from './access';
import { authenticate, isToken } from './auth';
import type { ServerBehaviours } from './behaviours';
import { fail, type HandlerContext } from './context';
import { deleteAssignedUser, postAssignedUser } from './handlers/assigned-users-write';
import { getAssignedUsers } from './handlers/assigned-users-get';
import { businessEdge, isBusinessEdge } from './handlers/business-edges';
import { debugToken } from './handlers/debug-token';
import { getNode } from './handlers/node';
import { assignedWabas, businesses } from './handlers/user-edges';
import { phoneNumbers } from './handlers/waba-edges';
import {
  nonexistingField,
  requiresPermission,
  unknownPathComponents,
  unsupportedRequest,
  unsupportedRootRequest,
  type GraphError,
} from './payloads';
import { NODE_TYPE } from './render';
import type { GraphReply } from './reply';
import type { GraphRequest } from './request';
import type { NodeRef, World } from './world';

function edge(ctx: HandlerContext, ref: NodeRef, name: string): GraphReply | GraphError {
  const { method } = ctx.request;
  if (ref.kind === 'business' && isBusinessEdge(name)) return method === 'GET' ? businessEdge(ctx, ref.node, name) : unsupportedRequest(method, ref.node.id);
  if (ref.kind === 'waba' && (name === 'phone_numbers' || name === 'assigned_users')) {
    if (!hasScope(ctx.token, 'whatsapp_business_management')) return requiresPermission('whatsapp_business_management');
    if (name === 'phone_numbers') return method === 'GET' ? phoneNumbers(ctx, ref.node) : unsupportedRequest(method, ref.node.id);
    if (method === 'GET') return getAssignedUsers(ctx, ref.node);
    if (method === 'POST') return postAssignedUser(ctx, ref.node);
    if (method === 'DELETE') return deleteAssignedUser(ctx, ref.node);
    return unsupportedRequest(method, ref.node.id);
  }
  const isUser = ref.kind === 'systemUser' || ref.kind === 'person';
  if (isUser && name === 'businesses' && method === 'GET') return businesses(ctx, ref.node.id, ref.kind === 'systemUser');
  if (ref.kind === 'systemUser' && name === 'assigned_whatsapp_business_accounts' && method === 'GET') {
    return assignedWabas(ctx, ref.node.id);
  }
  return method === 'GET' ? nonexistingField(name, NODE_TYPE[ref.kind]) : unsupportedRequest(method, ref.node.id);
}

export function route(world: World, behaviours: ServerBehaviours, request: GraphRequest): GraphReply {
  const failWith = (error: GraphError): GraphReply => fail({ behaviours }, error);
  const { method, segments } = request;
  if (method !== 'GET') world.writeRequests += 1;
  const token = authenticate(world, request);
  if (!isToken(token)) return failWith(token);
  const ctx: HandlerContext = { world, behaviours, request, token };
  const [first, second, ...rest] = segments;
  if (first === undefined) return failWith(unsupportedRootRequest(method));
  if (rest.length > 0) return failWith(unknownPathComponents(`/${rest.join('/')}`));
  if (first === 'debug_token' && second === undefined) {
    return method === 'GET' ? debugToken(ctx) : failWith(unsupportedRootRequest(method));
  }
  const id = first === 'me' ? token.subjectId : first;
  const ref = world.node(id);
  if (ref === undefined || !canSeeNode(world, token, id)) return failWith(unsupportedRequest(method, id));
  if (second === undefined) return method === 'GET' ? getNode(ctx, ref) : failWith(unsupportedRequest(method, id));
  const answer = edge(ctx, ref, second);
  return 'traceId' in answer ? answer : failWith(answer);
}
