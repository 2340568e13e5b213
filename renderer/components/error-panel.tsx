/**
 * A failure in plain words (style.md P8): which step, what happened, what to
 * do (the remedy for Meta's code and subcode when one is documented,
 * shared/remedies.ts, else the kind's own), Meta's own localised message when it sent one, and the trace id for
 * support. Offers the next action: try again, or fix (reconnect or
 * settings). Going back is the step's own Back button: one button per action.
 */
import type { AppError, AppErrorKind } from '../../shared/errors';
import { whatToDo } from '../../shared/remedies';
import { useText } from '../i18n/use-text';
import type { Slot } from '../state/slots';
import type { Step } from '../state/state';
import { useController } from '../state/wizard-context';
import { STEP_NAME_KEYS } from '../steps/step-names';

const RECONNECT: readonly AppErrorKind[] = ['token-invalid', 'token-missing', 'permission-denied'];
const SETTINGS: readonly AppErrorKind[] = ['network', 'timeout', 'proxy-auth', 'tls-untrusted'];

export interface ErrorPanelProps {
  readonly error: AppError;
  readonly step: Step;
  /** The request to send again with "Try again". */
  readonly slot?: Slot;
}

export function ErrorPanel({ error, step, slot }: ErrorPanelProps) {
  const { t } = useText();
  const controller = useController();
  const graph = error.graph;
  const code = graph?.code === undefined ? null : graph.subcode === undefined ? `${graph.code}` : `${graph.code}/${graph.subcode}`;
  const metaText = [graph?.userTitle, graph?.userMessage].filter(Boolean).join(': ');
  const todo = whatToDo(error);

  return (
    <div className="error-panel" role="alert">
      <p className="error-step">{t('ui.error.inStep', { step: t(STEP_NAME_KEYS[step]) })}</p>
      <h2>{t(`error.${error.kind}.title`)}</h2>
      <p className="what-to-do">{t(todo.key, todo.params)}</p>
      {metaText && (
        <div className="meta-message">
          <h3>{t('ui.error.metaSays')}</h3>
          <p>{metaText}</p>
        </div>
      )}
      {(graph?.fbtraceId || code) && (
        <p className="reference">
          <span>{t('ui.error.reference')}: </span>
          {graph?.fbtraceId && <code className="trace-id">{t('ui.error.traceId', { id: graph.fbtraceId })}</code>}
          {graph?.fbtraceId && code && ' · '}
          {code && <code>{t('ui.error.code', { code })}</code>}
        </p>
      )}
      <div className="actions">
        {slot && (
          <button type="button" className="primary" onClick={() => controller.retry(slot)}>
            {t('ui.error.retry')}
          </button>
        )}
        {RECONNECT.includes(error.kind) && step !== 'connect' && (
          <button type="button" onClick={controller.reconnect}>
            {t('ui.error.reconnect')}
          </button>
        )}
        {SETTINGS.includes(error.kind) && (
          <button type="button" onClick={controller.openSettings}>
            {t('ui.error.openSettings')}
          </button>
        )}
      </div>
    </div>
  );
}
