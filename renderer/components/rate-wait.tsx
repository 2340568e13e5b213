/**
 * A rate limit is a wait, not an error: a countdown until the controller
 * sends the request again by itself, and "Try now" for the impatient.
 */
import { useEffect, useState } from 'react';
import { formatCountdown } from '../i18n/format';
import { useText } from '../i18n/use-text';
import type { Slot } from '../state/slots';
import { useController } from '../state/wizard-context';

const MARK = '\u0000';

export function RateWait({ until, slot }: { readonly until: number; readonly slot: Slot }) {
  const { t } = useText();
  const controller = useController();
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [until]);

  // The countdown sits inside the translated sentence, wherever the language puts {{time}}.
  const [before = '', after = ''] = t('ui.wait.body', { time: MARK }).split(MARK);
  return (
    <div className="rate-wait" role="status">
      <h2>{t('ui.wait.title')}</h2>
      <p>
        {before}
        <span aria-live="off">
          <time className="countdown">{formatCountdown(until - now)}</time>
        </span>
        {after}
      </p>
      <progress className="wait-progress" aria-hidden="true" />
      <div className="actions">
        <button type="button" onClick={() => controller.retry(slot)}>
          {t('ui.wait.tryNow')}
        </button>
      </div>
    </div>
  );
}
