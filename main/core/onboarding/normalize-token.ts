/**
 * Turns whatever a person pasted into a bare token, or refuses it.
 *
 * People copy tokens out of chats, e-mails, curl commands and config files,
 * so the paste may carry a "Bearer " prefix, quotes, spaces or line breaks
 * (issue 3, "Bad input"). Error messages never echo the input: it may be a
 * real token with one wrong character.
 */
import { saidError } from '../said-error';
import type { AppError } from '../../../shared/errors';
import { err, ok, type Result } from '../../../shared/result';

/** Meta tokens are URL-safe text; `|` appears in app tokens ("appid|secret"). */
const TOKEN_PATTERN = /^[A-Za-z0-9_\-.|]{20,2048}$/;
const QUOTES = /^(["'`\u201c\u201d\u2018\u2019])(.*)\1$|^[\u201c\u2018](.*)[\u201d\u2019]$/s;
const PREFIX = /^(?:authorization\s*:\s*)?bearer\s+/i;
const KEY_PREFIX = /^(?:access_token|token)\s*[=:]\s*/i;

const unquote = (text: string): string => {
  const match = QUOTES.exec(text);
  return match ? (match[2] ?? match[3] ?? '').trim() : text;
};

/** Strips one layer of paste noise; repeated until nothing changes. */
function peel(text: string): string {
  return unquote(unquote(text.trim()).replace(PREFIX, '').replace(KEY_PREFIX, '').trim());
}

export function normalizeToken(pasted: string): Result<string, AppError> {
  let text = pasted;
  for (let round = 0; round < 4; round += 1) {
    const next = peel(text);
    if (next === text) break;
    text = next;
  }
  // Line wrapping in mail clients and terminals splits long tokens.
  const token = text.replace(/\s+/g, '');
  if (token.length === 0) return err(saidError('bad-input', 'coreError.tokenEmpty', undefined, { fields: ['token'] }));
  if (token.length < 20) {
    return err(saidError('bad-input', 'coreError.tokenTooShort', undefined, { fields: ['token'] }));
  }
  if (token.length > 2048) {
    return err(saidError('bad-input', 'coreError.tokenTooLong', undefined, { fields: ['token'] }));
  }
  if (!TOKEN_PATTERN.test(token)) {
    return err(
      saidError('bad-input', 'coreError.tokenBadCharacters', undefined, {
        fields: ['token'],
      }),
    );
  }
  return ok(token);
}

/** The only part of a token ever shown: its last four characters. */
export const tokenLast4 = (token: string): string => token.slice(-4);
