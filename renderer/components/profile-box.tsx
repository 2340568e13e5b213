/**
 * The provider profile on Welcome (issue 9.3): open or drop the file; shows
 * the provider, its contact and the file's SHA-256 for the client to compare;
 * a refused file names the wrong field and changes nothing.
 */
import type { AppError } from '../../shared/errors';
import type { LoadedProfile } from '../../shared/provider-profile';
import { useText } from '../i18n/use-text';
import { isLoading, type Loadable } from '../state/loadable';
import { useController } from '../state/wizard-context';
import { FilePick } from './file-pick';

/** The field a refusal names, without the "profile." prefix the core puts before it; null when the whole file is wrong. */
export function refusedField(error: AppError): string | null {
  const field = error.fields?.find((f) => f.startsWith('profile.'));
  return field ? field.slice('profile.'.length) : null;
}

export function ProfileBox({ profile, attempt }: { readonly profile: LoadedProfile | null; readonly attempt: Loadable<LoadedProfile> }) {
  const { t } = useText();
  const controller = useController();
  const support = profile?.profile.provider.support;
  const contact = [support?.email, support?.phone, support?.url].filter(Boolean).join(' · ');
  const refused = attempt.status === 'failed' ? attempt.error : null;
  const field = refused ? refusedField(refused) : null;

  return (
    <section className="panel profile" aria-labelledby="profile-title">
      <h2 id="profile-title">{t('ui.profile.title')}</h2>
      {refused && (
        <p className="summary summary-problem" role="alert">
          {field ? t('ui.profile.refused', { field }) : t('ui.profile.refusedWhole')}
        </p>
      )}
      {profile ? (
        <>
          <p className="summary summary-ok">{t('ui.profile.loaded', { name: profile.profile.provider.name })}</p>
          {contact && <p>{t('ui.profile.contact', { contact })}</p>}
          <dl className="summary-list">
            <dt>{t('ui.profile.sha')}</dt>
            <dd>
              <code className="sha">{profile.sha256}</code>
            </dd>
          </dl>
          <p className="note">{t('ui.profile.shaHelp')}</p>
          <button type="button" onClick={controller.clearProfile}>
            {t('ui.profile.remove')}
          </button>
        </>
      ) : (
        <p>{t('ui.profile.help')}</p>
      )}
      {isLoading(attempt) && <p className="working">{t('ui.profile.reading')}</p>}
      <FilePick
        label={t('ui.profile.open')}
        inputLabel={t('ui.profile.fileLabel')}
        dropText={t('ui.profile.drop')}
        onFile={controller.loadProfile}
      />
    </section>
  );
}
