/**
 * Step 8 with several accounts (issue 9.4): the one receipt of the run,
 * which main saved with its digest when the run ended, listing every
 * account with what was done and checked.
 */
import { ManyResultLines } from '../components/many-lines';
import { useText } from '../i18n/use-text';
import { accountsOf, type WizardState } from '../state/state';
import { useController } from '../state/wizard-context';
import { StepFrame } from './step-frame';

export function ReceiptManyStep({ w }: { readonly w: Extract<WizardState, { step: 'receiptMany' }> }) {
  const { t } = useText();
  const controller = useController();
  return (
    <StepFrame
      step="receipt"
      title={t('ui.many.receiptTitle')}
      help={t('ui.many.receiptHelp')}
      onBack={controller.back}
      onNext={controller.next}
      nextLabel={t('ui.receipt.toHandoff')}
    >
      <article className="receipt" aria-labelledby="receipt-heading">
        <h2 id="receipt-heading">{t('ui.receipt.heading')}</h2>
        <ManyResultLines accounts={accountsOf(w.pick)} report={w.report} plans={w.plan.accounts} />
      </article>
      {w.report.receiptPath ? (
        <p className="summary summary-ok" role="status">
          {t('ui.receipt.saved', { path: w.report.receiptPath })}
        </p>
      ) : (
        <p className="summary summary-problem" role="alert">
          {t('ui.many.receiptNotSaved')}
        </p>
      )}
      <p className="summary summary-warning">{t('ui.receipt.sendNever')}</p>
    </StepFrame>
  );
}
