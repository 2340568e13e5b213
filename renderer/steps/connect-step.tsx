/**
 * Step 2: connect a token. The input is uncontrolled and masked, so the token
 * never enters React state, and it is emptied as soon as it is sent. In
 * practice mode, the practice tokens can be picked by label.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { isMessageKey } from '../../shared/i18n';
import { AppSecretSection } from '../components/app-secret-section';
import { DiagnosisView } from '../components/diagnosis-view';
import { SecretField, useSecretInput } from '../components/secret-field';
import { SlotIssue } from '../components/slot-issue';
import { SuiteLink } from '../components/suite-link';
import { formatList } from '../i18n/format';
import { useText } from '../i18n/use-text';
import { isLoading } from '../state/loadable';
import { loadedProfile, practiceMode, tokenFingerprint, type AppState, type WizardState } from '../state/state';
import { canAdvance } from '../state/transitions';
import { useController } from '../state/wizard-context';
import { StepFrame } from './step-frame';

/** What the admin token needs (product.md): reading the business and giving access on its WhatsApp accounts. */
const ADMIN_PERMISSIONS = 'business_management, whatsapp_business_management, whatsapp_business_messaging';

interface Props {
  readonly w: Extract<WizardState, { step: 'connect' }>;
  readonly app: AppState;
}

export function ConnectStep({ w, app }: Props) {
  const { t, language } = useText();
  const controller = useController();
  const tokenInput = useSecretInput();
  const secretInput = useSecretInput();
  // Meta said the token's app requires an app secret proof, or refused the one made: the section opens and says so.
  const secretAsked = w.diagnosis.status === 'failed' && (w.diagnosis.error.kind === 'app-secret-required' || w.diagnosis.error.kind === 'app-secret-invalid');
  const [secretOpen, setSecretOpen] = useState(false);
  useEffect(() => {
    if (secretAsked) setSecretOpen(true);
  }, [secretAsked]);
  const busy = isLoading(w.diagnosis);
  const practice = practiceMode(app)?.practiceTokens ?? null;
  const fingerprint = tokenFingerprint(app);
  const appIds = loadedProfile(app)?.profile.appIds;
  const appName = appIds ? formatList(appIds, language) : t('ui.suite.appAny');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const token = tokenInput.take(true);
    // A missing token loses nothing else: the app secret stays in its field until the token is there.
    if (!token) return;
    const secret = secretInput.take(false);
    controller.connect(token, secretOpen && secret ? secret : undefined);
  };

  /** Our words for the scenario's tokens we know; the scenario's own note for any other. */
  const practiceText = (label: string, note: string): { name: string; note: string } => {
    const name = `ui.practiceToken.${label}`;
    const detail = `${name}.note`;
    return isMessageKey(name) && isMessageKey(detail) ? { name: t(name), note: t(detail) } : { name: label, note };
  };

  return (
    <StepFrame
      step="connect"
      title={t('ui.connect.title')}
      help={t('ui.connect.help')}
      busy={busy}
      issue={<SlotIssue step="connect" slot="diagnosis" value={w.diagnosis} />}
      onBack={controller.back}
      onNext={controller.next}
      nextDisabled={!canAdvance(w)}
    >
      {practice && practice.length > 0 && (
        <section className="panel" aria-labelledby="practice-tokens">
          <h2 id="practice-tokens">{t('ui.connect.practiceTitle')}</h2>
          <p>{t('ui.connect.practiceHelp')}</p>
          <ul className="practice-tokens">
            {practice.map((token) => {
              const text = practiceText(token.label, token.note);
              return (
                <li key={token.label}>
                  <button type="button" onClick={() => controller.usePractice(token.label)}>
                    {text.name}
                  </button>
                  <span className="muted">{text.note}</span>
                </li>
              );
            })}
          </ul>
        </section>
      )}

      {fingerprint && w.diagnosis.status === 'idle' && (
        <section className="panel" aria-labelledby="saved-token">
          <h2 id="saved-token">{t('ui.connect.savedTitle')}</h2>
          <p>{t('ui.connect.savedBody', { last4: fingerprint.last4 })}</p>
          <button type="button" onClick={controller.inspect}>
            {t('ui.connect.savedCheck')}
          </button>
        </section>
      )}

      <form className="token-form" onSubmit={submit} noValidate>
        <SecretField
          input={tokenInput}
          label={t('ui.connect.tokenLabel')}
          hint={t('ui.connect.tokenHint')}
          emptyText={t('ui.connect.empty')}
          toggle={{ show: t('ui.connect.show'), hide: t('ui.connect.hide') }}
        />
        <AppSecretSection input={secretInput} open={secretOpen} onToggle={setSecretOpen} asked={secretAsked} />
        <button type="submit" className="primary">
          {t('ui.connect.submit')}
        </button>
      </form>

      <SuiteLink
        page="system-users"
        title={t('ui.connect.guideTitle')}
        onReturn={() => tokenInput.inputRef.current?.focus()}
        steps={[
          t('ui.suite.admin1'),
          t('ui.suite.admin2'),
          t('ui.suite.admin3', { app: appName }),
          t('ui.suite.admin4', { permissions: ADMIN_PERMISSIONS }),
          t('ui.suite.admin5'),
        ]}
      />

      {busy && <p className="working" role="status">{t('ui.connect.checking')}</p>}
      {w.diagnosis.status === 'ready' && <DiagnosisView diagnosis={w.diagnosis.value} status={app.token} />}
    </StepFrame>
  );
}
