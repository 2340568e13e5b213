/**
 * Re-checking an earlier receipt (issue 9.5): every grant it names is read
 * again from Meta. holds: every grant still there (extra tasks are listed, not
 * drift); drifted: a user no longer assigned or missing a task (for a removal
 * receipt: assigned again); cannot-check: the token cannot read a WABA's
 * assignments (never reported as removed). A grant that took tasks away (an
 * exact change) drifts too when one of those is there again
 * (taken-away-back). A task asked for that Meta lists only inside MANAGE is
 * `included`, not missing (MANAGE is full control), unless the grant was exact.
 */
export type GrantState = 'holds' | 'not-assigned' | 'missing-tasks' | 'taken-away-back' | 'assigned-again' | 'cannot-check';

export interface GrantCheck {
  readonly wabaId: string;
  readonly businessId: string;
  readonly userId: string;
  /** What the receipt says: granted with these tasks, or removed. */
  readonly expected: 'granted' | 'removed';
  readonly tasks: readonly string[];
  /** What the receipt says the change took away (its list made exact); empty when nothing was. */
  readonly takenAway: readonly string[];
  readonly state: GrantState;
  readonly missing: readonly string[];
  /** Asked-for tasks Meta lists only inside MANAGE (full control): there, not missing. */
  readonly included: readonly string[];
  readonly extra: readonly string[];
  /** Tasks the receipt took away that the user has again (drift). */
  readonly back: readonly string[];
  /** Tasks Meta lists now; null when not assigned or unreadable. */
  readonly current: readonly string[] | null;
  readonly error?: { readonly kind: string; readonly message: string };
}

export interface ReceiptCheckReport {
  readonly verdict: 'holds' | 'drifted' | 'cannot-check';
  readonly receipt: { readonly kind: string; readonly createdAt: string; readonly mode: 'live' | 'practice'; readonly digest: string };
  readonly grants: readonly GrantCheck[];
  readonly checkedAt: string;
}

/** What the receipt took away and Meta still does not list (none for a grant that could not be read). */
export const stillGone = (grant: GrantCheck): readonly string[] =>
  grant.state === 'cannot-check' ? [] : grant.takenAway.filter((task) => !grant.back.includes(task));
