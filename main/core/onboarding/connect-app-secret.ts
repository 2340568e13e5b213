/**
 * The Connect step with an app secret (issue 8.8): the wizard asks for it only
 * after Meta answered "requires an appsecret_proof". The token is inspected
 * with the secret as the proof key; only when the token is accepted and stored
 * is the secret stored too, in the keychain under the token's app ID (from
 * debug_token). Neither ever comes back over IPC.
 */
import type { AppError } from '../../../shared/errors';
import { saidError } from '../said-error';
import type { ConnectOutcome } from '../../../shared/onboarding';
import { err, ok, type Result } from '../../../shared/result';
import { checkAppSecret } from '../graph/appsecret-proof';
import type { CoreServices } from './session';

export async function connectWithAppSecret(core: Pick<CoreServices, 'tokens' | 'appSecrets'>, token: string, raw: string): Promise<Result<ConnectOutcome, AppError>> {
  const secret = checkAppSecret(raw);
  if (!secret.ok) return secret;
  const outcome = await core.appSecrets.trying(secret.value, () => core.tokens.connect(token));
  if (!outcome.ok || !outcome.value.stored) return outcome;
  const appId = outcome.value.status.fingerprint?.appId ?? null;
  if (appId === null) return err(saidError('unexpected', 'coreError.appSecretNoApp'));
  const saved = await core.appSecrets.set(appId, secret.value);
  return saved.ok ? ok(outcome.value) : saved;
}
