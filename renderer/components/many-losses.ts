/**
 * What "make the list exact" means over several accounts (issue 8.5 with
 * 9.4): which tasks the choice leaves out on any account, and, once the
 * exact plan is in, how many accounts lose which task, in words. Pure, for
 * Review's choice, its warning and its confirmation.
 */
import type { Language } from '../../shared/i18n';
import type { AccountPlan } from '../../shared/multi-account';
import { formatList } from '../i18n/format';
import type { Text } from '../i18n/use-text';
import { notChosen } from './exact-choice';
import { taskName } from './task-text';

/** Every task the user has now on an account the run would apply, and the choice leaves out, in first-seen order (a refused account is left as it is). */
export const notChosenAnywhere = (lines: readonly AccountPlan[], chosen: readonly string[]): readonly string[] => [
  ...new Set(lines.flatMap((line) => (line.plan && (line.status === 'change' || line.status === 'no-change') ? notChosen(line.plan, chosen) : []))),
];

/** Each task the plan takes away with the number of accounts that lose it (only accounts that will change). */
export function losses(lines: readonly AccountPlan[]): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    if (line.status !== 'change' || !line.plan) continue;
    for (const task of line.plan.diff.remove) counts.set(task, (counts.get(task) ?? 0) + 1);
  }
  return counts;
}

/** "Developer (accounts: 1) and See insights (accounts: 2)", or '' when nothing is taken away. */
export function lossesText(t: Text, language: Language, lines: readonly AccountPlan[]): string {
  const parts = [...losses(lines)].map(([task, count]) => t('ui.many.lossCount', { task: taskName(t, task), count }));
  return parts.length > 0 ? formatList(parts, language) : '';
}
