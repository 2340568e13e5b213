/** Lines of `handoff`, `check` and --provider-profile in the run's language (`cli.handoff.*`; the check texts themselves are shared/i18n's `handoff.*`). */
import type { CliKey } from '../../shared/i18n/cli';
import { cliText as t, hasCliText } from './texts';

/** A command-line text for `key` when the language has one, else `fallback` (a code the tables do not know yet). */
const wordsOr = (key: string, fallback: string): string => (hasCliText(key) ? t(key) : fallback);
/** Why a file could not be read: Node's error code ('ENOENT', ...) or 'empty', in words. */

const KIT = ['provider', 'business', 'waba', 'phone', 'app', 'user', 'tasks', 'expiry'] as const;
const STATES = ['holds', 'not-assigned', 'missing-tasks', 'taken-away-back', 'assigned-again', 'cannot-check'] as const;

/** Labels and states padded to the language's longest, so the values line up in a column. */
function padded(keys: readonly CliKey[]): Readonly<Record<string, string>> {
  const labels = keys.map((key) => t(key));
  const width = Math.max(...labels.map((label) => label.length)) + 1;
  return Object.fromEntries(keys.map((key, i) => [key.slice(key.lastIndexOf('.') + 1), (labels[i] ?? '').padEnd(width)]));
}

const kitLine = (field: (typeof KIT)[number], value: string): string => `  ${padded(KIT.map((k) => `cli.handoff.kit.${k}` as const))[field] ?? ''}${value}`;
const named = (id: string, name: string): string => `${id}${name ? ` (${name})` : ''}`;

export const HANDOFF_TEXT = {
  get tokenPrompt() { return t('cli.handoff.tokenPrompt'); },
  noToken: (waba: string) => t('cli.handoff.noToken', { waba }),
  profile: (name: string, sha: string) => t('cli.handoff.profile', { name, sha }),
  get tasksWin() { return t('cli.handoff.tasksWin'); },
  tasksFromProfile: (tasks: string) => t('cli.handoff.tasksFromProfile', { tasks }),
  userName: (actual: string, expected: string, provider: string) => t('cli.handoff.userName', { actual, expected, provider }),
  get kitTitle() { return t('cli.handoff.kitTitle'); },
  kitProvider: (name: string) => kitLine('provider', name),
  kitBusiness: (id: string) => kitLine('business', id),
  kitWaba: (id: string, name: string) => kitLine('waba', named(id, name)),
  kitPhone: (id: string, display: string, verified: string) => kitLine('phone', `${id}  ${display}${verified ? ` (${verified})` : ''}`),
  get kitNoPhone() { return kitLine('phone', t('cli.handoff.noneYet')); },
  kitApp: (id: string) => kitLine('app', id),
  kitUser: (id: string, name: string) => kitLine('user', named(id, name)),
  kitTasks: (tasks: string) => kitLine('tasks', tasks),
  kitExpiry: (expiry: string) => kitLine('expiry', expiry),
  get howToPass() { return t('cli.handoff.howToPass'); },
  get fit() { return t('cli.handoff.fit'); },
  get unfitToken() { return t('cli.handoff.unfitToken'); },
  get tokenNotFromArgv() { return t('cli.handoff.tokenNotFromArgv'); },
  emptyStdin: (waba: string) => t('cli.handoff.emptyStdin', { waba }),
  get unfitTokenJson() { return t('cli.handoff.unfitTokenJson'); },
  get actionToken() { return t('cli.handoff.action.token'); },
  get actionReach() { return t('cli.handoff.action.reach'); },
  get noReach() { return t('cli.handoff.noReach'); },
  reminder: (path: string) => t('cli.handoff.reminder', { path }),
  get unknown() { return t('cli.handoff.unknown'); },
  get never() { return t('cli.handoff.never'); },
  receiptTooBig: (mb: number) => t('cli.handoff.receiptTooBig', { mb }),
  checkTitle: (kind: string, created: string, digest: string) => t('cli.handoff.checkTitle', { kind: wordsOr(`cli.receiptKind.${kind}`, kind), created, digest }),
  grant: (state: string, user: string, waba: string) => `  ${state}  ${t('cli.handoff.grant', { user, waba })}`,
  get states(): Readonly<Record<string, string>> {
    return padded(STATES.map((state) => `cli.handoff.state.${state}` as const));
  },
  missing: (tasks: string) => `      ${t('cli.handoff.missing', { tasks })}`,
  extra: (tasks: string) => `      ${t('cli.handoff.extra', { tasks })}`,
  included: (tasks: string) => `      ${t('cli.handoff.included', { tasks })}`,
  back: (tasks: string) => `      ${t('cli.handoff.back', { tasks })}`,
  stillGone: (tasks: string) => `      ${t('cli.handoff.stillGone', { tasks })}`,
  cannot: (kind: string) => `      ${t('cli.handoff.cannot', { kind })}`,
  get holds() { return t('cli.handoff.holds'); },
  get drifted() { return t('cli.handoff.drifted'); },
  get cannotCheck() { return t('cli.handoff.cannotCheck'); },
};
