/** The text key naming each step (progress list, error panels). */
import type { MessageKey } from '../../shared/i18n';
import type { Step } from '../state/state';

export const STEP_NAME_KEYS: Readonly<Record<Step, MessageKey>> = {
  welcome: 'ui.step.welcome',
  connect: 'ui.step.connect',
  account: 'ui.step.account',
  systemUser: 'ui.step.systemUser',
  access: 'ui.step.access',
  review: 'ui.step.review',
  verify: 'ui.step.verify',
  receipt: 'ui.step.receipt',
  handoff: 'ui.step.handoff',
  checkReceipt: 'ui.step.checkReceipt',
};
