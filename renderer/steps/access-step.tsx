/**
 * Step 5: presets and the task list, each task in one sentence. The tasks
 * Meta would refuse on this WABA are disabled with the reason and the allowed
 * set (the core's rule, shared/tasks.ts allowedTasks): MANAGE and MESSAGING on
 * a Multi-Partner Solution without MESSAGING, anything outside the sharer's
 * `permitted_tasks`. The least-access preset says why it ticks each task;
 * MANAGE_BILLING says it is needed for a line of credit.
 */
import { ManyPlanLines } from '../components/many-lines';
import { formatList } from '../i18n/format';
import { choiceSharing, isMany } from '../state/accounts';
import { manyReviewable } from '../state/transitions';
import { allowedTasks, GRANULAR_PRESET, LINE_OF_CREDIT_TASK, PRESETS, WABA_TASKS, manageAllowed, type WabaTask } from '../../shared/tasks';
import type { MessageKey } from '../../shared/i18n';
import { Choice } from '../components/choice';
import { SlotIssue } from '../components/slot-issue';
import { PlanProblems } from '../components/plan-problems';
import { taskList } from '../components/task-text';
import { useText } from '../i18n/use-text';
import { RECOMMENDED_PRESET, presetAllowed, taskRefusal } from '../state/choice';
import { isLoading, isWorking, valueOf } from '../state/loadable';
import { accountsOf, loadedProfile, type AppState, type WizardState } from '../state/state';
import { useController } from '../state/wizard-context';
import { StepFrame } from './step-frame';

export function AccessStep({ w, app }: { readonly w: Extract<WizardState, { step: 'access' }>; readonly app: AppState }) {
  const { t, language } = useText();
  const controller = useController();
  const sharing = choiceSharing(w.pick);
  const many = isMany(w.pick);
  const manyPlan = valueOf(w.many);
  // The provider's own words for each task it asks for (a loaded provider profile).
  const profile = loadedProfile(app)?.profile ?? null;
  const providerWhy = new Map<string, string>(profile?.tasks.map((entry) => [entry.task, entry.why]) ?? []);
  const busy = isLoading(w.plan) || isLoading(w.many);
  const none = w.choice.tasks.length === 0;
  const allowed = taskList(t, allowedTasks(sharing), language);
  const leastAccessOffered = presetAllowed('granular', sharing) && w.choice.preset !== 'granular';
  // The least-access preset's reasons, shown while it is the chosen preset.
  const reasons = new Map<WabaTask, MessageKey>(w.choice.preset === 'granular' ? GRANULAR_PRESET.map((entry) => [entry.task, entry.reason]) : []);

  const refusalNote = (task: WabaTask) => {
    const refusal = taskRefusal(task, sharing);
    if (refusal === null) return task === LINE_OF_CREDIT_TASK ? t('ui.access.billingNote') : undefined;
    return (
      <>
        <span>{t(refusal === 'needs-full-access' ? 'ui.access.needsFullAccess' : 'ui.access.notPermitted', { allowed })}</span>
        {task === 'MANAGE' && leastAccessOffered && (
          <>
            {' '}
            <button type="button" className="link" onClick={() => controller.pickPreset('granular')}>
              {t('ui.access.useLeastAccess')}
            </button>
          </>
        )}
      </>
    );
  };

  return (
    <StepFrame
      step="access"
      title={t('ui.access.title')}
      help={t('ui.access.help')}
      busy={busy}
      issue={many ? <SlotIssue step="access" slot="many" value={w.many} /> : <SlotIssue step="access" slot="plan" value={w.plan} />}
      onBack={controller.back}
      onNext={controller.next}
      nextLabel={t('ui.access.next')}
      nextDisabled={none}
    >
      <p className="context">
        {many
          ? t('ui.many.for', { user: w.pick.user.name, list: formatList(accountsOf(w.pick).map((x) => x.name), language) })
          : t('ui.access.for', { user: w.pick.user.name, waba: w.pick.waba.name })}
      </p>
      {manyPlan && !manyReviewable(manyPlan) && (
        <section className="plan-problems has-problem" role="alert" aria-labelledby="many-refused">
          <h2 id="many-refused">{t('ui.many.allRefused')}</h2>
          <ManyPlanLines accounts={accountsOf(w.pick)} lines={manyPlan.accounts} />
        </section>
      )}
      {w.plan.status === 'ready' && <PlanProblems problems={w.plan.value.problems} />}
      <fieldset className="choices">
        <legend>{t('ui.access.presetsLegend')}</legend>
        {PRESETS.map((preset) => {
          const offered = presetAllowed(preset.id, sharing);
          const unavailable = preset.id === 'full' && !manageAllowed(sharing) ? t('ui.access.fullUnavailable') : t('ui.access.notPermitted', { allowed });
          return (
            <Choice
              key={preset.id}
              type="radio"
              name="preset"
              label={t(`preset.${preset.id}.name`)}
              detail={t(`preset.${preset.id}.description`)}
              badge={preset.id === RECOMMENDED_PRESET ? t('ui.access.recommended') : undefined}
              note={offered ? undefined : unavailable}
              disabled={!offered}
              checked={w.choice.preset === preset.id}
              onChange={() => controller.pickPreset(preset.id)}
            />
          );
        })}
      </fieldset>
      <fieldset className="choices tasks">
        <legend>{t('ui.access.tasksLegend')}</legend>
        {WABA_TASKS.map((task) => {
          const reason = reasons.get(task);
          const why = providerWhy.get(task);
          return (
            <Choice
              key={task}
              type="checkbox"
              name="task"
              label={t(`task.${task}.name`)}
              code={task}
              detail={
                <>
                  {t(`task.${task}.description`)}
                  {reason && (
                    <>
                      <br />
                      <span className="why">{t(reason)}</span>
                    </>
                  )}
                  {profile && why && (
                    <>
                      <br />
                      <span className="why">{t('ui.profile.why', { provider: profile.provider.name, why })}</span>
                    </>
                  )}
                </>
              }
              disabled={taskRefusal(task, sharing) !== null && !w.choice.tasks.includes(task)}
              checked={w.choice.tasks.includes(task)}
              onChange={() => controller.toggleTask(task)}
              note={refusalNote(task)}
            />
          );
        })}
      </fieldset>
      {none && <p className="field-error">{t('ui.access.chooseOne')}</p>}
      {(isWorking(w.plan) || isWorking(w.many)) && (
        <p className="working" role="status">
          {t('ui.access.checking')}
        </p>
      )}
    </StepFrame>
  );
}
