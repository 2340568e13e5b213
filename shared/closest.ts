/** The closest of some words to a mistyped one (a task, a command, an option), for "Did you mean ...?". */

/** Levenshtein distance: insertions, deletions and substitutions, one each. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) {
      row[j] = Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[b.length] ?? 0;
}

/** The candidate nearest to `typed` within `maxDistance` edits (the first one on a tie), or null. */
export function closestWord<T extends string>(typed: string, candidates: readonly T[], maxDistance: number): T | null {
  let best: { word: T; distance: number } | null = null;
  for (const word of candidates) {
    const distance = editDistance(typed, word);
    if (distance <= maxDistance && (best === null || distance < best.distance)) best = { word, distance };
  }
  return best?.word ?? null;
}
