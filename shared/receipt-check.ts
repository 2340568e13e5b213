/**
 * Re-checking an earlier receipt (issue 9.5): every grant it names is read
 * again from Meta. holds: every grant still there (extra tasks are listed, not
 * drift); drifted: a user no longer assigned or missing a task (for a removal
 * receipt: assigned again); cannot-check: the token cannot read a WABA's
 * assignments (never reported as removed).
 */
export type GrantState = 'holds' | 'not-assigned' | 'missing-tasks' | 'assigned-again' | 'cannot-check';

export interface GrantCheck {
  readonly wabaId: string;
  readonly businessId: string;
  readonly userId: string;
  /** What the receipt says: granted with these tasks, or removed. */
  readonly expected: 'granted' | 'removed';
  readonly tasks: readonly string[];
  readonly state: GrantState;
  readonly missing: readonly string[];
  readonly extra: readonly string[];
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
