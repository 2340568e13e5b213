/** Step 1: what this does, what you need, and the choice between your business and practice. */
import { useId } from 'react';
import { SlotIssue } from '../components/slot-issue';
import { useText } from '../i18n/use-text';
import { isLoading } from '../state/loadable';
import type { WizardState } from '../state/state';
import { useController } from '../state/wizard-context';
import { StepFrame } from './step-frame';

export function WelcomeStep({ w }: { readonly w: Extract<WizardState, { step: 'welcome' }> }) {
  const { t } = useText();
  const controller = useController();
  const liveId = useId();
  const practiceId = useId();
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
    </StepFrame>
  );
}
