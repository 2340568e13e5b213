/**
 * The app shell: header (name, token, settings), the practice banner on every
 * screen in practice mode, and the current step derived from the state union
 * (style.md anti-pattern 8: never from prop diffs).
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { assertNever } from '../shared/result';
import { isLanguage } from '../shared/i18n';
import { SettingsPanel } from './components/settings-panel';
import { switchLanguage } from './i18n/setup';
import { useText } from './i18n/use-text';
import { valueOf } from './state/loadable';
import { practiceMode, tokenFingerprint, type AppState } from './state/state';
import { useAppState, useController } from './state/wizard-context';
import { AccessStep } from './steps/access-step';
import { AccountStep } from './steps/account-step';
import { CheckReceiptStep } from './steps/check-receipt-step';
import { HandoffStep } from './steps/handoff-step';
import { ConnectStep } from './steps/connect-step';
import { ReceiptManyStep } from './steps/receipt-many-step';
import { ReceiptStep } from './steps/receipt-step';
import { ReviewManyStep } from './steps/review-many-step';
import { VerifyManyStep } from './steps/verify-many-step';
import { ReviewStep } from './steps/review-step';
import { SystemUserStep } from './steps/system-user-step';
import { VerifyStep } from './steps/verify-step';
import { WelcomeStep } from './steps/welcome-step';

function CurrentStep({ app }: { readonly app: AppState }) {
  const w = app.wizard;
  switch (w.step) {
    case 'welcome':
      return <WelcomeStep w={w} app={app} />;
    case 'connect':
      return <ConnectStep w={w} app={app} />;
    case 'account':
      return <AccountStep w={w} />;
    case 'systemUser':
      return <SystemUserStep w={w} app={app} />;
    case 'access':
      return <AccessStep w={w} app={app} />;
    case 'review':
      return <ReviewStep w={w} />;
    case 'verify':
      return <VerifyStep w={w} />;
    case 'receipt':
      return <ReceiptStep w={w} />;
    case 'reviewMany':
      return <ReviewManyStep w={w} />;
    case 'verifyMany':
      return <VerifyManyStep w={w} />;
    case 'receiptMany':
      return <ReceiptManyStep w={w} />;
    case 'handoff':
      return <HandoffStep w={w} app={app} />;
    case 'checkReceipt':
      return <CheckReceiptStep w={w} app={app} />;
    default:
      return assertNever(w);
  }
}

/**
 * Language and theme follow the settings main reports; main chooses the
 * language (the user's choice, else a loaded provider profile's, else the
 * system's: shared/i18n/choose-language.ts).
 */
function useAppearance(app: AppState): void {
  const { i18n } = useTranslation();
  const settings = valueOf(app.settings);
  const language = settings?.language;
  const theme = settings?.theme;

  useEffect(() => {
    if (language && isLanguage(language)) void switchLanguage(i18n, language);
  }, [i18n, language]);

  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'light' || theme === 'dark') root.dataset['theme'] = theme;
    else delete root.dataset['theme'];
  }, [theme]);
}

export function App() {
  const app = useAppState();
  const controller = useController();
  const { t } = useText();
  useAppearance(app);
  const practice = practiceMode(app) !== null;
  const last4 = tokenFingerprint(app)?.last4;

  return (
    <div className={`app${practice ? ' practice' : ''}`}>
      <header>
        <div className="app-header">
          <span className="app-title">{t('ui.app.title')}</span>
          {last4 && (
            <span className="token-badge">
              {t('ui.token.title')}{' '}
              {/* Left to right in every language, so the ellipsis stays before the last characters in Arabic too. */}
              <bdi dir="ltr" className="token-tail">
                …{last4}
              </bdi>
            </span>
          )}
          <button
            type="button"
            className="settings-button"
            aria-pressed={app.settingsOpen}
            onClick={app.settingsOpen ? controller.closeSettings : controller.openSettings}
          >
            {t('ui.app.settings')}
          </button>
        </div>
        {practice && (
          <p className="practice-banner" role="note">
            {t('ui.practice.banner')}
          </p>
        )}
      </header>
      <main className="app-main">
        {app.settingsOpen ? <SettingsPanel app={app} /> : <CurrentStep key={app.wizard.step} app={app} />}
      </main>
    </div>
  );
}

export function NoBridge() {
  const { t } = useText();
  return (
    <main className="app-main">
      <h1>{t('ui.app.title')}</h1>
      <p className="summary summary-problem" role="alert">
        {t('ui.app.noBridge')}
      </p>
    </main>
  );
}
