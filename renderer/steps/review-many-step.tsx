/**
 * Step 6 with several accounts (issue 9.4): one plan with a line per account
 * (added, kept, taken away; refusals with their reason and the alternative),
 * the same add-or-exact choice as one account's Review (issue 8.5), one
 * confirmation that names how many accounts lose which tasks, then each
 * account applied and verified by main's bulk core while this step shows
 * where each one stands.
 */
import { useState } from 'react';
import { ConfirmDialog } from '../components/confirm-dialog';
import { ExactChoice } from '../components/exact-choice';
import { lossesText, notChosenAnywhere } from '../components/many-losses';
import { ManyPlanLines, ManyProgressLines } from '../components/many-lines';
import { ReviewWho } from '../components/review-who';
import { SlotIssues } from '../components/slot-issue';
import { taskNames } from '../components/task-text';
import { formatList } from '../i18n/format';
import { useText } from '../i18n/use-text';
import { isLoading, isWorking } from '../state/loadable';
import { accountsOf, type WizardState } from '../state/state';
import { replanSettled } from '../state/transitions';
import { useController } from '../state/wizard-context';
import { StepFrame } from './step-frame';

export function ReviewManyStep({ w }: { readonly w: Extract<WizardState, { step: 'reviewMany' }> }) {
  const { t, language } = useText();
  const controller = useController();
  const [confirming, setConfirming] = useState(false);
  const { user } = w.pick;
  const accounts = accountsOf(w.pick);
  const changing = w.plan.counts.change + w.plan.counts.unread;
  const busy = isLoading(w.apply);
  const exact = w.choice.exact === true;
  const others = notChosenAnywhere(w.plan.accounts, w.choice.tasks);
  // Read from the plan shown, which is the exact one once its re-plan is in (Apply waits for it).
  const losses = exact ? lossesText(t, language, w.plan.accounts) : '';

  return (
    <StepFrame
      step="review"
      title={t('ui.many.reviewTitle')}
      help={t('ui.many.reviewHelp')}
      busy={busy}
      issue={<SlotIssues step="review" slots={[['manyReplan', w.replan], ['manyApply', w.apply]]} />}
      onBack={controller.back}
      onNext={w.plan.worthApplying ? () => setConfirming(true) : controller.applyMany}
      nextLabel={t(w.plan.worthApplying ? 'ui.many.apply' : 'ui.many.checkOnly')}
      nextDisabled={!replanSettled(w)}
    >
      <dl className="summary-list">
        <ReviewWho pick={w.pick} />
        <dt>{t('ui.review.what')}</dt>
        <dd>{formatList(taskNames(t, w.plan.tasks), language)}</dd>
      </dl>
      {others.length > 0 && (
        <ExactChoice
          several
          user={user.name}
          others={others}
          exact={exact}
          replan={w.replan}
          takesAway={losses ? t('ui.many.takesAway', { user: user.name, list: losses }) : ''}
          disabled={busy}
          onChange={controller.chooseExact}
        />
      )}
      <section aria-labelledby="many-accounts">
        <h2 id="many-accounts">{t('ui.many.accounts')}</h2>
        {isWorking(w.apply) ? (
          <ManyProgressLines accounts={accounts} progress={w.progress} />
        ) : (
          <ManyPlanLines accounts={accounts} lines={w.plan.accounts} chosen={w.choice.tasks} exact={exact} />
        )}
      </section>
      {confirming && (
        <ConfirmDialog
          danger={losses !== ''}
          title={t('ui.many.confirmTitle')}
          body={[t('ui.many.confirmBody', { user: user.name, count: changing }), losses ? t('ui.many.confirmTakesAway', { list: losses }) : ''].filter(Boolean).join(' ')}
          confirmLabel={t('ui.review.confirmYes')}
          cancelLabel={t('ui.review.confirmNo')}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            controller.applyMany();
          }}
        />
      )}
    </StepFrame>
  );
}
