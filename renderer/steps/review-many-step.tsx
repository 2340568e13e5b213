/**
 * Step 6 with several accounts (issue 9.4): one plan with a line per account
 * (added, kept, taken away; refusals with their reason and the alternative),
 * one confirmation, then each account applied and verified by main's bulk
 * core while this step shows where each one stands.
 */
import { useState } from 'react';
import { ConfirmDialog } from '../components/confirm-dialog';
import { ManyPlanLines, ManyProgressLines } from '../components/many-lines';
import { ReviewWho } from '../components/review-who';
import { SlotIssue } from '../components/slot-issue';
import { taskNames } from '../components/task-text';
import { formatList } from '../i18n/format';
import { useText } from '../i18n/use-text';
import { isLoading, isWorking } from '../state/loadable';
import { accountsOf, type WizardState } from '../state/state';
import { useController } from '../state/wizard-context';
import { StepFrame } from './step-frame';

export function ReviewManyStep({ w }: { readonly w: Extract<WizardState, { step: 'reviewMany' }> }) {
  const { t, language } = useText();
  const controller = useController();
  const [confirming, setConfirming] = useState(false);
  const { user } = w.pick;
  const accounts = accountsOf(w.pick);
  const changing = w.plan.counts.change + w.plan.counts.unread;

  return (
    <StepFrame
      step="review"
      title={t('ui.many.reviewTitle')}
      help={t('ui.many.reviewHelp')}
      busy={isLoading(w.apply)}
      issue={<SlotIssue step="review" slot="manyApply" value={w.apply} />}
      onBack={controller.back}
      onNext={w.plan.worthApplying ? () => setConfirming(true) : controller.applyMany}
      nextLabel={t(w.plan.worthApplying ? 'ui.many.apply' : 'ui.many.checkOnly')}
    >
      <dl className="summary-list">
        <ReviewWho pick={w.pick} />
        <dt>{t('ui.review.what')}</dt>
        <dd>{formatList(taskNames(t, w.plan.tasks), language)}</dd>
      </dl>
      <section aria-labelledby="many-accounts">
        <h2 id="many-accounts">{t('ui.many.accounts')}</h2>
        {isWorking(w.apply) ? <ManyProgressLines accounts={accounts} progress={w.progress} /> : <ManyPlanLines accounts={accounts} lines={w.plan.accounts} />}
      </section>
      {confirming && (
        <ConfirmDialog
          title={t('ui.many.confirmTitle')}
          body={t('ui.many.confirmBody', { user: user.name, count: changing })}
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
