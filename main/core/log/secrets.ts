/**
 * The live secrets the logger must scrub by value (security.md L2).
 *
 * The vault registers the token when it loads it and calls the returned
 * function when the token is replaced or erased, so the logger never needs to
 * hold or read the token through any other path.
 */

/** Values shorter than this are not scrubbed by value: they would wreck ordinary text and are not real tokens. */
export const MIN_SECRET_LENGTH = 8;

export interface SecretSource {
  /** Every registered secret, longest first (so a secret that contains another is scrubbed whole). */
  list(): readonly string[];
}

export interface SecretRegistry extends SecretSource {
  /** Adds a secret; returns a function that removes it again. Short values are ignored. */
  register(secret: string): () => void;
}

/** Creates an empty registry; one per process, shared by the vault and the logger. */
export function createSecretRegistry(): SecretRegistry {
  const counts = new Map<string, number>();
  let sorted: readonly string[] = [];
  const refresh = (): void => {
    sorted = [...counts.keys()].sort((a, b) => b.length - a.length);
  };
  return {
    register(secret) {
      if (typeof secret !== 'string' || secret.length < MIN_SECRET_LENGTH) return () => undefined;
      counts.set(secret, (counts.get(secret) ?? 0) + 1);
      refresh();
      let done = false;
      return () => {
        if (done) return;
        done = true;
        const left = (counts.get(secret) ?? 1) - 1;
        if (left <= 0) counts.delete(secret);
        else counts.set(secret, left);
        refresh();
      };
    },
    list: () => sorted,
  };
}
