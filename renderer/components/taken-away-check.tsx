/**
 * Verify after an exact change (issue 8.5): each permission the plan took
 * away, checked against Meta's read-back. Gone is confirmed; one still there
 * is a problem, said as such.
 */
import type { VerifyReport } from '../../shared/onboarding';
import { takenAwayStillThere } from '../../shared/taken-away';
import { useText } from '../i18n/use-text';
import { taskName } from './task-text';

export function TakenAwayCheck({ removed, report }: { readonly removed: readonly string[]; readonly report: VerifyReport }) {
  const { t } = useText();
  if (removed.length === 0) return null;
  const held = takenAwayStillThere(removed, report.tasks);
  const stillThere = (task: string): boolean => held.includes(task);
  const allGone = held.length === 0;
  return (
    <section aria-labelledby="taken-away-title" className="taken-away">
      <h2 id="taken-away-title">{t('ui.verify.takenAwayTitle')}</h2>
      <ul>
        {removed.map((task) => (
          <li key={task} className={stillThere(task) ? 'check-missing' : 'check-granted'}>
            {taskName(t, task)} <code className="task-code">{task}</code>:{' '}
            <span aria-hidden="true">{stillThere(task) ? '✕' : '✓'}</span> {t(stillThere(task) ? 'ui.verify.stillThere' : 'ui.verify.gone')}
          </li>
        ))}
      </ul>
      {!allGone && (
        <p className="summary summary-problem" role="alert">
          {t('ui.verify.notTakenAway')}
        </p>
      )}
    </section>
  );
}
