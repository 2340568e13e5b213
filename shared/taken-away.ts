/**
 * An exact change (issue 8.5) is verified only when what it took away is
 * gone too. One check for every place that verifies an exact change: the
 * wizard's one-account Verify, and each row of a bulk or several-accounts run.
 */
import type { TaskCheck } from './onboarding';

/**
 * The tasks a change took away that Meta's read-back still lists: the rows of a verify report
 * (compareTasks: MANAGE read back unpacked is MANAGE again) naming a taken-away task as held.
 */
export const takenAwayStillThere = (takenAway: readonly string[], checks: readonly { readonly task: string; readonly state: TaskCheck }[]): string[] =>
  takenAway.filter((task) => checks.some((row) => row.task === task && row.state !== 'missing'));
