/**
 * appsecret_proof (graph-api.md §9, security.md S8/X6): hex HMAC-SHA256 of the
 * access token keyed by the app secret. The proof is bound to one token and
 * is not a secret; the app secret itself never leaves the machine. The proof
 * goes beside the token: a form field of a batch POST, a query parameter
 * everywhere else.
 */
import { createHmac } from 'node:crypto';
import type { AppError } from '../../../shared/errors';
import { saidError } from '../said-error';
import { err, ok, type Result } from '../../../shared/result';

export const PROOF_PARAM = 'appsecret_proof';

export function appSecretProof(appSecret: string, token: string): string {
  return createHmac('sha256', appSecret).update(token).digest('hex');
}

/** Printable ASCII without spaces (Meta's app secrets are 32 hex characters); a bound keeps a pasted file out. */
const SECRET_SHAPE = /^[\x21-\x7e]{8,256}$/;

/** Trims the line end a file or a paste adds, and checks the shape; the value is never echoed. */
export function checkAppSecret(raw: string, field = 'app-secret'): Result<string, AppError> {
  const secret = raw.trim();
  if (secret.length === 0) return err(saidError('bad-input', 'coreError.appSecretEmpty', undefined, { fields: [field] }));
  if (!SECRET_SHAPE.test(secret)) {
    return err(
      saidError('bad-input', 'coreError.appSecretShape', undefined, {
        fields: [field],
      }),
    );
  }
  return ok(secret);
}

/** `path` with the proof as a query parameter; an existing one is dropped, never doubled; the rest is kept byte for byte. */
export function withProofQuery(path: string, proof: string): string {
  const [pathname = '', query = ''] = path.split(/\?(.*)/s);
  const kept = query.split('&').filter((part) => part.length > 0 && part.split('=')[0]?.toLowerCase() !== PROOF_PARAM);
  return `${pathname}?${[...kept, `${PROOF_PARAM}=${encodeURIComponent(proof)}`].join('&')}`;
}
