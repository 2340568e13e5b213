/**
 * What the command line prints, asks and answers, in the run's language:
 * each entry reads its text from shared/i18n/*-cli.ts (loaded by main() with
 * useCliLanguage), so call sites stay `TEXT.declined` or `TEXT.stored(where)`.
 * Findings, plan problems, tasks and error titles come from shared/i18n's
 * main tables. Only layout lives here (marks, indents), never words.
 */
import type { AppErrorKind } from '../../shared/errors';
import type { CliKey } from '../../shared/i18n/cli';
import type { CommandGroup, CommandName } from './args';
import { cliText as t, hasCliText } from './texts';

/** `waba-access --help`. */
export const usage = (): string => t('cli.usage');

/** A command's --help, with the task catalogue filled in. */
export const commandHelp = (command: CommandName, tasks: string): string => t(`cli.help.${command.replace(' ', '-')}` as CliKey, { tasks });

/** `waba-access token --help` (or app-secret): the group's subcommands. */
export const groupHelp = (group: CommandGroup): string => t(`cli.help.${group}`);

/** Why the keychain cannot be used ('no-dbus', ...), in words; a reason the vault adds later stays as it came. */
export const keychainWhy = (reason: string): string => {
  const key = `cli.keychainWhy.${reason}`;
  return hasCliText(key) ? t(key) : reason;
};

/** The severity marks in front of a finding or plan problem: symbols, the same in every language. */
const MARK: Readonly<Record<string, string>> = { ok: 'ok ', warning: '!  ', problem: 'X  ' };

export const TEXT = {
  get tlsEnvIgnored() { return t('cli.tlsEnvIgnored'); },
  badLanguage: (source: string, list: string) => t('cli.badLanguage', { source, list }),
  unknownCommand: (name: string) => t('cli.unknownCommand', { name }),
  unknownCommandSuggest: (name: string, suggestion: string) => t('cli.unknownCommandSuggest', { name, suggestion }),
  unknownOption: (name: string) => t('cli.unknownOption', { name }),
  unknownOptionFor: (name: string, command: string) => t('cli.unknownOptionFor', { name, command }),
  unknownOptionForSuggest: (name: string, command: string, suggestion: string) => t('cli.unknownOptionForSuggest', { name, command, suggestion }),
  optionNeedsValue: (name: string) => t('cli.optionNeedsValue', { name }),
  optionTwice: (name: string, values: string) => t('cli.optionTwice', { name, values }),
  strayWord: (word: string, command: string) => t('cli.strayWord', { word, command }),
  strayValue: (word: string, name: string, joined: string) => t('cli.strayValue', { word, name, joined }),
  groupNeedsSub: (group: string, commands: string) => t('cli.groupNeedsSub', { group, commands }),
  badOption: (detail: string) => t('cli.badOption', { detail }),
  get optionsInvalid() { return t('cli.optionsInvalid'); },
  optionNotFor: (name: string, command: string) => t('cli.optionNotFor', { name, command }),
  missingOption: (name: string) => t('cli.missingOption', { name }),
  /** An option given with nothing after it (`--tasks ""`): said as empty, with what belongs there. */
  emptyOption: (name: string, fix: 'id' | 'tasks' | 'path', tasks = '') => t('cli.emptyOption', { name, fix: t(`cli.emptyOption.${fix}`, { name, tasks }) }),
  notAnId: (name: string) => t('cli.notAnId', { name }),
  get oneId() { return t('cli.oneId'); },
  unknownTask: (task: string, known: string) => t('cli.unknownTask', { task, known }),
  didYouMean: (task: string) => t('cli.didYouMean', { task }),
  aliasSent: (typed: string, sent: string) => t('cli.aliasSent', { typed, sent }),
  get tokenNotFromArgv() { return t('cli.tokenNotFromArgv'); },
  get tokenStdinWithSet() { return t('cli.tokenStdinWithSet'); },
  get emptyStdin() { return t('cli.emptyStdin'); },
  get tokenPrompt() { return t('cli.tokenPrompt'); },
  get needYes() { return t('cli.needYes'); },
  get confirmApply() { return t('cli.confirmApply'); },
  confirmRemove: (user: string, waba: string) => t('cli.confirmRemove', { user, waba }),
  get declined() { return t('cli.declined'); },
  stored: (where: string) => t('cli.stored', { where }),
  get storedMemory() { return t('cli.storedMemory'); },
  notStored: (checks: string) => (checks ? t('cli.notStored', { checks }) : t('cli.notStoredMeta')),
  planBlockedJson: (problems: string) => t('cli.planBlockedJson', { problems }),
  inspectBusiness: (name: string, id: string) => t('cli.inspectBusiness', { name, id }),
  get appSecretNoKeychain() { return t('cli.appSecretNoKeychain'); },
  keychainUnreachable: (why: string) => t('cli.keychainUnreachable', { why: keychainWhy(why) }),
  get keychainUnreachableAction() { return t('cli.keychainUnreachableAction'); },
  get tokenNone() { return t('cli.tokenNone'); },
  tokenLine: (last4: string, where: string) => t('cli.tokenLine', { last4, where }),
  tokenType: (type: string) => t('cli.tokenType', { type }),
  tokenApp: (app: string) => t('cli.tokenApp', { app }),
  get tokenNever() { return t('cli.tokenNever'); },
  tokenExpires: (date: string) => t('cli.tokenExpires', { date }),
  keychainProblem: (why: string) => t('cli.keychainProblem', { why: keychainWhy(why) }),
  get forgotten() { return t('cli.forgotten'); },
  get noTokenToForget() { return t('cli.noTokenToForget'); },
  get keychain() { return t('cli.keychain'); },
  get memory() { return t('cli.memory'); },
  get usable() { return t('cli.usable'); },
  get notUsable() { return t('cli.notUsable'); },
  get readOnly() { return t('cli.readOnly'); },
  get layer(): Readonly<Record<string, string>> {
    return { token: t('cli.layer.token'), identity: t('cli.layer.identity'), reach: t('cli.layer.reach') };
  },
  mark: MARK,
  get fix() { return t('cli.fix'); },
  get noWabas() { return t('cli.noWabas'); },
  get owned() { return t('cli.owned'); },
  get client() { return t('cli.client'); },
  get multiPartnerNoMessaging() { return t('cli.multiPartnerNoMessaging'); },
  get multiPartner() { return t('cli.multiPartner'); },
  phones: (list: string) => t('cli.phones', { list }),
  get noPhones() { return t('cli.noPhones'); },
  nextWabas: (business: string, waba: string) => (waba ? t('cli.nextWabasWaba', { business, waba }) : t('cli.nextWabas', { business })),
  get noUsers() { return t('cli.noUsers'); },
  userTasks: (tasks: string) => t('cli.userTasks', { tasks }),
  get userNone() { return t('cli.userNone'); },
  get userAdmin() { return t('cli.userAdmin'); },
  nextUsers: (waba: string, business: string, user: string) => t('cli.nextUsers', { waba, business, user }),
  nextFindWaba: (business: string) => t('cli.nextFindWaba', { business }),
  get whatisUnknown() { return t('cli.whatis.unknown'); },
  get whatisApp() { return t('cli.whatis.app'); },
  whatisLine: (id: string, kind: string, name?: string) => (name ? t('cli.whatisLineNamed', { id, kind, name }) : t('cli.whatisLine', { id, kind })),
  planTitle: (user: string, waba: string) => t('cli.planTitle', { user, waba }),
  planTasks: (tasks: string) => `  ${t('cli.planTasks', { tasks })}`,
  planAdd: (tasks: string) => `  ${t('cli.planAdd', { tasks })}`,
  planRemove: (tasks: string) => `  ${t('cli.planRemove', { tasks })}`,
  planKeep: (tasks: string) => `  ${t('cli.planKeep', { tasks })}`,
  get none() { return t('cli.none'); },
  get planBlocked() { return t('cli.planBlocked'); },
  refusedWhole: (problems: string) => t('cli.refusedWhole', { problems }),
  get noChange() { return t('cli.noChange'); },
  applied: (reconciled: boolean) => t(reconciled ? 'cli.appliedReconciled' : 'cli.applied'),
  get verifyTitle() { return t('cli.verifyTitle'); },
  get verified() { return t('cli.verified'); },
  notVerified: (command: string) => t('cli.notVerified', { command }),
  notVerifiedStillThere: (command: string) => t('cli.notVerifiedStillThere', { command }),
  get verifiedExact() { return t('cli.verifiedExact'); },
  notVerifiedExtra: (tasks: string, command: string) => t('cli.notVerifiedExtra', { tasks, command }),
  get state(): Readonly<Record<string, string>> {
    return { granted: t('cli.state.granted'), included: t('cli.state.included'), missing: t('cli.state.missing'), extra: t('cli.state.extra'), stillThere: t('cli.state.stillThere') };
  },
  receiptSaved: (path: string) => t('cli.receiptSaved', { path }),
  get removed() { return t('cli.removed'); },
  removeWhat: (user: string, waba: string, tasks: string) => t('cli.removeWhat', { user, waba, tasks }),
  removedTasks: (tasks: string) => t('cli.removedTasks', { tasks }),
  removeNotVerified: (business: string, waba: string) => t('cli.removeNotVerified', { business, waba }),
  nothingToRemove: (user: string, waba: string) => t('cli.nothingToRemove', { user, waba }),
  businessFromOwner: (id: string) => t('cli.businessFromOwner', { id }),
  metaCode: (code: string) => t('cli.metaCode', { code }),
  traceId: (id: string) => t('cli.traceId', { id }),
  metaSays: (message: string) => t('cli.metaSays', { message }),
  retryAfter: (minutes: number) => t('cli.retryAfter', { minutes }),
  whatToDo: (action: string) => t('cli.whatToDo', { action }),
  crashed: (command: string) => t('cli.crashed', { command }),
  crashedAction: (reference: string) => t('cli.crashedAction', { reference }),
  reconciled: (done: number, failed: number) => t('cli.reconciled', { done, failed }),
  get practiceStopped() { return t('cli.practiceStopped'); },
  get practiceNoStart() { return t('cli.practiceNoStart'); },
  get badPort() { return t('cli.badPort'); },
  get appSecretPrompt() { return t('cli.appSecretPrompt'); },
  get appSecretNotFromArgv() { return t('cli.appSecretNotFromArgv'); },
  get appSecretStdinTaken() { return t('cli.appSecretStdinTaken'); },
  get appIdBad() { return t('cli.appIdBad'); },
  get appIdNeeded() { return t('cli.appIdNeeded'); },
  appSecretStored: (appId: string) => t('cli.appSecretStored', { appId }),
  appSecretForgotten: (apps: readonly string[]) => t('cli.appSecretForgotten', { apps: apps.join(', ') }),
  get appSecretNone() { return t('cli.appSecretNone'); },
  appSecretFileBad: (path: string) => t('cli.appSecretFileBad', { path }),
};

/** What to do next, for the command line, when it has its own words for the kind (the app's i18n actions talk about screens). */
export function cliAction(kind: AppErrorKind): string | undefined {
  const key = `cli.action.${kind}`;
  return hasCliText(key) ? t(key) : undefined;
}
