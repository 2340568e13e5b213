/**
 * Token checks done before any endpoint (graph-api.md §6.3, A11): missing,
 * unknown or garbage, expired (from the scenario or an expire-token fault).
 */
import { expiredToken, invalidToken, noToken, noTokenOnMe, type GraphError } from './payloads';
import type { GraphRequest } from './request';
import { nowSeconds, type ResolvedToken, type World } from './world';

export function authenticate(world: World, request: GraphRequest): ResolvedToken | GraphError {
  if (request.token === undefined) return request.segments[0] === 'me' ? noTokenOnMe() : noToken();
  const token = world.tokens.get(request.token);
  if (token === undefined) return invalidToken();
  const now = nowSeconds();
  if (world.isExpired(token, now)) return expiredToken(world.expiryOf(token), now);
  return token;
}

export const isToken = (value: ResolvedToken | GraphError): value is ResolvedToken => 'subjectId' in value;
