/** The plan's problems and warnings, in words, most serious first. */
import type { PlanProblem } from '../../shared/onboarding';
import { readableParams } from '../../shared/i18n';
import { useText } from '../i18n/use-text';
import { Verdict } from './diagnosis-view';

const ORDER = { problem: 0, warning: 1, ok: 2 } as const;

export function PlanProblems({ problems, title }: { readonly problems: readonly PlanProblem[]; readonly title?: string }) {
  const { t, language } = useText();
  if (problems.length === 0) return null;
  const sorted = [...problems].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  const serious = sorted.some((p) => p.severity === 'problem');
  const notes = sorted.every((p) => p.severity === 'ok');
  return (
    <div className={`plan-problems${serious ? ' has-problem' : ''}${notes ? ' only-notes' : ''}`} role={serious ? 'alert' : 'status'}>
      {title && <h2>{title}</h2>}
      <ul>
        {sorted.map((problem, index) => (
          <li key={`${problem.code}-${index}`}>
            {problem.severity === 'ok' ? (
              <span className="info-mark" aria-hidden="true">
                i
              </span>
            ) : (
              <Verdict severity={problem.severity} />
            )}{' '}
            {t(`plan.${problem.code}`, readableParams(t, problem.params, language))}
          </li>
        ))}
      </ul>
    </div>
  );
}
