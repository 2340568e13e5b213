/**
 * Step 3: pick the business portfolio and the WhatsApp Business Account from
 * what the token can see. A typed id goes through "what is this ID?" first,
 * because business, WABA and phone-number ids are easy to mix up.
 */
import { SlotIssues } from '../components/slot-issue';
import { Choice } from '../components/choice';
import { formatList } from '../i18n/format';
import { useText } from '../i18n/use-text';
import { isLoading, valueOf } from '../state/loadable';
import type { WizardState } from '../state/state';
import { canAdvance } from '../state/transitions';
import { useController } from '../state/wizard-context';
import { IdentifyBox } from './identify-box';
import { StepFrame } from './step-frame';

type AccountState = Extract<WizardState, { step: 'account' }>;

export function AccountStep({ w }: { readonly w: AccountState }) {
  const { t, language } = useText();
  const controller = useController();
  const busy = isLoading(w.businesses) || isLoading(w.wabas);
  const listed = valueOf(w.wabas) ?? [];

  return (
    <StepFrame
      step="account"
      title={t('ui.account.title')}
      help={t('ui.account.help')}
      busy={busy}
      issue={<SlotIssues step="account" slots={[['businesses', w.businesses], ['wabas', w.wabas]]} />}
      onBack={controller.back}
      onNext={controller.next}
      nextDisabled={!canAdvance(w)}
    >
      <fieldset className="choices">
        <legend>{t('ui.account.businessLegend')}</legend>
        {w.businesses.status === 'loading' && <p className="working">{t('ui.loading')}</p>}
        {w.businesses.status === 'ready' && w.businesses.value.length === 0 && <p>{t('ui.account.noBusinesses')}</p>}
        {w.businesses.status === 'ready' &&
          w.businesses.value.map((business) => (
            <Choice
              key={business.id}
              type="radio"
              name="business"
              label={business.name}
              detail={t('ui.account.id', { id: business.id })}
              checked={w.business?.id === business.id}
              onChange={() => controller.pickBusiness(business)}
            />
          ))}
        {w.business && w.businesses.status === 'ready' && !w.businesses.value.some((b) => b.id === w.business?.id) && (
          <Choice
            type="radio"
            name="business"
            label={w.business.name}
            detail={t('ui.account.id', { id: w.business.id })}
            checked
            onChange={() => undefined}
          />
        )}
      </fieldset>
      <details className="where">
        <summary>{t('ui.account.whereBusiness')}</summary>
        <p>{t('ui.account.whereBusinessBody')}</p>
      </details>

      <fieldset className="choices">
        <legend>{t('ui.account.wabaLegend')}</legend>
        {listed.length > 1 && (
          <div className="several">
            <Choice
              type="checkbox"
              name="several"
              label={t('ui.many.several')}
              detail={t('ui.many.severalHelp')}
              checked={w.several}
              onChange={controller.toggleSeveral}
            />
            {w.several && (
              <p className={w.wabaIds.length === 0 ? 'field-error' : 'muted'} aria-live="polite">
                {w.wabaIds.length === 0 ? t('ui.many.pickOne') : t('ui.many.picked', { count: w.wabaIds.length })}
              </p>
            )}
          </div>
        )}
        {!w.business && <p className="muted">{t('ui.account.pickBusinessFirst')}</p>}
        {w.wabas.status === 'loading' && <p className="working">{t('ui.loading')}</p>}
        {w.wabas.status === 'ready' && w.wabas.value.length === 0 && <p>{t('ui.account.noWabas')}</p>}
        {w.wabas.status === 'ready' &&
          w.wabas.value.map((waba) => {
            const phones = waba.phoneNumbers.map((p) => p.displayPhoneNumber);
            const restricted = waba.sharing.multiPartner && !waba.sharing.messagingGranted;
            return (
              <Choice
                key={waba.id}
                type={w.several ? 'checkbox' : 'radio'}
                name="waba"
                label={waba.name}
                checked={w.wabaIds.includes(waba.id)}
                onChange={() => controller.pickWaba(waba.id)}
                detail={
                  <>
                    <span>{t('ui.account.id', { id: waba.id })}</span>
                    {waba.relation && <span> · {t(waba.relation === 'owned' ? 'ui.account.owned' : 'ui.account.client')}</span>}
                    <br />
                    <span>{phones.length > 0 ? t('ui.account.phones', { list: formatList(phones, language) }) : t('ui.account.noPhones')}</span>
                  </>
                }
                note={
                  waba.sharing.multiPartner
                    ? restricted
                      ? t('ui.account.multiPartnerNoMessaging')
                      : t('ui.account.multiPartner')
                    : undefined
                }
              />
            );
          })}
      </fieldset>
      <details className="where">
        <summary>{t('ui.account.whereWaba')}</summary>
        <p>{t('ui.account.whereWabaBody')}</p>
      </details>

      <IdentifyBox w={w} />
    </StepFrame>
  );
}
