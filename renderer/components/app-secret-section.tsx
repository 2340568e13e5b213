/**
 * Connect's optional app secret (issue 8.8): for a Meta app with "Require App
 * Secret" on. Collapsed until the user opens it or Meta says the app requires
 * it; the secret is write-only like the token (sent once with it, stored by
 * the core in the keychain, never shown back), with where to find it.
 */
import { useText } from '../i18n/use-text';
import { SecretField, type SecretInput } from './secret-field';

/** Where the secret is, and where the switch that asks for it is. */
const WHERE = ['ui.connect.appSecretWhere1', 'ui.connect.appSecretWhere2'] as const;

interface Props {
  readonly input: SecretInput;
  readonly open: boolean;
  readonly onToggle: (open: boolean) => void;
  /** Meta answered that the app requires an app secret proof (or refused the one made). */
  readonly asked: boolean;
}

export function AppSecretSection({ input, open, onToggle, asked }: Props) {
  const { t } = useText();
  return (
    <details className="app-secret" open={open} onToggle={(event) => onToggle(event.currentTarget.open)}>
      <summary>{t('ui.connect.appSecretTitle')}</summary>
      {asked && <p className="summary summary-warning">{t('ui.connect.appSecretAsked')}</p>}
      <p>{t('ui.connect.appSecretHelp')}</p>
      <SecretField input={input} label={t('ui.connect.appSecretLabel')} hint={t('ui.connect.appSecretHint')} />
      <details className="where">
        <summary>{t('ui.connect.appSecretWhere')}</summary>
        <ul>
          {WHERE.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
      </details>
    </details>
  );
}
