/**
 * Settings (language, appearance, Graph API version, proxy, company CA file) and the token's
 * status with "forget". Shown in place of the step; closing returns to it.
 */
import { useEffect, useId, useRef } from 'react';
import { useText } from '../i18n/use-text';
import { shownStep, type AppState } from '../state/state';
import { useController } from '../state/wizard-context';
import { SettingsForm } from './settings-form';
import { SlotIssue } from './slot-issue';
import { TokenSection } from './token-section';

export function SettingsPanel({ app }: { readonly app: AppState }) {
  const { t } = useText();
  const controller = useController();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  const step = shownStep(app.wizard.step);

  useEffect(() => {
    titleRef.current?.focus();
  }, []);

  return (
    <section className="settings" data-step="settings" aria-labelledby={titleId}>
      <h1 id={titleId} ref={titleRef} tabIndex={-1}>
        {t('ui.settings.title')}
      </h1>
      {app.settings.status === 'ready' && app.settings.value.notice && (
        <p className="summary summary-warning">{t('ui.settings.resetNotice', { path: app.settings.value.notice.backupPath })}</p>
      )}
      <SlotIssue step={step} slot="settings" value={app.settings} />
      <SlotIssue step={step} slot="settingsSave" value={app.settingsSave} />
      {app.settings.status === 'loading' && <p className="working">{t('ui.loading')}</p>}
      {app.settings.status === 'ready' && (
        <SettingsForm
          key={JSON.stringify(app.settings.value)}
          value={app.settings.value}
          saving={app.settingsSave.status === 'loading'}
          saved={app.settingsSave.status === 'ready'}
          caFileRefused={app.settingsSave.status === 'failed' && (app.settingsSave.error.fields ?? []).includes('caFile')}
        />
      )}
      <TokenSection app={app} />
      <div className="step-nav">
        <button type="button" className="primary" onClick={controller.closeSettings}>
          {t('ui.settings.close')}
        </button>
      </div>
    </section>
  );
}
