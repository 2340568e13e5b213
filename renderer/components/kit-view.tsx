/** The provider kit (issue 9.1): every value the provider's setup page asks for, each with a copy button; never the token. */
import type { ProviderKit } from '../../shared/handoff';
import { useText } from '../i18n/use-text';
import { formatList, localDate } from '../i18n/format';
import { CopyButton } from './copy-button';
import { taskNames } from './task-text';

function Value({ name, value }: { readonly name: string; readonly value: string }) {
  return (
    <>
      <dt>{name}</dt>
      <dd className="kit-value">
        <code>{value}</code> <CopyButton value={value} name={name} />
      </dd>
    </>
  );
}

export function KitView({ kit }: { readonly kit: ProviderKit }) {
  const { t, language } = useText();
  const expiry = kit.tokenExpiry === null ? t('kit.unknown') : kit.tokenExpiry === 'never' ? t('kit.expiryNever') : localDate(kit.tokenExpiry, language);
  return (
    <article className="kit" aria-labelledby="kit-title">
      <h2 id="kit-title">{t('ui.handoff.kitTitle')}</h2>
      {kit.mode === 'practice' && <p className="note">{t('kit.practice')}</p>}
      <dl className="summary-list">
        {kit.provider && (
          <>
            <dt>{t('kit.provider')}</dt>
            <dd>{kit.provider.name}</dd>
          </>
        )}
        {kit.businessId && <Value name={t('kit.business')} value={kit.businessId} />}
        <Value name={t('kit.waba')} value={kit.waba.id} />
        {kit.phoneNumbers.map((phone) => (
          <Value
            key={phone.id}
            name={`${t('kit.phones')}: ${phone.displayPhoneNumber}${phone.verifiedName ? ` (${phone.verifiedName})` : ''}`}
            value={phone.id}
          />
        ))}
        {kit.phoneNumbers.length === 0 && (
          <>
            <dt>{t('kit.phones')}</dt>
            <dd>{t('kit.none')}</dd>
          </>
        )}
        {kit.appId && <Value name={t('kit.app')} value={kit.appId} />}
        {kit.systemUser.id && <Value name={t('kit.user')} value={kit.systemUser.id} />}
        {kit.tasksVerified && (
          <>
            <dt>{t('kit.tasks')}</dt>
            <dd>{formatList(taskNames(t, kit.tasksVerified), language)}</dd>
          </>
        )}
        <dt>{t('kit.expiry')}</dt>
        <dd>{expiry}</dd>
        <dt>{t('kit.token')}</dt>
        <dd>{t('kit.tokenValue', { last4: kit.tokenLast4 })}</dd>
      </dl>
    </article>
  );
}
