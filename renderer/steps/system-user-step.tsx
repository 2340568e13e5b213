/**
 * Step 4: the business's system users with their role and their current
 * tasks on the chosen account. Admin vs employee is explained, and an
 * employee with only the tasks it needs is recommended (security.md S6).
 */
import { Choice } from '../components/choice';
import { roleText } from '../components/role-text';
import { SlotIssue } from '../components/slot-issue';
import { SuiteLink } from '../components/suite-link';
import { taskNames } from '../components/task-text';
import { formatList } from '../i18n/format';
import { useText } from '../i18n/use-text';
import type { SystemUserAccess } from '../../shared/onboarding';
import { isLoading } from '../state/loadable';
import { loadedProfile, type AppState, type WizardState } from '../state/state';
import { canAdvance } from '../state/transitions';
import { useController } from '../state/wizard-context';
import { StepFrame } from './step-frame';

export function SystemUserStep({ w, app }: { readonly w: Extract<WizardState, { step: 'systemUser' }>; readonly app: AppState }) {
  const { t, language } = useText();
  const controller = useController();
  const busy = isLoading(w.users);
  const wanted = loadedProfile(app)?.profile.systemUserName ?? null;
  const listed = w.users.status === 'ready' && wanted !== null && w.users.value.some((u) => u.name.trim().toLowerCase() === wanted.trim().toLowerCase());

  const current = (user: SystemUserAccess): string | undefined => {
    if (user.currentTasks === undefined) return undefined;
    // An admin reaches every account of its portfolio without an assignment (issue 8.7): never "no access".
    if ((user.currentTasks === null || user.currentTasks.length === 0) && user.role === 'ADMIN') return t('ui.user.adminReachesAll');
    if (user.currentTasks === null || user.currentTasks.length === 0) return t('ui.user.none');
    return t('ui.user.current', { tasks: formatList(taskNames(t, user.currentTasks), language) });
  };

  return (
    <StepFrame
      step="systemUser"
      title={t('ui.user.title')}
      help={t('ui.user.help')}
      busy={busy}
      issue={<SlotIssue step="systemUser" slot="users" value={w.users} />}
      onBack={controller.back}
      onNext={controller.next}
      nextDisabled={!canAdvance(w)}
    >
      <aside className="panel explain" aria-labelledby="roles-title">
        <h2 id="roles-title">{t('ui.user.rolesTitle')}</h2>
        <ul>
          <li>
            <strong>{t('ui.user.admin')}:</strong> {t('ui.user.rolesAdmin')}
          </li>
          <li>
            <strong>{t('ui.user.employee')}:</strong> {t('ui.user.rolesEmployee')}
          </li>
        </ul>
        <p className="recommend">{t('ui.user.recommend')}</p>
      </aside>
      <fieldset className="choices">
        <legend>{t('ui.user.legend', { business: w.pick.business.name })}</legend>
        {busy && <p className="working">{t('ui.loading')}</p>}
        {w.users.status === 'ready' && w.users.value.length === 0 && <p>{t('ui.user.empty')}</p>}
        {w.users.status === 'ready' &&
          w.users.value.map((user) => (
            <Choice
              key={user.id}
              type="radio"
              name="system-user"
              label={user.name}
              badge={roleText(t, user.role)}
              checked={w.userId === user.id}
              onChange={() => controller.pickUser(user.id)}
              detail={
                <>
                  <span>{t('ui.account.id', { id: user.id })}</span>
                  {current(user) && (
                    <>
                      <br />
                      <span>{current(user)}</span>
                    </>
                  )}
                </>
              }
            />
          ))}
      </fieldset>
      <SuiteLink
        page="system-users"
        businessId={w.pick.business.id}
        title={t('ui.suite.userTitle')}
        open={w.users.status === 'ready' && wanted !== null && !listed}
        onReturn={controller.reloadUsers}
        steps={[t('ui.suite.user1', { name: wanted ? `"${wanted}"` : t('ui.suite.nameAny') })]}
      />
    </StepFrame>
  );
}
