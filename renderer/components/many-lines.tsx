/**
 * Several accounts at once (issue 9.4): one line per account, for the plan
 * (what is added, kept, taken away; a refusal with its reason and the
 * alternative) and for the run (where each account stands, with Meta's wait
 * counted down).
 */
import { useEffect, useState } from 'react';
import type { AccountPlan, AccountProgressState, ManyProgress, MultiApplyReport } from '../../shared/multi-account';
import type { Language } from '../../shared/i18n';
import type { DiscoveredWaba } from '../../shared/onboarding';
import { formatCountdown, formatList } from '../i18n/format';
import { useText, type Text } from '../i18n/use-text';
import { ErrorPanel } from './error-panel';
import { notChosen } from './exact-choice';
import { PlanProblems } from './plan-problems';
import { taskNames } from './task-text';

const MARK = '\u0000';
const STATE_MARK: Readonly<Record<AccountProgressState, string>> = {
  queued: '…',
  waiting: '⏳',
  done: '✓',
  'already-in-place': '✓',
  refused: '✕',
  failed: '✕',
  'not-verified': '!',
  deferred: '⏳',
};

const nameOf = (accounts: readonly DiscoveredWaba[], id: string): string => accounts.find((a) => a.id === id)?.name ?? id;

function AccountHead({ name, id }: { readonly name: string; readonly id: string }) {
  const { t } = useText();
  return (
    <h3>
      {name} <span className="muted">{t('ui.account.id', { id })}</span>
    </h3>
  );
}

function tasksLine(t: Text, key: 'ui.many.added' | 'ui.many.kept' | 'ui.many.takenAway' | 'ui.many.exactWouldTake' | 'ui.many.verified' | 'ui.many.stillThere', tasks: readonly string[], language: Language) {
  return t(key, { tasks: tasks.length > 0 ? formatList(taskNames(t, tasks), language) : t('ui.review.nothing') });
}

interface PlanLinesProps {
  readonly accounts: readonly DiscoveredWaba[];
  readonly lines: readonly AccountPlan[];
  /** On Review: the chosen tasks and whether the lists are made exact; while adding, each line says what exact would take away. */
  readonly chosen?: readonly string[];
  readonly exact?: boolean;
}

/** The plan, account by account. */
export function ManyPlanLines({ accounts, lines, chosen, exact = false }: PlanLinesProps) {
  const { t, language } = useText();
  const wouldTake = (line: AccountPlan): readonly string[] => (chosen && !exact && line.plan && (line.status === 'change' || line.status === 'no-change') ? notChosen(line.plan, chosen) : []);
  return (
    <ul className="many-lines">
      {lines.map((line) => (
        <li key={line.wabaId} className={`many-line many-${line.status}`} data-waba={line.wabaId}>
          <AccountHead name={nameOf(accounts, line.wabaId)} id={line.wabaId} />
          <p className="many-status">{t(`ui.many.plan.${line.status}`)}</p>
          {line.plan && line.status === 'change' && (
            <ul className="many-diff">
              <li>{tasksLine(t, 'ui.many.added', line.plan.diff.add, language)}</li>
              <li>{tasksLine(t, 'ui.many.kept', line.plan.diff.keep, language)}</li>
              {line.plan.diff.remove.length > 0 && <li>{tasksLine(t, 'ui.many.takenAway', line.plan.diff.remove, language)}</li>}
            </ul>
          )}
          {wouldTake(line).length > 0 && <p className="muted">{tasksLine(t, 'ui.many.exactWouldTake', wouldTake(line), language)}</p>}
          {line.plan && line.status === 'refused' && <PlanProblems problems={line.plan.problems.filter((p) => p.severity === 'problem')} />}
          {line.error && line.status === 'error' && <ErrorPanel error={line.error} step="review" />}
        </li>
      ))}
    </ul>
  );
}

/** A sentence with a live countdown where the language puts {{time}}. */
function Countdown({ sentence, until }: { readonly sentence: (time: string) => string; readonly until: number }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [until]);
  const [before = '', after = ''] = sentence(MARK).split(MARK);
  return (
    <>
      {before}
      <span aria-live="off">
        <time className="countdown">{formatCountdown(until - now)}</time>
      </span>
      {after}
    </>
  );
}

function StateText({ state, until }: { readonly state: AccountProgressState; readonly until?: string | undefined }) {
  const { t } = useText();
  const at = until ? Date.parse(until) : NaN;
  if ((state === 'waiting' || state === 'deferred') && Number.isFinite(at)) {
    return <Countdown until={at} sentence={(time) => t(`ui.many.state.${state}`, { time })} />;
  }
  return <>{t(`ui.many.state.${state}`, { time: '' })}</>;
}

/** Where each account stands while the run goes on. */
export function ManyProgressLines({ accounts, progress }: { readonly accounts: readonly DiscoveredWaba[]; readonly progress: ManyProgress | null }) {
  const { t } = useText();
  const rows = progress?.accounts ?? accounts.map((a) => ({ wabaId: a.id, state: 'queued' as const }));
  return (
    <div className="working" role="status">
      <p>{t('ui.many.applying')}</p>
      <progress aria-label={t('ui.many.applying')} />
      <ul className="many-lines">
        {rows.map((row) => (
          <li key={row.wabaId} className={`many-line many-${row.state}`} data-waba={row.wabaId}>
            <AccountHead name={nameOf(accounts, row.wabaId)} id={row.wabaId} />
            <p className="many-status">
              <span aria-hidden="true">{STATE_MARK[row.state]}</span> <StateText state={row.state} until={'until' in row ? row.until : undefined} />
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The run's outcome, account by account (Verify and Receipt). */
export function ManyResultLines({ accounts, report, plans }: { readonly accounts: readonly DiscoveredWaba[]; readonly report: MultiApplyReport; readonly plans: readonly AccountPlan[] }) {
  const { t, language } = useText();
  return (
    <ul className="many-lines">
      {report.accounts.map((row) => {
        const plan = plans.find((p) => p.wabaId === row.wabaId)?.plan;
        // What an exact run took away and Meta still lists is not "checked", nor taken away: it is said apart.
        const stillThere = row.stillThere ?? [];
        const granted = row.verify?.tasks.filter((x) => x.state !== 'missing' && !stillThere.includes(x.task)).map((x) => x.task);
        const gone = (row.takenAway ?? []).filter((task) => !stillThere.includes(task));
        return (
          <li key={row.wabaId} className={`many-line many-${row.outcome}`} data-waba={row.wabaId}>
            <AccountHead name={nameOf(accounts, row.wabaId)} id={row.wabaId} />
            <p className="many-status">
              <span aria-hidden="true">{STATE_MARK[row.outcome]}</span> <StateText state={row.outcome} until={row.retryAt} />
            </p>
            {granted && <p>{tasksLine(t, 'ui.many.verified', granted, language)}</p>}
            {gone.length > 0 && <p>{tasksLine(t, 'ui.many.takenAway', gone, language)}</p>}
            {stillThere.length > 0 && <p className="many-still-there">{tasksLine(t, 'ui.many.stillThere', stillThere, language)}</p>}
            {row.outcome === 'refused' && plan && <PlanProblems problems={plan.problems.filter((p) => p.severity === 'problem')} />}
            {row.error && row.outcome !== 'deferred' && row.outcome !== 'refused' && <ErrorPanel error={row.error} step="verify" />}
          </li>
        );
      })}
    </ul>
  );
}
