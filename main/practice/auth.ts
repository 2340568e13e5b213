/**
 * Token checks done before any endpoint (graph-api.md §6.3, A11): missing,
 * unknown or garbage, expired (from the scenario or an expire-token fault).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { appSecretProofInvalid, appSecretProofRequired, expiredToken, invalidToken, noToken, noTokenOnMe, type GraphError } from './payloads';
import type { GraphRequest } from './request';
import { nowSeconds, type ResolvedToken, type World } from './world';

export function authenticate(world: World, request: GraphRequest): ResolvedToken | GraphError {
  if (request.token === undefined) return request.segments[0] === 'me' ? noTokenOnMe() : noToken();
  const token = world.tokens.get(request.token);
  if (token === undefined) return invalidToken();
  const now = nowSeconds();
  if (world.isExpired(token, now)) return expiredToken(world.expiryOf(token), now);
  const proofProblem = checkProof(world, request.token, request.proof);
  return proofProblem ?? token;
}

/**
 * "Require App Secret" (graph-api.md §9): with it on, a call without a proof is refused;
 * a proof that is sent is checked whether or not the app requires one. A scenario app
 * without a `secret` cannot check proofs and ignores them.
 */
function checkProof(world: World, token: string, proof: string | undefined): GraphError | undefined {
  const { secret, requireAppSecret } = world.scenario.app;
  if (proof === undefined) return requireAppSecret ? appSecretProofRequired() : undefined;
  if (secret === undefined) return undefined;
  const expected = Buffer.from(createHmac('sha256', secret).update(token).digest('hex'));
  const given = Buffer.from(proof.toLowerCase());
  return given.length === expected.length && timingSafeEqual(given, expected) ? undefined : appSecretProofInvalid();
}

export const isToken = (value: ResolvedToken | GraphError): value is ResolvedToken => 'subjectId' in value;
