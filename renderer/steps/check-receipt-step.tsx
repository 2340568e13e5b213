/**
 * "Check an earlier receipt" (issue 9.5), beside the steps: pick a receipt
 * file; main re-reads every grant it names from Meta with the connected
 * token. Holds / drifted / cannot check, or a refusal when the file was
 * altered or is not a receipt. Without a token, connect one first.
 */
import type { AppError } from '../../shared/errors';
import { stillGone, type GrantCheck, type ReceiptCheckReport } from '../../shared/receipt-check';
import { FilePick } from '../components/file-pick';
import { SlotIssue } from '../components/slot-issue';
import { taskList, taskNames } from '../components/task-text';
import type { Language } from '../../shared/i18n';
import { formatDateTime, formatList } from '../i18n/format';
import { useText, type Text } from '../i18n/use-text';
import { isLoading, isWorking } from '../state/loadable';
import { tokenFingerprint, type AppState, type WizardState } from '../state/state';
import { useController } from '../state/wizard-context';
import { StepFrame } from './step-frame';

/** Refusals of the file itself are said in words of their own, not as a Meta error. */
function refusal(t: Text, error: AppError): string | null {
  if (error.kind !== 'bad-input') return null;
  if (error.fields?.includes('size')) return t('ui.check.tooBig');
  if (/practice receipt/i.test(error.message)) return t('ui.check.practiceOnLive');
  return t('ui.check.altered');
}

function grantState(t: Text, grant: GrantCheck, language: Language): string {
  if (grant.state === 'missing-tasks') return t('ui.check.state.missing-tasks', { tasks: taskList(t, grant.missing, language) });
  if (grant.state === 'taken-away-back') return t('ui.check.state.taken-away-back', { tasks: taskList(t, grant.back, language) });
  return t(`ui.check.state.${grant.state}`);
}

function CheckResult({ report }: { readonly report: ReceiptCheckReport }) {
  const { t, language } = useText();
  const summary = report.verdict === 'holds' ? t('ui.check.holds') : report.verdict === 'drifted' ? t('ui.check.drifted') : t('ui.check.cannotCheck');
  const tone = report.verdict === 'holds' ? 'summary-ok' : report.verdict === 'drifted' ? 'summary-problem' : 'summary-warning';
  return (
    <section className="diagnosis" aria-labelledby="check-result">
      <h2 id="check-result">{t('ui.handoff.resultTitle')}</h2>
      <p className={`summary ${tone}`} role="status">
        {summary}
      </p>
      <p className="note">
        {t('ui.check.made', { time: formatDateTime(report.receipt.createdAt, language) })} · <code>{t('ui.check.digest', { digest: report.receipt.digest })}</code>
      </p>
      <ul className="findings">
        {report.grants.map((grant) => (
          <li key={`${grant.wabaId}-${grant.userId}`} className={`finding finding-${grant.state === 'holds' ? 'ok' : grant.state === 'cannot-check' ? 'warning' : 'problem'}`}>
            <span className="finding-mark" aria-hidden="true">
              {grant.state === 'holds' ? '✓' : grant.state === 'cannot-check' ? '!' : '✕'}
            </span>
            <div>
              <p>
                <strong>{t('ui.check.grant', { user: grant.userId, waba: grant.wabaId })}</strong>: {grantState(t, grant, language)}
              </p>
              {grant.included.length > 0 && <p className="note">{t('ui.check.included', { tasks: formatList(taskNames(t, grant.included), language) })}</p>}
              {stillGone(grant).length > 0 && <p className="note">{t('ui.check.stillGone', { tasks: formatList(taskNames(t, stillGone(grant)), language) })}</p>}
              {grant.extra.length > 0 && <p className="note">{t('ui.check.extra', { tasks: formatList(taskNames(t, grant.extra), language) })}</p>}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function CheckReceiptStep({ w, app }: { readonly w: Extract<WizardState, { step: 'checkReceipt' }>; readonly app: AppState }) {
  const { t } = useText();
  const controller = useController();
  const fingerprint = tokenFingerprint(app);
  const refused = w.check.status === 'failed' ? refusal(t, w.check.error) : null;

  return (
    <StepFrame
      step="checkReceipt"
      title={t('ui.check.title')}
      help={t('ui.check.help')}
      busy={isLoading(w.check)}
      issue={refused ? <p className="summary summary-problem" role="alert">{refused}</p> : <SlotIssue step="checkReceipt" slot="check" value={w.check} />}
      onBack={controller.back}
    >
      {fingerprint ? (
        <>
          <p>{t('ui.check.using', { last4: fingerprint.last4 })}</p>
          <FilePick label={t('ui.check.pick')} inputLabel={t('ui.check.fileLabel')} dropText={t('ui.profile.drop')} onFile={controller.checkReceipt} primary />
          {w.fileName && <p>{t('ui.check.file', { name: w.fileName })}</p>}
        </>
      ) : (
        <section className="panel" aria-labelledby="check-token">
          <h2 id="check-token">{t('ui.check.needToken')}</h2>
          <div className="actions">
            <button type="button" className="primary" onClick={() => controller.connectForCheck('live')}>
              {t('ui.check.connectLive')}
            </button>
            <button type="button" onClick={() => controller.connectForCheck('practice')}>
              {t('ui.check.connectPractice')}
            </button>
          </div>
        </section>
      )}
      {isWorking(w.check) && <p className="working">{t('ui.check.checking')}</p>}
      {w.check.status === 'ready' && <CheckResult report={w.check.value} />}
    </StepFrame>
  );
}
