/**
 * Checking an earlier receipt (issue 9.5): the file must be one of ours and
 * intact (its digest matches its canonical form), then every grant it names
 * is read again from Meta, fresh (never from the session's cache). A WABA
 * whose assignments the token cannot read is "cannot check", never "removed".
 * What a receipt took away (`tasksTakenAway`, a bulk row's `takenAway`) is
 * checked too: still absent holds, there again is drift. Tasks are compared as
 * verify compares them: one Meta lists only inside MANAGE is included, unless
 * the grant took tasks away (an exact change, checked literally).
 */
import type { AppError } from '../../../shared/errors';
import { asBusinessId, asWabaId, isGraphId } from '../../../shared/ids';
import type { GrantCheck, ReceiptCheckReport } from '../../../shared/receipt-check';
import { err, ok, type Result } from '../../../shared/result';
import type { UseCaseDeps } from '../onboarding/deps';
import { compareTasks } from '../onboarding/verify';
import { foldManage } from '../../../shared/tasks';
import { saidError } from '../said-error';
import { digestState } from './digest';

export const RECEIPT_KINDS = ['waba-access-receipt', 'waba-access-bulk-receipt', 'waba-access-removal-receipt'] as const;

/** Outcomes of a bulk row that mean the grant was in place when the receipt was written. */
const GRANTED_OUTCOMES = ['done', 'already-in-place'];
/** Failures that say "this token may not read that WABA's assignments": cannot check, not drift. */
const UNREADABLE: readonly string[] = ['permission-denied', 'not-found', 'invalid-request'];

interface Grant {
  readonly wabaId: string;
  readonly businessId: string;
  readonly userId: string;
  readonly expected: 'granted' | 'removed';
  readonly tasks: readonly string[];
  readonly takenAway: readonly string[];
}

/** Why a file is not a receipt this app can check (shared/i18n coreError.receipt.*). */
type NotReceipt = 'noRows' | 'rowIncomplete' | 'noIds' | 'noTasks' | 'takenAwayNotList' | 'notJson' | 'notReceipt' | 'noDigest' | 'altered';

const notReceipt = (why: NotReceipt): Result<never, AppError> => err(saidError('bad-input', `coreError.receipt.${why}`, undefined, { fields: ['receipt'] }));

type Json = Readonly<Record<string, unknown>>;
const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const idOf = (value: unknown): string | null => {
  const id = isRecord(value) ? value.id : value;
  return typeof id === 'string' && isGraphId(id) ? id : null;
};
const strings = (value: unknown): string[] | null => (Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : null);
/** An optional task list: absent is none; present, it must be a list of names. */
const optionalStrings = (value: unknown): string[] | null => (value === undefined ? [] : strings(value));

/** The grants a receipt names, or why it is not a receipt we can read. */
export function grantsOf(receipt: Json): Result<Grant[], AppError> {
  const kind = receipt.kind;
  if (kind === 'waba-access-bulk-receipt') {
    if (!Array.isArray(receipt.rows)) return notReceipt('noRows');
    const grants: Grant[] = [];
    for (const row of receipt.rows as unknown[]) {
      if (!isRecord(row) || !GRANTED_OUTCOMES.includes(String(row.outcome))) continue;
      const [wabaId, businessId, userId, tasks, takenAway] = [idOf(row.waba), idOf(row.business), idOf(row.user), strings(row.tasks), optionalStrings(row.takenAway)];
      if (!wabaId || !businessId || !userId || !tasks || !takenAway) return notReceipt('rowIncomplete');
      grants.push({ wabaId, businessId, userId, expected: 'granted', tasks, takenAway });
    }
    return ok(grants);
  }
  const [wabaId, businessId, userId] = [idOf(receipt.waba), idOf(receipt.business), idOf(receipt.systemUser)];
  if (!wabaId || !businessId || !userId) return notReceipt('noIds');
  if (kind === 'waba-access-removal-receipt') return ok([{ wabaId, businessId, userId, expected: 'removed', tasks: [], takenAway: [] }]);
  const tasks = strings(receipt.tasksRequested);
  if (!tasks) return notReceipt('noTasks');
  const takenAway = optionalStrings(receipt.tasksTakenAway);
  if (!takenAway) return notReceipt('takenAwayNotList');
  return ok([{ wabaId, businessId, userId, expected: 'granted', tasks, takenAway }]);
}

export interface OpenedReceipt {
  readonly receipt: Json;
  readonly grants: readonly Grant[];
}

/** Parses and checks the file itself: ours, intact, readable. */
export function openReceipt(text: string): Result<OpenedReceipt, AppError> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return notReceipt('notJson');
  }
  if (!isRecord(parsed) || !(RECEIPT_KINDS as readonly unknown[]).includes(parsed.kind)) return notReceipt('notReceipt');
  const state = digestState(parsed);
  if (state === 'missing') return notReceipt('noDigest');
  if (state === 'altered') return notReceipt('altered');
  const grants = grantsOf(parsed);
  return grants.ok ? ok({ receipt: parsed, grants: grants.value }) : grants;
}

type Judged = Pick<GrantCheck, 'state' | 'missing' | 'included' | 'extra' | 'back'>;

function judge(grant: Grant, current: readonly string[] | null): Judged {
  const none = { missing: [], included: [], extra: [], back: [] };
  if (grant.expected === 'removed') return { state: current === null ? 'holds' : 'assigned-again', ...none };
  if (current === null) return { state: 'not-assigned', ...none, missing: [...grant.tasks] };
  const have = foldManage(current);
  const compared = compareTasks(grant.tasks, have, { exact: grant.takenAway.length > 0 });
  const inState = (state: string): string[] => compared.filter((c) => c.state === state).map((c) => c.task);
  // What was taken away is there again when Meta lists it, or lists MANAGE (full control holds every task).
  const back = grant.takenAway.filter((task) => have.includes(task) || have.includes('MANAGE'));
  const missing = inState('missing');
  const state = missing.length > 0 ? 'missing-tasks' : back.length > 0 ? 'taken-away-back' : 'holds';
  return { state, missing, included: inState('included'), extra: inState('extra'), back };
}

/**
 * Re-reads every grant. Token, rate-limit and network failures end the check
 * (the caller's exit code says which); a WABA the token may not read is
 * "cannot-check" for its grants.
 */
export async function checkGrants(deps: UseCaseDeps, opened: OpenedReceipt): Promise<Result<ReceiptCheckReport, AppError>> {
  const graph = deps.graph();
  const reads = new Map<string, Result<readonly { id: string; tasks: readonly string[] }[], AppError>>();
  const checks: GrantCheck[] = [];
  for (const grant of opened.grants) {
    const key = `${grant.wabaId}:${grant.businessId}`;
    let read = reads.get(key);
    if (!read) {
      read = await graph.assignedUsers(asWabaId(grant.wabaId), asBusinessId(grant.businessId));
      if (!read.ok && !UNREADABLE.includes(read.error.kind)) return err(read.error);
      reads.set(key, read);
    }
    if (!read.ok) {
      checks.push({ ...grant, state: 'cannot-check', missing: [], included: [], extra: [], back: [], current: null, error: { kind: read.error.kind, message: read.error.message } });
      continue;
    }
    const current = read.value.find((u) => u.id === grant.userId)?.tasks ?? null;
    checks.push({ ...grant, ...judge(grant, current), current: current ? [...current] : null });
  }
  const drifted = checks.some((c) => c.state !== 'holds' && c.state !== 'cannot-check');
  const unreadable = checks.some((c) => c.state === 'cannot-check');
  const r = opened.receipt;
  return ok({
    verdict: drifted ? 'drifted' : unreadable ? 'cannot-check' : 'holds',
    receipt: {
      kind: String(r.kind),
      createdAt: String(r.createdAt ?? r.finishedAt ?? ''),
      mode: r.mode === 'practice' ? 'practice' : 'live',
      digest: String(r.digest),
    },
    grants: checks,
    checkedAt: deps.now().toISOString(),
  });
}
