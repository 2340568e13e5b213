/** The checks of the provider's token, each in words with its verdict mark (the same look as the token diagnosis). */
import type { HandoffReport } from '../../shared/handoff';
import type { Severity } from '../../shared/onboarding';
import { readableParams } from '../../shared/i18n';
import { localDate } from '../i18n/format';
import { useText } from '../i18n/use-text';

const MARK: Readonly<Record<Severity, string>> = { ok: '✓', warning: '!', problem: '✕' };

export function HandoffChecks({ report }: { readonly report: HandoffReport }) {
  const { t, language } = useText();
  const summary =
    report.verdict === 'fit' ? t('ui.handoff.fit') : report.verdict === 'no-reach' ? t('ui.handoff.noReach') : t('ui.handoff.unfit');
  return (
    <section className="diagnosis" aria-labelledby="handoff-result">
      <h2 id="handoff-result">{t('ui.handoff.resultTitle')}</h2>
      <p className={`summary ${report.verdict === 'fit' ? 'summary-ok' : 'summary-problem'}`} role="status">
        {summary}
      </p>
      <ul className="findings">
        {report.checks.map((check, index) => {
          const date = check.params?.['date'];
          const named = readableParams(t, check.params, language);
          const params = typeof date === 'string' ? { ...named, date: localDate(date, language) } : named;
          return (
            <li key={`${check.code}-${index}`} className={`finding finding-${check.severity}`}>
              <span className="finding-mark" aria-hidden="true">
                {MARK[check.severity]}
              </span>
              <p>{t(`handoff.${check.code}.text`, params)}</p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
