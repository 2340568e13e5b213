/**
 * Fault rules a test injects (api.ts FaultRule). Matching:
 * - `method` and `pathIncludes` (path without the version prefix) narrow a rule;
 * - `batch` absent: the rule sees top-level HTTP requests only (a batch counts
 *   once, as "POST /"), so a latency rule adds one delay per round trip;
 * - `batch: true`: the rule sees batch requests and each batch item (the batch
 *   request first; an item is matched by its own method and relative path);
 * - `batch: false`: only non-batch HTTP requests.
 * A rule fires `times` times (default 1; Infinity for always), first rule first.
 */
import type { Fault, FaultRule } from './api';

export type RequestScope = 'single' | 'batch-request' | 'batch-item';

export interface FaultProbe {
  readonly method: string;
  /** Path without the version prefix, e.g. "/102290129340398/assigned_users". */
  readonly path: string;
  readonly scope: RequestScope;
}

interface LiveRule {
  readonly rule: FaultRule;
  remaining: number;
}

function scopeMatches(batch: boolean | undefined, scope: RequestScope): boolean {
  if (batch === undefined) return scope !== 'batch-item';
  return batch ? scope !== 'single' : scope === 'single';
}

export class FaultBook {
  private rules: LiveRule[] = [];

  add(rule: FaultRule): void {
    const times = rule.times ?? 1;
    if (!(times > 0)) throw new Error(`A fault rule must fire at least once (times was ${String(rule.times)}).`);
    this.rules.push({ rule, remaining: times });
  }

  clear(): void {
    this.rules = [];
  }

  /** The fault for this request, if a rule matches; counts the firing. */
  take(probe: FaultProbe): Fault | undefined {
    const live = this.rules.find(({ rule }) => {
      if (rule.method !== undefined && rule.method !== probe.method) return false;
      if (rule.pathIncludes !== undefined && !probe.path.includes(rule.pathIncludes)) return false;
      return scopeMatches(rule.batch, probe.scope);
    });
    if (live === undefined) return undefined;
    live.remaining -= 1;
    if (live.remaining <= 0) this.rules = this.rules.filter((r) => r !== live);
    return live.rule.fault;
  }
}
