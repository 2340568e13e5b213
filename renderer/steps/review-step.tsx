/**
 * Step 6: the only step that changes anything at Meta. It shows who gets what
 * on which account and the difference from today, offers to make the list
 * exact when the user has permissions the choice leaves out (saying what that
 * takes away), then asks for an explicit confirm whose focused (default)
 * answer is the safe one.
 */
import { useState } from 'react';
import { ConfirmDialog } from '../components/confirm-dialog';
import { ExactChoice, notChosen } from '../components/exact-choice';
import { PlanProblems } from '../components/plan-problems';
import { ReviewWho } from '../components/review-who';
import { SlotIssues } from '../components/slot-issue';
import { taskList, taskNames } from '../components/task-text';
import { useText } from '../i18n/use-text';
import { isLoading, isWorking } from '../state/loadable';
import type { WizardState } from '../state/state';
import { planChangesNothing, replanSettled } from '../state/transitions';
import { useController } from '../state/wizard-context';
import { StepFrame } from './step-frame';

export function ReviewStep({ w }: { readonly w: Extract<WizardState, { step: 'review' }> }) {
  const { t, language } = useText();
  const controller = useController();
  const [confirming, setConfirming] = useState(false);
  const busy = isLoading(w.apply);
  const { waba, user } = w.pick;
  const diff = w.plan.diff;
  const unchanged = planChangesNothing(w.plan);
  const exact = w.choice.exact === true;
  const settled = replanSettled(w);
  // Undo on Verify removes all access; it cannot give back what exact takes away, so the confirm says so.
  const takesAway = exact && diff.remove.length > 0 ? `${t('ui.review.confirmTakesAway', { tasks: taskList(t, diff.remove, language) })} ${t('ui.review.confirmNoGiveBack')}` : '';

  const list = (tasks: readonly string[]) =>
    tasks.length === 0 ? (
      <p className="muted">{t('ui.review.nothing')}</p>
    ) : (
      <ul>
        {taskNames(t, tasks).map((name, index) => (
          <li key={`${tasks[index]}`}>{name}</li>
        ))}
      </ul>
    );

  return (
    <StepFrame
      step="review"
      title={t('ui.review.title')}
      help={t('ui.review.help')}
      busy={busy}
      issue={<SlotIssues step="review" slots={[['replan', w.replan], ['apply', w.apply]]} />}
      onBack={controller.back}
      onNext={unchanged ? controller.next : () => setConfirming(true)}
      nextLabel={t(unchanged ? 'ui.review.checkOnly' : 'ui.review.apply')}
      nextDisabled={!w.plan.canApply || !settled}
    >
      <dl className="summary-list">
        <ReviewWho pick={w.pick} waba={waba} />
        <dt>{t('ui.review.what')}</dt>
        <dd>{list(w.plan.tasks)}</dd>
      </dl>
      {notChosen(w.plan, w.choice.tasks).length > 0 && (
        <ExactChoice
          user={user.name}
          others={notChosen(w.plan, w.choice.tasks)}
          exact={exact}
          replan={w.replan}
          takesAway={diff.remove.length > 0 ? t('ui.review.takesAway', { user: user.name, tasks: taskList(t, diff.remove, language) }) : ''}
          disabled={busy}
          onChange={controller.chooseExact}
        />
      )}
      <section aria-labelledby="diff-title">
        <h2 id="diff-title">{t('ui.review.diffTitle')}</h2>
        <div className="diff">
          <div className="diff-add">
            <h3>{t('ui.review.add')}</h3>
            {list(diff.add)}
          </div>
          <div className="diff-remove">
            <h3>{t('ui.review.remove')}</h3>
            {list(diff.remove)}
          </div>
          <div className="diff-keep">
            <h3>{t('ui.review.keep')}</h3>
            {list(diff.keep)}
          </div>
        </div>
      </section>
      <PlanProblems problems={w.plan.problems} title={t('ui.review.notes')} />
      {isWorking(w.apply) && (
        <div className="working" role="status">
          <p>{t('ui.review.applying')}</p>
          <progress aria-label={t('ui.review.applying')} />
        </div>
      )}
      {confirming && (
        <ConfirmDialog
          danger={takesAway !== ''}
          title={t('ui.review.confirmTitle')}
          body={[t('ui.review.confirmBody', { user: user.name, waba: waba.name }), takesAway].filter(Boolean).join(' ')}
          confirmLabel={t('ui.review.confirmYes')}
          cancelLabel={t('ui.review.confirmNo')}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            controller.apply();
          }}
        />
      )}
    </StepFrame>
  );
}
