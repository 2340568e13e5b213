/**
 * Faults that are answers rather than broken sockets: transient, http-5xx,
 * throttle, expire-token and graph-error become a GraphReply here.
 */
import type { Fault } from './api';
import type { ServerBehaviours } from './behaviours';
import { expiredToken, throttled, transient, unknownError } from './payloads';
import { errorReply, rawReply, type GraphReply } from './reply';
import { nowSeconds, type World } from './world';

export type AnswerFault = Extract<Fault, { kind: 'transient' | 'http-5xx' | 'throttle' | 'expire-token' | 'graph-error' }>;

export const isAnswerFault = (fault: Fault): fault is AnswerFault =>
  ['transient', 'http-5xx', 'throttle', 'expire-token', 'graph-error'].includes(fault.kind);

/** The WABA the usage header is keyed by: the path's object if it is a WABA, else the first WABA. */
function usageKey(world: World, segments: readonly string[]): string {
  const first = segments[0];
  if (first !== undefined && world.waba(first)) return first;
  return world.scenario.wabas[0]?.id ?? world.scenario.businesses[0]?.id ?? '0';
}

/**
 * The reply for an answer fault, or undefined when it does not apply (an
 * expire-token fault on a request without a known token is handled normally).
 */
export function faultReply(
  fault: AnswerFault,
  world: World,
  behaviours: ServerBehaviours,
  request: { readonly segments: readonly string[]; readonly token: string | undefined },
): GraphReply | undefined {
  const map = behaviours.statusMap;
  switch (fault.kind) {
    case 'transient':
      return errorReply(transient(), map);
    case 'http-5xx':
      return errorReply(unknownError(fault.status), map);
    case 'throttle':
      return errorReply(throttled(fault.code ?? 80008, usageKey(world, request.segments), fault.regainMinutes), map);
    case 'graph-error':
      return rawReply(fault.status, fault.body);
    case 'expire-token': {
      const token = request.token === undefined ? undefined : world.tokens.get(request.token);
      if (token === undefined) return undefined;
      world.expire(token.value);
      return errorReply(expiredToken(world.expiryOf(token), nowSeconds()), map);
    }
  }
}
