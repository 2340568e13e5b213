/**
 * Step 7: read the access back from Meta and compare it per task (granted /
 * included in Full control / missing / extra); after an exact change, also that what was taken away is gone. Re-check at will; undo removes the assignment after a
 * confirm whose default answer keeps the access.
 */
import { useState } from 'react';
import type { MessageKey } from '../../shared/i18n';
import type { TaskCheck } from '../../shared/onboarding';
import { ConfirmDialog } from '../components/confirm-dialog';
import { SlotIssues } from '../components/slot-issue';
import { TakenAwayCheck } from '../components/taken-away-check';
import { taskName } from '../components/task-text';
import { formatDateTime } from '../i18n/format';
import { useText } from '../i18n/use-text';
import { isLoading, isWorking, valueOf } from '../state/loadable';
import type { WizardState } from '../state/state';
import { useController } from '../state/wizard-context';
import { useLastValue } from '../state/use-last-value';
import { StepFrame } from './step-frame';

const STATE_KEY: Readonly<Record<TaskCheck, MessageKey>> = {
  granted: 'ui.verify.granted',
  included: 'ui.verify.included',
  missing: 'ui.verify.missing',
  extra: 'ui.verify.extra',
};
const STATE_MARK: Readonly<Record<TaskCheck, string>> = { granted: '✓', included: '✓', missing: '✕', extra: '+' };

export function VerifyStep({ w }: { readonly w: Extract<WizardState, { step: 'verify' }> }) {
  const { t, language } = useText();
  const controller = useController();
  const [confirming, setConfirming] = useState(false);
  const busy = isLoading(w.report) || isLoading(w.remove);
  // A re-check that fails keeps the last result on screen, under the problem.
  const report = useLastValue(valueOf(w.report));
  const { user, waba } = w.pick;

  return (
    <StepFrame
      step="verify"
      title={t('ui.verify.title')}
      help={t('ui.verify.help')}
      busy={busy}
      issue={<SlotIssues step="verify" slots={[['report', w.report], ['remove', w.remove]]} />}
      onBack={controller.back}
      onNext={controller.next}
      nextLabel={t('ui.verify.next')}
      nextDisabled={!valueOf(w.report)}
    >
      {w.remove.status === 'ready' && (
        <p className="summary summary-warning" role="status">
          {t('ui.verify.removed', { user: user.name })}
        </p>
      )}
      {isWorking(w.report) && (
        <p className="working" role="status">
          {t('ui.verify.checking')}
        </p>
      )}
      {isWorking(w.remove) && (
        <p className="working" role="status">
          {t('ui.verify.removing')}
        </p>
      )}
      {report && (
        <>
          <p className={`summary ${report.verified ? 'summary-ok' : 'summary-problem'}`} role="status">
            {report.verified ? t('ui.verify.ok') : t('ui.verify.notOk')}
          </p>
          <table className="checks">
            <thead>
              <tr>
                <th scope="col">{t('ui.verify.task')}</th>
                <th scope="col">{t('ui.verify.state')}</th>
              </tr>
            </thead>
            <tbody>
              {report.tasks.map((row) => (
                <tr key={row.task} className={`check-${row.state}`}>
                  <th scope="row">
                    {taskName(t, row.task)} <code className="task-code">{row.task}</code>
                  </th>
                  <td>
                    <span aria-hidden="true">{STATE_MARK[row.state]}</span> {t(STATE_KEY[row.state])}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {w.choice.exact === true && <TakenAwayCheck removed={w.plan.diff.remove} report={report} />}
          <p className="muted">{t('ui.verify.checkedAt', { time: formatDateTime(report.checkedAt, language) })}</p>
        </>
      )}
      <div className="actions">
        {w.report.status !== 'failed' && (
          <button type="button" onClick={controller.verify}>
            {t('ui.verify.recheck')}
          </button>
        )}
        {w.remove.status !== 'ready' && (
          <button type="button" className="danger" onClick={() => setConfirming(true)}>
            {t('ui.verify.undo')}
          </button>
        )}
      </div>
      {confirming && (
        <ConfirmDialog
          danger
          title={t('ui.verify.undoTitle')}
          body={t('ui.verify.undoBody', { user: user.name, waba: waba.name })}
          confirmLabel={t('ui.verify.undoYes')}
          cancelLabel={t('ui.verify.undoNo')}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            controller.remove();
          }}
        />
      )}
    </StepFrame>
  );
}
