/**
 * Review's choice between adding the chosen permissions to what the user has
 * (the default, never takes anything away) and making the list exact (the
 * CLI's --exact), with what "exact" would take away said in plain words
 * before anything is confirmed (issue 8.5).
 */
import type { AccessPlan } from '../../shared/onboarding';
import { useText } from '../i18n/use-text';
import { isWorking, type Loadable } from '../state/loadable';
import { Choice } from './choice';
import { taskNames } from './task-text';

/** What the user has now that the choice leaves out: what "exact" would take away. Empty: the choice changes nothing. */
export const notChosen = (plan: AccessPlan, chosen: readonly string[]): readonly string[] => plan.current.filter((task) => !chosen.includes(task));

interface Props {
  readonly user: string;
  readonly plan: AccessPlan;
  readonly chosen: readonly string[];
  readonly exact: boolean;
  readonly replan: Loadable<AccessPlan>;
  readonly disabled: boolean;
  readonly onChange: (exact: boolean) => void;
}

export function ExactChoice({ user, plan, chosen, exact, replan, disabled, onChange }: Props) {
  const { t } = useText();
  const others = taskNames(t, notChosen(plan, chosen)).join(', ');
  const takenAway = taskNames(t, plan.diff.remove).join(', ');
  const settled = replan.status === 'idle' || replan.status === 'ready';
  return (
    <>
      <fieldset className="choices">
        <legend>{t('ui.review.modeTitle', { user })}</legend>
        <Choice
          type="radio"
          name="apply-mode"
          label={t('ui.review.modeAdd')}
          detail={t('ui.review.modeAddDetail', { user, tasks: others })}
          checked={!exact}
          disabled={disabled}
          onChange={() => onChange(false)}
        />
        <Choice
          type="radio"
          name="apply-mode"
          label={t('ui.review.modeExact')}
          detail={t('ui.review.modeExactDetail', { user, tasks: others })}
          checked={exact}
          disabled={disabled}
          onChange={() => onChange(true)}
        />
      </fieldset>
      <div aria-live="polite">
        {isWorking(replan) && <p className="working">{t('ui.review.replanning')}</p>}
        {exact && settled && plan.diff.remove.length > 0 && (
          <p className="summary summary-warning">{t('ui.review.takesAway', { user, tasks: takenAway })}</p>
        )}
      </div>
    </>
  );
}
