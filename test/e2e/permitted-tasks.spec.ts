/**
 * A client WABA whose `permitted_tasks` omit some tasks (the practice
 * scenario's per-share list, issue 8.2 and 8.11): the Access step disables
 * every task outside the list with the reason and the allowed set, and the
 * least-access preset that needs one of them; what is allowed applies and
 * verifies.
 */
import { formatList } from '../../shared/i18n';
import { GRANULAR_PRESET, WABA_TASKS } from '../../shared/tasks';
import { LIMITED_PERMITTED, permittedScenario } from '../support/permitted-scenario';
import { test, expect, unexpectedConsole } from './support/fixtures';
import { AxeAudit } from './support/axe';
import { LUCKY } from './support/wizard';

test.use({ scenario: permittedScenario() });

const escape = (text: string): RegExp => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

test('permitted_tasks without some tasks: those are disabled with the reason and the allowed set; an allowed one applies', async ({ wizard, harness }) => {
  await wizard.connectLive(harness.token('admin-never'));
  await wizard.chooseAccount(LUCKY.partnerWaba.name);
  await wizard.chooseUser(LUCKY.employee.name);

  const allowed = formatList(LIMITED_PERMITTED.map((task) => wizard.t(`task.${task}.name`)), 'en');
  for (const task of WABA_TASKS) {
    const box = wizard.checkbox(wizard.t(`task.${task}.name`));
    if ((LIMITED_PERMITTED as readonly string[]).includes(task)) {
      await expect(box, task).toBeEnabled();
      continue;
    }
    await expect(box, task).toBeDisabled();
    // MANAGE and MESSAGING need full access on the partner solution; the rest are outside the sharer's list.
    const reason = task === 'MANAGE' || task === 'MESSAGING' ? 'ui.access.needsFullAccess' : 'ui.access.notPermitted';
    await expect(box, task).toHaveAccessibleDescription(escape(wizard.t(reason, { allowed })));
  }
  // The least-access preset needs tasks this list leaves out, so it is not offered here, with the same reason.
  expect(GRANULAR_PRESET.some(({ task }) => !(LIMITED_PERMITTED as readonly string[]).includes(task))).toBe(true);
  const least = wizard.radio(wizard.t('preset.granular.name'));
  await expect(least).toBeDisabled();
  await expect(least).toHaveAccessibleDescription(escape(wizard.t('ui.access.notPermitted', { allowed })));
  await expect(wizard.button('ui.access.useLeastAccess')).toHaveCount(0);
  const axe = new AxeAudit(wizard.page);
  await axe.checkThemes('access: tasks outside permitted_tasks');
  expect(axe.violations).toEqual({});

  // What the list allows goes through: See message templates is added to the Developer access the user has.
  await wizard.checkbox(wizard.t('task.VIEW_TEMPLATES.name')).check();
  await wizard.review();
  await expect(wizard.step('review').locator('.diff-add')).toContainText(wizard.t('task.VIEW_TEMPLATES.name'));
  await wizard.confirmApply();
  await wizard.expectVerified(['DEVELOP', 'VIEW_TEMPLATES']);
  expect([...(harness.graph.assignedTasks(LUCKY.partnerWaba.id, LUCKY.employee.id) ?? [])].sort()).toEqual(['DEVELOP', 'VIEW_TEMPLATES']);
  expect(unexpectedConsole(harness)).toEqual([]);
});
