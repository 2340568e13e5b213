/**
 * A receipt's digest (issue 9.5): SHA-256, as lowercase hex, of the RFC 8785
 * canonical form of the receipt without its `digest` field. It shows that the
 * file is intact since it was written, not who wrote it: anyone can compute
 * it. The proof that access holds is re-reading Meta (`waba-access check`).
 */
import { createHash } from 'node:crypto';
import { canonicalize } from './jcs';

export const DIGEST_FIELD = 'digest';

const withoutDigest = (receipt: Readonly<Record<string, unknown>>): Record<string, unknown> => {
  const { [DIGEST_FIELD]: _digest, ...rest } = receipt;
  return rest;
};

/** SHA-256 hex of the canonical form of `receipt` without its digest field. */
export function digestOf(receipt: Readonly<Record<string, unknown>>): string {
  return createHash('sha256').update(canonicalize(withoutDigest(receipt)), 'utf8').digest('hex');
}

/** The receipt with its digest set (any earlier digest replaced); the digest goes last for readers. */
export function sealed<T extends object>(receipt: T): T & { readonly digest: string } {
  const rest = withoutDigest(receipt as Record<string, unknown>);
  return { ...(rest as T), digest: digestOf(rest) };
}

/** 'intact' when the digest field matches the content; 'altered' when it does not; 'missing' without one. */
export function digestState(receipt: Readonly<Record<string, unknown>>): 'intact' | 'altered' | 'missing' {
  const stated = receipt[DIGEST_FIELD];
  if (typeof stated !== 'string') return 'missing';
  return stated.toLowerCase() === digestOf(receipt) ? 'intact' : 'altered';
}
