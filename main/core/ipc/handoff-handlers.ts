/**
 * IPC handlers for issue 9 (provider profile, hand-off, several accounts,
 * receipt check, reminders); createHandlers spreads them into the table.
 */
import { ok } from '../../../shared/result';
import type { WabaTask } from '../../../shared/tasks';
import {
  applyMany,
  checkReceiptText,
  loadProfile,
  planMany,
  runHandoff,
  saveLastKit,
  saveReminder,
} from '../handoff/service';
import type { CoreServices } from '../onboarding/session';
import type { Handlers } from './router';

type HandoffChannels =
  | 'profile.load'
  | 'profile.current'
  | 'profile.clear'
  | 'handoff.check'
  | 'handoff.saveKit'
  | 'reminder.save'
  | 'access.planMany'
  | 'access.applyMany'
  | 'access.manyProgress'
  | 'receipt.check';

/** Several accounts' request for the core: `exact` only when the renderer asked for it (as access.plan does). */
const many = ({ exact, ...r }: { businessId: string; userId: string; wabaIds: string[]; tasks: WabaTask[]; exact?: boolean | undefined }) => ({
  ...r,
  ...(exact === true ? { exact: true } : {}),
});

export function createHandoffHandlers(core: CoreServices): Pick<Handlers, HandoffChannels> {
  return {
    'profile.load': async ({ text }) => loadProfile(core, text),
    'profile.current': async () => ok(core.handoff.profile),
    'profile.clear': async () => {
      core.handoff.profile = null;
      return ok(null);
    },
    'handoff.check': (request) => runHandoff(core, request),
    'handoff.saveKit': ({ format }) => saveLastKit(core, format),
    'reminder.save': ({ token }) => saveReminder(core, token),
    'access.planMany': (request) => planMany(core, many(request)),
    'access.applyMany': (request) => applyMany(core, many(request)),
    'access.manyProgress': async () => ok(core.handoff.many),
    'receipt.check': ({ text }) => checkReceiptText(core, text),
  };
}
