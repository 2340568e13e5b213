/**
 * Review's choice between adding the chosen permissions to what the user has
 * (the default, never takes anything away) and making the list exact (the
 * CLI's --exact), with what "exact" would take away said in plain words
 * before anything is confirmed (issue 8.5). One component for one account
 * and for several: the caller says what the choice leaves out and, once the
 * exact plan is in, what it takes away.
 */
import type { AccessPlan } from '../../shared/onboarding';
import { formatList } from '../i18n/format';
import { useText } from '../i18n/use-text';
import { isWorking, type Loadable } from '../state/loadable';
import { Choice } from './choice';
import { taskNames } from './task-text';

/** What the user has now that the choice leaves out: what "exact" would take away. Empty: the choice changes nothing. */
export const notChosen = (plan: AccessPlan, chosen: readonly string[]): readonly string[] => plan.current.filter((task) => !chosen.includes(task));

interface Props {
  readonly user: string;
  /** What the user has now (on any of the accounts) that the choice leaves out. */
  readonly others: readonly string[];
  readonly exact: boolean;
  /** The plan asked again after the choice changed; the warning waits for it. */
  readonly replan: Loadable<unknown>;
  /** Once the exact plan is in: the sentence saying what it takes away, or '' when it takes nothing. */
  readonly takesAway: string;
  readonly disabled: boolean;
  readonly onChange: (exact: boolean) => void;
  /** Several accounts: the details speak of the accounts, not of "this account". */
  readonly several?: boolean;
}

export function ExactChoice({ user, others, exact, replan, takesAway, disabled, onChange, several = false }: Props) {
  const { t, language } = useText();
  // The language's own list ("A, B and C"; Arabic's own comma), as the other lists on Review.
  const tasks = formatList(taskNames(t, others), language);
  const settled = replan.status === 'idle' || replan.status === 'ready';
  return (
    <>
      <fieldset className="choices">
        <legend>{t('ui.review.modeTitle', { user })}</legend>
        <Choice
          type="radio"
          name="apply-mode"
          label={t('ui.review.modeAdd')}
          detail={t(several ? 'ui.many.modeAddDetail' : 'ui.review.modeAddDetail', { user, tasks })}
          checked={!exact}
          disabled={disabled}
          onChange={() => onChange(false)}
        />
        <Choice
          type="radio"
          name="apply-mode"
          label={t('ui.review.modeExact')}
          detail={t(several ? 'ui.many.modeExactDetail' : 'ui.review.modeExactDetail', { user, tasks })}
          checked={exact}
          disabled={disabled}
          onChange={() => onChange(true)}
        />
      </fieldset>
      <div aria-live="polite">
        {isWorking(replan) && <p className="working">{t('ui.review.replanning')}</p>}
        {exact && settled && takesAway !== '' && <p className="summary summary-warning">{takesAway}</p>}
      </div>
    </>
  );
}
