/**
 * Step 8: the receipt the BSP can check (ids, tasks verified, times, Meta
 * trace ids, token fingerprint, never the token), saved as JSON or as a
 * printable page, or printed from this view.
 */
import type { Receipt } from '../../shared/onboarding';
import { tokenTypeName } from '../../shared/i18n';
import { SlotIssues } from '../components/slot-issue';
import { taskNames } from '../components/task-text';
import { formatDateTime, formatList } from '../i18n/format';
import { useText } from '../i18n/use-text';
import { isLoading, isWorking } from '../state/loadable';
import type { WizardState } from '../state/state';
import { useController } from '../state/wizard-context';
import { StepFrame } from './step-frame';

function ReceiptView({ receipt }: { readonly receipt: Receipt }) {
  const { t, language } = useText();
  const traceIds = [...(receipt.apply?.fbtraceIds ?? []), ...receipt.verification.fbtraceIds];
  const named = (name: string | undefined, id: string) => (name ? `${name} (${id})` : id);
  return (
    <article className="receipt" aria-labelledby="receipt-heading">
      <h2 id="receipt-heading">{t('ui.receipt.heading')}</h2>
      <dl className="summary-list">
        <dt>{t('ui.receipt.created')}</dt>
        <dd>{formatDateTime(receipt.createdAt, language)}</dd>
        <dt>{t('ui.receipt.mode')}</dt>
        <dd>{receipt.mode === 'practice' ? t('ui.receipt.modePractice') : t('ui.receipt.modeLive')}</dd>
        <dt>{t('ui.receipt.business')}</dt>
        <dd>{named(receipt.business.name, receipt.business.id)}</dd>
        <dt>{t('ui.receipt.waba')}</dt>
        <dd>{named(receipt.waba.name, receipt.waba.id)}</dd>
        <dt>{t('ui.receipt.user')}</dt>
        <dd>{named(receipt.systemUser.name, receipt.systemUser.id)}</dd>
        <dt>{t('ui.receipt.tasks')}</dt>
        <dd>{formatList(taskNames(t, receipt.tasksRequested), language)}</dd>
        {receipt.tasksTakenAway && (
          <>
            <dt>{t('ui.receipt.takenAway')}</dt>
            <dd>{formatList(taskNames(t, receipt.tasksTakenAway), language)}</dd>
          </>
        )}
        <dt>{t('ui.receipt.verified')}</dt>
        <dd>
          {receipt.verification.verified
            ? t('ui.receipt.verifiedYes', { time: formatDateTime(receipt.verification.checkedAt, language) })
            : t('ui.receipt.verifiedNo')}
        </dd>
        {receipt.apply && (
          <>
            <dt>{t('ui.receipt.applied')}</dt>
            <dd>{formatDateTime(receipt.apply.appliedAt, language)}</dd>
          </>
        )}
        {traceIds.length > 0 && (
          <>
            <dt>{t('ui.receipt.traceIds')}</dt>
            <dd>
              <code>{traceIds.join(', ')}</code>
            </dd>
          </>
        )}
        {receipt.token && (
          <>
            <dt>{t('ui.receipt.token')}</dt>
            <dd>
              {t('ui.receipt.tokenValue', { last4: receipt.token.last4 })}
              {receipt.token.type ? ` · ${tokenTypeName(t, receipt.token.type)}` : ''}
            </dd>
          </>
        )}
        <dt>{t('ui.receipt.apiVersion')}</dt>
        <dd>{receipt.graphApiVersion}</dd>
      </dl>
    </article>
  );
}

export function ReceiptStep({ w }: { readonly w: Extract<WizardState, { step: 'receipt' }> }) {
  const { t } = useText();
  const controller = useController();
  const saving = isLoading(w.save);

  return (
    <StepFrame
      step="receipt"
      title={t('ui.receipt.title')}
      help={t('ui.receipt.help')}
      busy={isLoading(w.receipt)}
      issue={<SlotIssues step="receipt" slots={[['receipt', w.receipt], ['save', w.save]]} />}
      onBack={controller.back}
      onNext={controller.next}
      nextLabel={t('ui.receipt.toHandoff')}
    >
      {isWorking(w.receipt) && <p className="working">{t('ui.loading')}</p>}
      {w.receipt.status === 'ready' && <ReceiptView receipt={w.receipt.value} />}
      <div className="actions no-print">
        <button type="button" className="primary" disabled={saving} onClick={() => controller.saveReceipt('json')}>
          {t('ui.receipt.saveJson')}
        </button>
        <button type="button" disabled={saving} onClick={() => controller.saveReceipt('html')}>
          {t('ui.receipt.saveHtml')}
        </button>
        <button type="button" disabled={w.receipt.status !== 'ready'} onClick={() => window.print()}>
          {t('ui.receipt.print')}
        </button>
      </div>
      <div className="no-print" aria-live="polite">
        {saving && <p className="working">{t('ui.receipt.saving')}</p>}
        {w.save.status === 'ready' && (
          <p className="summary summary-ok">
            {t('ui.receipt.saved', { path: w.save.value.path })}
          </p>
        )}
      </div>
      <section className="panel send no-print" aria-labelledby="send-title">
        <h2 id="send-title">{t('ui.receipt.sendTitle')}</h2>
        <ul>
          <li>{t('ui.receipt.send1')}</li>
          <li>
            {t('ui.receipt.send2', { business: w.pick.business.id, waba: w.pick.waba.id, user: w.pick.user.id })}
          </li>
        </ul>
        <p className="summary summary-warning">{t('ui.receipt.sendNever')}</p>
      </section>
    </StepFrame>
  );
}
