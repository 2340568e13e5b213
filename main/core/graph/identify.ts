/**
 * "What is this ID?" (product.md, struggle 6: people paste a WABA id where a
 * business id belongs). One batch probes fields that exist on exactly one
 * kind of node; Graph answers the others with "(#100) Tried accessing
 * nonexisting field (x) on node type (Y)", and ids the token cannot see with
 * 100/33.
 */
import type { BatchItem, BatchItemResult } from './api';
import type { IdentifiedObject, ObjectKind } from '../../../shared/domain';
import type { AppError } from '../../../shared/errors';
import { saidError } from '../said-error';
import { err, ok, type Result } from '../../../shared/result';
import { isRetryableKind } from './classify';
import { kindOfNodeType } from '../../../shared/id-kind';

interface Probe {
  readonly kind: Exclude<ObjectKind, 'unknown' | 'app'>;
  readonly fields: string;
  readonly nameOf: (body: Record<string, unknown>) => string | undefined;
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 ? v : undefined);

export const PROBES: readonly Probe[] = [
  { kind: 'waba', fields: 'id,name,owner_business_info', nameOf: (b) => text(b.name) },
  { kind: 'phone-number', fields: 'id,display_phone_number,verified_name', nameOf: (b) => text(b.verified_name) ?? text(b.display_phone_number) },
  { kind: 'system-user', fields: 'id,name,finance_permission', nameOf: (b) => text(b.name) },
  { kind: 'business', fields: 'id,name,verification_status', nameOf: (b) => text(b.name) },
];

export function identifyItems(id: string): readonly BatchItem[] {
  return PROBES.map((probe) => ({ method: 'GET', relativeUrl: `${id}?fields=${probe.fields}` }));
}

export const nodeTypeOf = (error: AppError): string | undefined => /on node type \((\w+)\)/.exec(error.graph?.message ?? '')?.[1];

/** Reads the probes' answers: a success names the kind; otherwise the node type in Meta's errors does. */
export function readIdentifyAnswers(id: string, answers: readonly BatchItemResult[]): Result<IdentifiedObject, AppError> {
  const errors: AppError[] = [];
  for (const [index, answer] of answers.entries()) {
    const probe = PROBES[index];
    if (!probe) continue;
    if (answer.result.ok) {
      const body = answer.result.value;
      if (typeof body === 'object' && body !== null && (body as { id?: unknown }).id === id) {
        const name = probe.nameOf(body as Record<string, unknown>);
        return ok({ id, kind: probe.kind, ...(name ? { name } : {}) });
      }
      continue;
    }
    errors.push(answer.result.error);
  }
  // A token problem, a retryable failure or a cancel says nothing about the id: report it as it is.
  const blocking = errors.find((e) => isRetryableKind(e.kind) || e.kind === 'token-invalid' || e.kind === 'cancelled');
  if (blocking) return err(blocking);
  const named = errors.map(nodeTypeOf).find((t) => t !== undefined);
  if (named !== undefined) {
    // Meta named the type: a kind `whatis` answers, or (an app, a person...) nothing it answers for.
    const kind = kindOfNodeType(named);
    return ok({ id, kind: PROBES.some((p) => p.kind === kind) ? (kind as Probe['kind']) : 'unknown' });
  }
  if (errors.length > 0 && errors.every((e) => e.kind === 'not-found')) {
    return err(saidError('not-found', 'coreError.idNotVisible', { id }, errors[0]?.graph ? { graph: errors[0].graph } : {}));
  }
  return ok({ id, kind: 'unknown' });
}
