/**
 * What of the wizard's state is worth keeping when the app closes (issue
 * 9.8): the step and the choices, as ids and task names. Pure; the
 * controller sends it to main whenever it changes.
 */
import type { WizardProgress } from '../../shared/progress';
import { valueOf } from './loadable';
import { accountsOf, shownStep, type AppState } from './state';

export function progressOf(app: AppState): WizardProgress | null {
  const mode = valueOf(app.mode)?.mode;
  if (!mode) return null;
  const w = app.wizard;
  switch (w.step) {
    case 'welcome':
    case 'checkReceipt':
      return null;
    case 'connect':
      return { step: 'connect', mode };
    case 'account':
      return {
        step: 'account',
        mode,
        ...(w.business ? { businessId: w.business.id } : {}),
        ...(w.wabaIds.length > 0 ? { wabaIds: [...w.wabaIds] } : {}),
      };
    case 'systemUser':
      return {
        step: 'systemUser',
        mode,
        businessId: w.pick.business.id,
        wabaIds: accountsOf(w.pick).map((x) => x.id),
        ...(w.userId ? { userId: w.userId } : {}),
      };
    default: {
      const choice = w.step === 'handoff' ? w.from.choice : w.choice;
      return {
        step: shownStep(w.step) as WizardProgress['step'],
        mode,
        businessId: w.pick.business.id,
        wabaIds: accountsOf(w.step === 'handoff' ? w.from.pick : w.pick).map((x) => x.id),
        userId: w.pick.user.id,
        ...(choice.tasks.length > 0 ? { tasks: [...choice.tasks] } : {}),
        // Kept so a resumed run is not silently additive after the user chose to take tasks away.
        ...(choice.exact === true ? { exact: true as const } : {}),
      };
    }
  }
}
