/**
 * Sequential depth of a run, read from the request log's timestamps: the
 * longest chain of requests each of which arrived after the one before it
 * had been answered. Requests that overlap in time travel side by side and
 * count once. (Picking, again and again, the request that ends first among
 * those that start after the last pick gives the longest such chain.)
 *
 * `gapMs`: when the latency is added outside the server (a proxy adding a
 * round trip's delay), each request is short here and parallel ones barely
 * overlap; a request then follows another only if it arrived at least `gapMs`
 * after the other's answer left (half the added round trip is a safe gap).
 */
import type { RequestLogEntry } from './api';

export function sequentialDepth(entries: readonly Pick<RequestLogEntry, 'at' | 'endAt'>[], gapMs = 0): number {
  const byEnd = [...entries].sort((a, b) => a.endAt - b.endAt);
  let depth = 0;
  let lastEnd = Number.NEGATIVE_INFINITY;
  for (const entry of byEnd) {
    if (entry.at >= lastEnd + gapMs) {
      depth += 1;
      lastEnd = entry.endAt;
    }
  }
  return depth;
}
