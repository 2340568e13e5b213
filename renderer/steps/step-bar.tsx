/**
 * The step bar: every step's name, the current one marked. It never breaks a
 * word in the middle and never leaves one step alone on a line: it takes the
 * first form in which every name fits its pill on at most two lines, measured on the laid-out
 * boxes (so it holds for any language and font): one row, then two rows of
 * about half each, then a compact row of numbers (the names stay in the list
 * for screen readers).
 */
import { useEffect, useLayoutEffect, useRef, type CSSProperties } from 'react';
import { useText } from '../i18n/use-text';
import { STEPS, stepNumber, type Step } from '../state/state';
import { STEP_NAME_KEYS } from './step-names';

/** The column counts (set through the CSSOM, which the CSP allows; no inline style attribute in the markup). */
const STEP_COUNTS = { '--steps': STEPS.length, '--half-steps': Math.ceil(STEPS.length / 2) } as CSSProperties;

const FORMS = ['row', 'rows', 'compact'] as const;

/** A name may wrap between its words, onto this many lines at most. */
const MAX_LINES = 2;

/** The lines a step's name takes. */
function linesOf(name: Element): number {
  const range = document.createRange();
  range.selectNodeContents(name);
  return new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top))).size;
}

/** True when a name is wider than its pill (a word that does not fit: words never break) or too tall. */
const overflows = (list: HTMLElement): boolean =>
  [...list.children].some((item) => item.scrollWidth > item.clientWidth + 1) ||
  [...list.querySelectorAll('.step-name')].some((name) => linesOf(name) > MAX_LINES);

/** Sets data-form on the list to the first form that fits (the last one always does). */
function fit(list: HTMLElement): void {
  for (const form of FORMS) {
    list.dataset['form'] = form;
    if (form === 'compact' || !overflows(list)) return;
  }
}

export function StepBar({ step }: { readonly step: Step }) {
  const { t, language } = useText();
  const listRef = useRef<HTMLOListElement>(null);
  const current = stepNumber(step);

  // Before paint, whenever the names change (language, current step).
  useLayoutEffect(() => {
    if (listRef.current) fit(listRef.current);
  }, [language, current]);

  // The window's width and late fonts change what fits.
  useEffect(() => {
    const refit = () => {
      if (listRef.current) fit(listRef.current);
    };
    window.addEventListener('resize', refit);
    document.fonts.addEventListener('loadingdone', refit);
    return () => {
      window.removeEventListener('resize', refit);
      document.fonts.removeEventListener('loadingdone', refit);
    };
  }, []);

  return (
    <nav className="progress" aria-label={t('ui.progress.label')}>
      <p className="progress-text">{t('ui.progress.text', { current, total: STEPS.length })}</p>
      <ol ref={listRef} style={STEP_COUNTS}>
        {STEPS.map((name, index) => (
          <li
            key={name}
            className={index + 1 < current ? 'done' : index + 1 === current ? 'current' : undefined}
            aria-current={name === step ? 'step' : undefined}
          >
            <span className="step-num" aria-hidden="true">
              {index + 1}
            </span>
            <span className="step-name">{t(STEP_NAME_KEYS[name])}</span>
          </li>
        ))}
      </ol>
    </nav>
  );
}
