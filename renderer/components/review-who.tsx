/**
 * The rows both Review screens open with: the system user (name, role, ID),
 * the account when there is one, and the business portfolio. One account's
 * Review names it here; the several-accounts Review lists them line by line.
 */
import type { DiscoveredWaba } from '../../shared/onboarding';
import { useText } from '../i18n/use-text';
import type { UserPick } from '../state/state';
import { roleText } from './role-text';

export function ReviewWho({ pick, waba }: { readonly pick: UserPick; readonly waba?: DiscoveredWaba }) {
  const { t } = useText();
  const { user, business } = pick;
  return (
    <>
      <dt>{t('ui.review.who')}</dt>
      <dd>
        {user.name} <span className="badge">{roleText(t, user.role)}</span> <span className="muted">{t('ui.account.id', { id: user.id })}</span>
      </dd>
      {waba && (
        <>
          <dt>{t('ui.review.where')}</dt>
          <dd>
            {waba.name} <span className="muted">{t('ui.account.id', { id: waba.id })}</span>
          </dd>
        </>
      )}
      <dt>{t('ui.review.business')}</dt>
      <dd>
        {business.name} <span className="muted">{t('ui.account.id', { id: business.id })}</span>
      </dd>
    </>
  );
}
