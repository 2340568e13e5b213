/**
 * The frame every step renders in (style.md P8): progress, a title that takes
 * focus when the step appears, one sentence of help, the inline problem with
 * its next action, the content, then Back / Next. While busy, the content is
 * disabled; Back stays usable.
 */
import { useEffect, useId, useRef, type CSSProperties, type ReactNode } from 'react';
import { useText } from '../i18n/use-text';
import { STEPS, stepNumber, type Step } from '../state/state';
import { STEP_NAME_KEYS } from './step-names';

/** The step bar's column counts (set through the CSSOM, which the CSP allows; no inline style attribute in the markup). */
const STEP_COUNTS = { '--steps': STEPS.length, '--half-steps': Math.ceil(STEPS.length / 2) } as CSSProperties;

export interface StepFrameProps {
  readonly step: Step;
  readonly title: string;
  readonly help: string;
  /** An ErrorPanel or a RateWait, shown above the content. */
  readonly issue?: ReactNode;
  readonly busy?: boolean;
  readonly onBack?: () => void;
  readonly onNext?: () => void;
  readonly nextLabel?: string;
  readonly nextDisabled?: boolean;
  readonly children: ReactNode;
}

export function StepFrame(props: StepFrameProps) {
  const { t } = useText();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  const current = stepNumber(props.step);

  useEffect(() => {
    titleRef.current?.focus();
  }, [props.step]);

  return (
    <section className="step" data-step={props.step} aria-labelledby={titleId} aria-busy={props.busy ? true : undefined}>
      {current > 0 && (
      <nav className="progress" aria-label={t('ui.progress.label')}>
        <p className="progress-text">{t('ui.progress.text', { current, total: STEPS.length })}</p>
        <ol style={STEP_COUNTS}>
          {STEPS.map((step, index) => (
            <li
              key={step}
              className={index + 1 < current ? 'done' : index + 1 === current ? 'current' : undefined}
              aria-current={step === props.step ? 'step' : undefined}
            >
              <span className="step-num" aria-hidden="true">
                {index + 1}
              </span>
              <span className="step-name">{t(STEP_NAME_KEYS[step])}</span>
            </li>
          ))}
        </ol>
      </nav>
      )}
      <h1 id={titleId} ref={titleRef} tabIndex={-1}>
        {props.title}
      </h1>
      <p className="help">{props.help}</p>
      {props.issue}
      <fieldset className="step-body" disabled={props.busy}>
        {props.children}
      </fieldset>
      {(props.onBack || props.onNext) && (
        <div className="step-nav">
          {props.onBack && (
            <button type="button" onClick={props.onBack}>
              {t('ui.nav.back')}
            </button>
          )}
          {props.onNext && (
            <button type="button" className="primary" onClick={props.onNext} disabled={props.busy || props.nextDisabled}>
              {props.nextLabel ?? t('ui.nav.next')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
