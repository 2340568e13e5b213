/**
 * GET debug_token?input_token=… (graph-api.md §5.1, A2): describes any
 * scenario token; an input that is not a token answers HTTP 200 with
 * is_valid false, as Meta does.
 */
import { fail, type Handler } from '../context';
import { expiredTokenMessage } from '../expiry-message';
import { stringParam } from '../params';
import { parameterRequired, undecryptableInputToken } from '../payloads';
import { jsonReply } from '../reply';
import { nowSeconds, type ResolvedToken, type World } from '../world';

function describe(world: World, token: ResolvedToken): Record<string, unknown> {
  const now = nowSeconds();
  const expiresAt = world.expiryOf(token);
  const expired = world.isExpired(token, now);
  return {
    app_id: world.scenario.app.id,
    type: token.type,
    application: world.scenario.app.name,
    data_access_expires_at: token.dataAccessExpiresAt,
    ...(expired ? { error: { code: 190, message: expiredTokenMessage(expiresAt, now), subcode: 463 } } : {}),
    expires_at: expiresAt,
    is_valid: !expired,
    issued_at: token.issuedAt,
    scopes: token.scopes,
    granular_scopes: token.granularScopes.map((g) => (g.targetIds ? { scope: g.scope, target_ids: g.targetIds } : { scope: g.scope })),
    user_id: token.subjectId,
  };
}

export const debugToken: Handler = (ctx) => {
  const input = stringParam(ctx.request.params, 'input_token');
  if (input === undefined) return fail(ctx, parameterRequired('input_token'));
  const token = ctx.world.tokens.get(input);
  return jsonReply(token ? { data: describe(ctx.world, token) } : undecryptableInputToken());
};
