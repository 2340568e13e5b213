/** The three-layer token diagnosis: each layer with its verdict, each finding in words, with its fix when something is wrong. */
import { useEffect, useRef } from 'react';
import { findingTextKey, type Language, type MessageKey } from '../../shared/i18n';
import { readsOnly, type Finding, type Severity, type TokenDiagnosis, type TokenStatus } from '../../shared/onboarding';
import { localDate } from '../i18n/format';
import { useText, type Text } from '../i18n/use-text';

const VERDICT_KEY: Readonly<Record<Severity, MessageKey>> = {
  ok: 'ui.verdict.ok',
  warning: 'ui.verdict.warning',
  problem: 'ui.verdict.problem',
};
const VERDICT_MARK: Readonly<Record<Severity, string>> = { ok: '✓', warning: '!', problem: '✕' };

/** A finding's sentence; when Meta gave no date, the sentence that needs none. */
function findingText(t: Text, language: Language, finding: Finding): string {
  const date = finding.params?.['date'];
  const params = typeof date === 'string' ? { ...finding.params, date: localDate(date, language) } : finding.params;
  return t(findingTextKey(finding), params);
}

export function Verdict({ severity }: { readonly severity: Severity }) {
  const { t } = useText();
  return (
    <span className={`verdict verdict-${severity}`}>
      <span aria-hidden="true">{VERDICT_MARK[severity]}</span> {t(VERDICT_KEY[severity])}
    </span>
  );
}

export function DiagnosisView({ diagnosis, status }: { readonly diagnosis: TokenDiagnosis; readonly status: TokenStatus | null }) {
  const { t, language } = useText();
  const ref = useRef<HTMLElement>(null);

  // A new result appears below the form: bring it into view (its summary is also announced).
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'start' });
  }, [diagnosis]);

  return (
    <section className="diagnosis" aria-labelledby="diagnosis-title" ref={ref}>
      <h2 id="diagnosis-title">{t('ui.connect.resultTitle')}</h2>
      {/* The conclusion is the whole truth: an employee's token works, but only for reading. */}
      <p className={`summary ${!diagnosis.usable ? 'summary-problem' : readsOnly(diagnosis) ? 'summary-warning' : 'summary-ok'}`} role="status">
        {!diagnosis.usable ? t('ui.connect.notUsable') : readsOnly(diagnosis) ? t('ui.connect.readsOnly') : t('ui.connect.usable')}
      </p>
      {status?.connected && !status.persisted && status.keychainProblem && <p className="summary summary-warning">{t('ui.connect.memoryOnly')}</p>}
      <ol className="layers">
        {diagnosis.layers.map((layer) => (
          <li key={layer.layer} className={`layer layer-${layer.verdict}`}>
            <h3>
              <span>{t(`ui.layer.${layer.layer}`)}</span> <Verdict severity={layer.verdict} />
            </h3>
            <ul className="findings">
              {layer.findings.map((finding, index) => (
                <li key={`${finding.code}-${index}`} className={`finding finding-${finding.severity}`}>
                  <span className="finding-mark" aria-hidden="true">
                    {VERDICT_MARK[finding.severity]}
                  </span>
                  <div>
                    <p>{findingText(t, language, finding)}</p>
                    {finding.severity !== 'ok' && (
                      <p className="fix">
                        <strong>{t('ui.connect.whatToDo')}</strong> {t(`finding.${finding.code}.fix`, finding.params)}
                      </p>
                    )}
                  </div>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
