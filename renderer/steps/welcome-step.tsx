/**
 * Step 1: what this does, what you need, the provider's file if there is
 * one, the choice between your business and practice, and "Check an earlier
 * receipt" for a job done before.
 */
import { useId } from 'react';
import { ProfileBox } from '../components/profile-box';
import { SlotIssue } from '../components/slot-issue';
import { useText } from '../i18n/use-text';
import { isLoading } from '../state/loadable';
import { loadedProfile, type AppState, type WizardState } from '../state/state';
import { useController } from '../state/wizard-context';
import { StepFrame } from './step-frame';

export function WelcomeStep({ w, app }: { readonly w: Extract<WizardState, { step: 'welcome' }>; readonly app: AppState }) {
  const { t } = useText();
  const controller = useController();
  const liveId = useId();
  const practiceId = useId();
  const checkId = useId();
  const busy = isLoading(w.choose);

  return (
    <StepFrame
      step="welcome"
      title={t('ui.welcome.title')}
      help={t('ui.welcome.help')}
      busy={busy}
      issue={<SlotIssue step="welcome" slot="choose" value={w.choose} />}
    >
      <h2>{t('ui.welcome.needTitle')}</h2>
      <ul className="checklist">
        <li>{t('ui.welcome.needAdmin')}</li>
        <li>{t('ui.welcome.need2fa')}</li>
        <li>{t('ui.welcome.needToken')}</li>
      </ul>
      <p className="note">{t('ui.welcome.safe')}</p>
      <ProfileBox profile={loadedProfile(app)} attempt={w.profileLoad} />
      <h2>{t('ui.welcome.chooseTitle')}</h2>
      <div className="mode-choices">
        <div className="mode-choice">
          <button type="button" className="primary big" aria-describedby={liveId} onClick={() => controller.chooseMode('live')}>
            {t('ui.welcome.live')}
          </button>
          <p id={liveId}>{t('ui.welcome.liveHelp')}</p>
        </div>
        <div className="mode-choice">
          <button type="button" className="big" aria-describedby={practiceId} onClick={() => controller.chooseMode('practice')}>
            {t('ui.welcome.practice')}
          </button>
          <p id={practiceId}>{t('ui.welcome.practiceHelp')}</p>
        </div>
      </div>
      <h2>{t('ui.welcome.checkTitle')}</h2>
      <div className="mode-choice">
        <button type="button" aria-describedby={checkId} onClick={controller.openCheck}>
          {t('ui.welcome.check')}
        </button>
        <p id={checkId}>{t('ui.welcome.checkHelp')}</p>
      </div>
    </StepFrame>
  );
}
