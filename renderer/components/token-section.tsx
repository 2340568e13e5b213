/** The token as the renderer knows it (type, expiry, last four characters, where it is kept) and "forget". */
import { useState } from 'react';
import { tokenTypeName } from '../../shared/i18n';
import { formatUnixDate } from '../i18n/format';
import { useText } from '../i18n/use-text';
import { isLoading } from '../state/loadable';
import { shownStep, tokenFingerprint, type AppState } from '../state/state';
import { useController } from '../state/wizard-context';
import { ConfirmDialog } from './confirm-dialog';
import { SlotIssue } from './slot-issue';

export function TokenSection({ app }: { readonly app: AppState }) {
  const { t, language } = useText();
  const controller = useController();
  const [confirming, setConfirming] = useState(false);
  const status = app.token;
  const print = tokenFingerprint(app);
  const expiry = print ? formatUnixDate(print.expiresAt, language) : null;

  return (
    <section className="panel token" aria-labelledby="token-title">
      <h2 id="token-title">{t('ui.token.title')}</h2>
      <SlotIssue step={shownStep(app.wizard.step)} slot="forget" value={app.forget} />
      {!status?.connected && <p>{t('ui.token.none')}</p>}
      {status?.connected && (
        <>
          <p>{t('ui.token.connected', { last4: print?.last4 ?? '????' })}</p>
          <ul>
            {print?.type && <li>{t('ui.token.type', { type: tokenTypeName(t, print.type) })}</li>}
            {print && print.expiresAt !== null && <li>{expiry ? t('ui.token.expires', { date: expiry }) : t('ui.token.never')}</li>}
            <li>{status.persisted ? t('ui.token.keychain') : status.keychainProblem ? t('ui.token.memory') : t('ui.token.session')}</li>
          </ul>
          <button type="button" className="danger" onClick={() => setConfirming(true)} disabled={isLoading(app.forget)}>
            {t('ui.token.forget')}
          </button>
        </>
      )}
      {confirming && (
        <ConfirmDialog
          danger
          title={t('ui.token.forgetTitle')}
          body={t('ui.token.forgetBody')}
          confirmLabel={t('ui.token.forgetYes')}
          cancelLabel={t('ui.token.forgetNo')}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            controller.forgetToken();
          }}
        />
      )}
    </section>
  );
}
