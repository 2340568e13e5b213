/**
 * A token that is not a system user's (a person's 24-hour token from the
 * Graph API Explorer, a page's, an app's) is refused before any write, as a
 * token problem (CLI exit 3), in the words inspect and `token set` use for it
 * (issue 8.1). Known from debug_token, which the planning reads carry.
 */
import type { AppError } from '../../../shared/errors';
import { saidError } from '../said-error';
import type { FactCache } from './facts';

/** The refusal when the session's debug_token says the token is not a system user's; null otherwise or when unknown. */
export function tokenKindError(facts: FactCache): AppError | null {
  const info = facts.tokenInfo;
  if (!info || !info.isValid || info.type === null || info.type === 'SYSTEM_USER') return null;
  return saidError('token-invalid', 'coreError.tokenNotSystemUser', undefined, { fields: ['token'], untitled: true });
}
