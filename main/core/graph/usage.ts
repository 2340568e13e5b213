/**
 * Reads Meta's rate-limit headers (graph-api.md §7): X-Business-Use-Case-Usage
 * (per business object, `estimated_time_to_regain_access` in MINUTES),
 * X-App-Usage, and the standard Retry-After. Unparseable headers count as
 * absent: they must never turn a good answer into a failure.
 */
import { parseJsonOrUndefined } from './parse-json';

export type HeaderMap = Readonly<Record<string, string | undefined>>;

export interface BucUsage {
  readonly objectId: string;
  readonly type: string;
  /** The highest of call_count, total_cputime and total_time, in percent. */
  readonly maxPct: number;
  readonly regainMinutes: number;
}

const num = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : 0);

/** X-Business-Use-Case-Usage: {"<object id>":[{type, call_count, total_cputime, total_time, estimated_time_to_regain_access}]} */
export function parseBucUsage(header: string | undefined): readonly BucUsage[] {
  const parsed = parseJsonOrUndefined(header);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return [];
  const out: BucUsage[] = [];
  for (const [objectId, entries] of Object.entries(parsed)) {
    if (!Array.isArray(entries)) continue;
    for (const entry of entries as unknown[]) {
      if (typeof entry !== 'object' || entry === null) continue;
      const e = entry as Record<string, unknown>;
      out.push({
        objectId,
        type: typeof e.type === 'string' ? e.type : '',
        maxPct: Math.max(num(e.call_count), num(e.total_cputime), num(e.total_time)),
        regainMinutes: num(e.estimated_time_to_regain_access),
      });
    }
  }
  return out;
}

/** X-App-Usage: {"call_count":28,"total_time":25,"total_cputime":25}; the highest percentage, or 0. */
export function parseAppUsagePct(header: string | undefined): number {
  const parsed = parseJsonOrUndefined(header);
  if (typeof parsed !== 'object' || parsed === null) return 0;
  const e = parsed as Record<string, unknown>;
  return Math.max(num(e.call_count), num(e.total_cputime), num(e.total_time));
}

/** Retry-After as delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfterSec(header: string | undefined, nowMs: number): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - nowMs) / 1000));
}

/**
 * Seconds until Meta says access is regained: the largest BUC estimate
 * (minutes -> seconds, max over all entries) or Retry-After, whichever is larger.
 */
export function retryAfterSecFrom(headers: HeaderMap, nowMs: number): number | undefined {
  const buc = parseBucUsage(headers['x-business-use-case-usage']);
  const fromBuc = buc.length > 0 ? Math.max(...buc.map((u) => u.regainMinutes)) * 60 : undefined;
  const fromHeader = parseRetryAfterSec(headers['retry-after'], nowMs);
  if (fromBuc === undefined) return fromHeader;
  if (fromHeader === undefined) return fromBuc;
  return Math.max(fromBuc, fromHeader);
}
