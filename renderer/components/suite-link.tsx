/**
 * A Business Suite page for a step only Meta's own screens can do (issue
 * 9.7): the link opens in the system browser (main/app/navigation.ts hands
 * allowlisted https links to openExternalSafe), the numbered list says exactly
 * what to pick there, and when the user comes back to this window the wizard
 * checks again by itself (`onReturn`).
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { businessSuiteUrl, type BusinessSuitePage } from '../../shared/business-suite';
import { useText } from '../i18n/use-text';

export interface SuiteLinkProps {
  readonly page: BusinessSuitePage;
  readonly businessId?: string | null;
  readonly title: string;
  /** What to do on that page, one action per line. */
  readonly steps: readonly ReactNode[];
  /** Called once when the window gets the focus back after the link was opened. */
  readonly onReturn?: () => void;
  /** Open the details at first (the user most likely needs them). */
  readonly open?: boolean;
}

export function SuiteLink({ page, businessId, title, steps, onReturn, open }: SuiteLinkProps) {
  const { t } = useText();
  const [away, setAway] = useState(false);
  const [checked, setChecked] = useState(false);
  const returned = useRef(onReturn);
  returned.current = onReturn;

  useEffect(() => {
    if (!away) return;
    const back = () => {
      setAway(false);
      if (returned.current) {
        returned.current();
        setChecked(true);
      }
    };
    // The browser takes the focus; coming back to the wizard's window gives it back.
    window.addEventListener('focus', back, { once: true });
    return () => window.removeEventListener('focus', back);
  }, [away]);

  return (
    <details className="suite" open={open}>
      <summary>{title}</summary>
      <ol>
        {steps.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ol>
      <p>
        <a
          className="button-link"
          href={businessSuiteUrl(page, businessId)}
          target="_blank"
          rel="noreferrer noopener"
          onClick={() => {
            setChecked(false);
            setAway(true);
          }}
        >
          {t('ui.suite.open')}
        </a>
      </p>
      {onReturn && <p className="note">{t('ui.suite.back')}</p>}
      <p className="note" role="status">
        {checked ? t('ui.suite.checked') : ''}
      </p>
    </details>
  );
}
