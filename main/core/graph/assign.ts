/**
 * Assigning a user to a WABA without ever re-sending a POST blindly
 * (security.md N3; Meta has no idempotency key): when the answer to the POST
 * is lost (timeout after sending, reset, 5xx), read assigned_users back. If
 * the user already has exactly the requested tasks the POST was applied;
 * only otherwise is it sent once more.
 */
import type { AppError } from '../../../shared/errors';
import { saidError } from '../said-error';
import { isWabaTask, sameGrant, type WabaTask } from '../../../shared/tasks';
import { err, ok, type Result } from '../../../shared/result';
import type { Logger } from '../log/logger';
import type { Failure } from './graph-call';

export interface AssignPorts {
  /** Sends the POST once (never retried by the transport). */
  post(): Promise<Result<unknown, Failure>>;
  /** The user's current tasks on the WABA, or undefined when not assigned. */
  readTasks(): Promise<Result<readonly string[] | undefined, AppError>>;
  readonly log: Logger;
}

/** Checks the requested tasks: 1 to 16 known task names, duplicates removed. */
export function checkTasks(tasks: unknown): Result<readonly WabaTask[], AppError> {
  if (!Array.isArray(tasks) || tasks.length === 0 || tasks.length > 16 || !tasks.every(isWabaTask)) {
    return err(saidError('bad-input', 'coreError.tasksList', undefined, { fields: ['tasks'] }));
  }
  return ok([...new Set(tasks)]);
}

/** Whether a write's answer is Meta's `{"success": true}`. */
export const confirmed = (body: unknown): boolean =>
  typeof body === 'object' && body !== null && (body as { success?: unknown }).success === true;

/** Runs the POST, reconciling a lost answer with a read; at most two POSTs in all. */
export async function assignReconciled(
  tasks: readonly WabaTask[],
  ports: AssignPorts,
): Promise<Result<{ readonly reconciled: boolean }, AppError>> {
  const MODULE = 'graph.assign';
  for (let post = 1; post <= 2; post += 1) {
    const sent = await ports.post();
    if (sent.ok) {
      if (confirmed(sent.value)) return ok({ reconciled: false });
      return err(saidError('unexpected', 'coreError.assignNotConfirmed'));
    }
    const failure = sent.error;
    if (!failure.ambiguous || failure.error.kind === 'cancelled') return err(failure.error);
    ports.log.warn(MODULE, 'the answer to the assignment was lost; reading assigned_users back before deciding', {
      kind: failure.error.kind,
      post,
    });
    const read = await ports.readTasks();
    if (!read.ok) {
      ports.log.warn(MODULE, 'read-back failed; the assignment outcome is unknown', { kind: read.error.kind });
      return err(failure.error);
    }
    if (read.value !== undefined && sameGrant(read.value, tasks)) {
      ports.log.info(MODULE, 'read-back shows the assignment was applied', { post });
      return ok({ reconciled: true });
    }
    if (post === 2) return err(failure.error);
    ports.log.info(MODULE, 'read-back shows the assignment was not applied; sending it once more');
  }
  return err(saidError('unexpected', 'coreError.assignNotCompleted'));
}
