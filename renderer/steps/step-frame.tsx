/**
 * The frame every step renders in (style.md P8): progress, a title that takes
 * focus when the step appears, one sentence of help, the inline problem with
 * its next action, the content, then Back / Next. While busy, the content is
 * disabled; Back stays usable.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useText } from '../i18n/use-text';
import { stepNumber, type Step } from '../state/state';
import { StepBar } from './step-bar';

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
      {current > 0 && <StepBar step={props.step} />}
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
