/**
 * An exact change (issue 8.5) is verified only when what it took away is
 * gone too. One check for every place that verifies an exact change: the
 * wizard's one-account Verify, and each row of a bulk or several-accounts run.
 */
import type { TaskCheck } from './onboarding';

/**
 * The tasks a change took away that Meta's read-back still lists: those the rows of a verify report
 * name (compareTasks: MANAGE read back unpacked is MANAGE again). A task taken away is never one asked
 * for, so a row naming it is one Meta listed (an extra).
 */
export const takenAwayStillThere = (takenAway: readonly string[], checks: readonly { readonly task: string; readonly state: TaskCheck }[]): string[] =>
  takenAway.filter((task) => checks.some((row) => row.task === task));

/**
 * A verify report of an exact change: not verified while Meta still lists what the change took
 * away, and those tasks named in `stillThere` (the one-account CLI `assign --exact`).
 */
export const withTakenAwayChecked = <R extends { readonly verified: boolean; readonly tasks: readonly { readonly task: string; readonly state: TaskCheck }[] }>(
  report: R,
  takenAway: readonly string[],
): R & { readonly stillThere: string[] } => {
  const stillThere = takenAwayStillThere(takenAway, report.tasks);
  return { ...report, verified: report.verified && stillThere.length === 0, stillThere };
};
