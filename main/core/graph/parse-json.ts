/** Parses JSON text from the network; anything unreadable (not a string, empty, malformed) is undefined, never a throw. */
export function parseJsonOrUndefined(text: unknown): unknown {
  if (typeof text !== 'string' || text.length === 0) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
