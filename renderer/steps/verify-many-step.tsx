/**
 * Step 7 with several accounts (issue 9.4): each account's result, applied
 * and checked with Meta on its own. An account Meta set aside shows its
 * countdown and is run again by itself when the wait is over (the
 * controller's timer), or at once with "Try again now".
 */
import { ManyProgressLines, ManyResultLines } from '../components/many-lines';
import { SlotIssue } from '../components/slot-issue';
import { useText } from '../i18n/use-text';
import { isLoading, isWorking, valueOf } from '../state/loadable';
import { accountsOf, type WizardState } from '../state/state';
import { useLastValue } from '../state/use-last-value';
import { useController } from '../state/wizard-context';
import { StepFrame } from './step-frame';

export function VerifyManyStep({ w }: { readonly w: Extract<WizardState, { step: 'verifyMany' }> }) {
  const { t } = useText();
  const controller = useController();
  const report = useLastValue(valueOf(w.run));
  const accounts = accountsOf(w.pick);
  const allDone = report?.accounts.every((a) => a.outcome === 'done' || a.outcome === 'already-in-place') ?? false;
  const left = report?.accounts.some((a) => a.outcome === 'deferred' || a.outcome === 'failed' || a.outcome === 'not-verified') ?? false;

  return (
    <StepFrame
      step="verify"
      title={t('ui.many.verifyTitle')}
      help={t('ui.many.verifyHelp')}
      busy={isLoading(w.run)}
      issue={<SlotIssue step="verify" slot="manyRun" value={w.run} />}
      onBack={controller.back}
      onNext={controller.next}
      nextDisabled={!valueOf(w.run)}
    >
      {report && !isWorking(w.run) && (
        <p className={`summary ${allDone ? 'summary-ok' : 'summary-problem'}`} role="status">
          {t(allDone ? 'ui.many.allDone' : 'ui.many.someLeft')}
        </p>
      )}
      <section aria-labelledby="many-accounts">
        <h2 id="many-accounts">{t('ui.many.accounts')}</h2>
        {isWorking(w.run) && <ManyProgressLines accounts={accounts} progress={w.progress} />}
        {report && !isWorking(w.run) && <ManyResultLines accounts={accounts} report={report} plans={w.plan.accounts} />}
      </section>
      {left && !isWorking(w.run) && (
        <div className="actions">
          <button type="button" onClick={controller.rerunMany}>
            {t('ui.many.tryAgain')}
          </button>
        </div>
      )}
    </StepFrame>
  );
}
