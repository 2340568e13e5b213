/**
 * With several accounts (issue 9.4), the Hand-off step checks the provider's
 * token on one account at a time: the kit (IDs, phone numbers) is per
 * account, and providers set up each account on its own.
 */
import { accountsOf, type WizardState } from '../state/state';
import { useText } from '../i18n/use-text';
import { useController } from '../state/wizard-context';
import { Choice } from './choice';

export function HandoffAccounts({ w }: { readonly w: Extract<WizardState, { step: 'handoff' }> }) {
  const { t } = useText();
  const controller = useController();
  const accounts = accountsOf(w.from.pick);
  if (accounts.length < 2) return null;
  return (
    <fieldset className="choices">
      <legend>{t('ui.many.handoffLegend')}</legend>
      <p className="muted">{t('ui.many.handoffHelp')}</p>
      {accounts.map((waba) => (
        <Choice
          key={waba.id}
          type="radio"
          name="handoff-waba"
          label={waba.name}
          detail={t('ui.account.id', { id: waba.id })}
          checked={w.pick.waba.id === waba.id}
          onChange={() => controller.pickHandoffAccount(waba.id)}
        />
      ))}
    </fieldset>
  );
}
