/**
 * Step 9, the hand-off (issue 9.1): the client makes a token for the
 * provider's system user in Business Suite (the page is opened for them, with
 * what to pick), pastes it here to have it checked (sent once, never stored,
 * never shown again), copies or saves the provider kit, and learns how to
 * pass the token: straight into the provider's setup page.
 */
import { HandoffAccounts } from '../components/handoff-accounts';
import type { FormEvent } from 'react';
import { HANDOFF_PERMISSIONS } from '../../shared/handoff';
import { isMessageKey } from '../../shared/i18n';
import { HandoffChecks } from '../components/handoff-checks';
import { KitView } from '../components/kit-view';
import { SecretField, useSecretInput } from '../components/secret-field';
import { SlotIssues } from '../components/slot-issue';
import { SuiteLink } from '../components/suite-link';
import { formatList, localDate } from '../i18n/format';
import { useText } from '../i18n/use-text';
import { isLoading, isWorking } from '../state/loadable';
import { loadedProfile, practiceMode, type AppState, type WizardState } from '../state/state';
import { useController } from '../state/wizard-context';
import { StepFrame } from './step-frame';

interface Props {
  readonly w: Extract<WizardState, { step: 'handoff' }>;
  readonly app: AppState;
}

export function HandoffStep({ w, app }: Props) {
  const { t, language } = useText();
  const controller = useController();
  const tokenInput = useSecretInput();
  const profile = loadedProfile(app)?.profile ?? null;
  const practice = practiceMode(app)?.practiceTokens ?? null;
  const report = w.handoff.status === 'ready' ? w.handoff.value : null;
  const user = w.pick.user.name;
  const app_ = profile ? formatList(profile.appIds, language) : t('ui.suite.appAny');
  const permissions = formatList(profile?.tokenPermissions ?? HANDOFF_PERMISSIONS, language);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const token = tokenInput.take(true);
    if (token) controller.checkHandoff({ token });
  };

  return (
    <StepFrame
      step="handoff"
      title={t('ui.handoff.title')}
      help={t('ui.handoff.help')}
      busy={isLoading(w.handoff)}
      issue={<SlotIssues step="handoff" slots={[['handoff', w.handoff], ['kitSave', w.kitSave], ['reminder', w.reminder]]} />}
      onBack={controller.back}
      onNext={controller.restart}
      nextLabel={t('ui.handoff.finish')}
    >
      <SuiteLink
        page="system-users"
        businessId={w.pick.business.id}
        title={t('ui.suite.tokenTitle')}
        open={report === null}
        onReturn={() => tokenInput.inputRef.current?.focus()}
        steps={[
          t('ui.suite.token1', { name: user }),
          t('ui.suite.admin3', { app: app_ }),
          t('ui.suite.admin4', { permissions }),
          t('ui.suite.admin5'),
        ]}
      />
      <SuiteLink page="apps" businessId={w.pick.business.id} title={t('ui.suite.appTitle')} steps={[t('ui.suite.app1', { app: app_ })]} />

      <HandoffAccounts w={w} />
      {practice && practice.length > 0 && (
        <section className="panel" aria-labelledby="handoff-practice">
          <h2 id="handoff-practice">{t('ui.handoff.practiceTitle')}</h2>
          <ul className="practice-tokens">
            {practice.map((token) => {
              const name = `ui.practiceToken.${token.label}`;
              const note = `${name}.note`;
              return (
                <li key={token.label}>
                  <button type="button" onClick={() => controller.checkHandoff({ practiceLabel: token.label })}>
                    {isMessageKey(name) ? t(name) : token.label}
                  </button>
                  <span className="muted">{isMessageKey(note) ? t(note) : token.note}</span>
                </li>
              );
            })}
          </ul>
        </section>
      )}

      <form className="token-form" onSubmit={submit} noValidate>
        <SecretField input={tokenInput} label={t('ui.handoff.tokenLabel')} hint={t('ui.handoff.tokenHint', { name: user })} emptyText={t('ui.handoff.empty')} />
        <button type="submit" className="primary">
          {t('ui.handoff.submit')}
        </button>
      </form>

      {isWorking(w.handoff) && <p className="working">{t('ui.handoff.checking')}</p>}
      {report && <HandoffChecks report={report} />}
      {report?.kit && (
        <>
          <KitView kit={report.kit} />
          <div className="actions no-print">
            <button type="button" disabled={isLoading(w.kitSave)} onClick={() => controller.saveKit('json')}>
              {t('ui.handoff.saveJson')}
            </button>
            <button type="button" disabled={isLoading(w.kitSave)} onClick={() => controller.saveKit('html')}>
              {t('ui.handoff.savePage')}
            </button>
          </div>
          <div aria-live="polite">
            {w.kitSave.status === 'ready' && <p className="summary summary-ok">{t('ui.handoff.saved', { path: w.kitSave.value.path })}</p>}
          </div>
        </>
      )}
      {report?.reminderDate && (
        <section className="panel" aria-labelledby="reminder-title">
          <h2 id="reminder-title">{t('ui.handoff.reminderTitle', { date: localDate(report.reminderDate, language) })}</h2>
          <p>{t('ui.handoff.reminderBody')}</p>
          <button type="button" disabled={isLoading(w.reminder)} onClick={controller.saveReminder}>
            {t('ui.handoff.reminder')}
          </button>
          <div aria-live="polite">
            {w.reminder.status === 'ready' && <p className="summary summary-ok">{t('ui.handoff.reminderSaved', { path: w.reminder.value.path })}</p>}
          </div>
        </section>
      )}
      <section className="panel send" aria-labelledby="pass-title">
        <h2 id="pass-title">{t('ui.handoff.passTitle')}</h2>
        <ul>
          <li>{t('ui.handoff.pass1')}</li>
          <li>{t('ui.handoff.pass2')}</li>
        </ul>
      </section>
    </StepFrame>
  );
}
