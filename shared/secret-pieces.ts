/**
 * Finds pieces of secrets in text (security.md X4, X5): any run of at least
 * SECRET_PIECE_LENGTH characters that also occurs in a secret (in any of the
 * forms the caller passes: raw, URL-encoded, JSON-escaped, base64 …).
 *
 * Every window of that length of every form goes into a set; a text position
 * whose window is in the set starts a hit, and overlapping hits merge into one
 * span. Pure string code, so the core's redaction, the practice server's
 * request log and the tests' leak oracle share it.
 */

/** Shorter runs are too common in ordinary text (ids, words) to count as a leak. */
export const SECRET_PIECE_LENGTH = 12;

export interface PieceIndex {
  /** How many distinct windows are indexed (0: nothing can match). */
  readonly size: number;
  /** Sorted, non-overlapping [start, end) spans of `text` made of secret pieces. */
  spans(text: string): readonly (readonly [number, number])[];
  /** True when `text` holds at least one piece. */
  has(text: string): boolean;
}

export function pieceIndex(forms: Iterable<string>, length: number = SECRET_PIECE_LENGTH): PieceIndex {
  const windows = new Set<string>();
  for (const form of forms) {
    for (let i = 0; i + length <= form.length; i += 1) windows.add(form.slice(i, i + length));
  }
  const firstHit = (text: string, from: number): number => {
    for (let i = from; i + length <= text.length; i += 1) if (windows.has(text.slice(i, i + length))) return i;
    return -1;
  };
  return {
    size: windows.size,
    has: (text) => windows.size > 0 && firstHit(text, 0) >= 0,
    spans(text) {
      const out: [number, number][] = [];
      if (windows.size === 0) return out;
      for (let i = firstHit(text, 0); i >= 0; i = firstHit(text, i + 1)) {
        const last = out.at(-1);
        if (last && i <= last[1]) last[1] = i + length;
        else out.push([i, i + length]);
      }
      return out;
    },
  };
}

/** `text` with every span of secret pieces replaced by `marker`. */
export function replacePieces(text: string, index: PieceIndex, marker: string): string {
  const spans = index.spans(text);
  if (spans.length === 0) return text;
  let out = '';
  let at = 0;
  for (const [start, end] of spans) {
    out += text.slice(at, start) + marker;
    at = end;
  }
  return out + text.slice(at);
}
