/** What every endpoint handler receives: the world, the switches, the request and its (valid) token. */
import type { ServerBehaviours } from './behaviours';
import type { GraphError } from './payloads';
import { errorReply, type GraphReply } from './reply';
import type { GraphRequest } from './request';
import type { ResolvedToken, World } from './world';

export interface HandlerContext {
  readonly world: World;
  readonly behaviours: ServerBehaviours;
  readonly request: GraphRequest;
  readonly token: ResolvedToken;
}

export type Handler = (ctx: HandlerContext) => GraphReply;

export const fail = (ctx: Pick<HandlerContext, 'behaviours'>, error: GraphError): GraphReply =>
  errorReply(error, ctx.behaviours.statusMap);
