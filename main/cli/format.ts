/**
 * Plain-text renderings of the core's results for people: short lines, the
 * finding texts and fixes from shared/i18n, and a "Next:" hint where one
 * helps.
 */
import { readsOnly, type DiscoveredWaba, type AccessPlan, type SystemUserAccess, type TokenDiagnosis, type TokenFingerprint, type VerifyReport } from '../../shared/onboarding';
import { findingTextKey, translate, type Language } from '../../shared/i18n';
import { TEXT } from './messages';
import { cliParams, cliTask, cliTasks } from './task-words';


export function diagnosisLines(diagnosis: TokenDiagnosis, language: Language): string[] {
  const t = (key: string, params?: Readonly<Record<string, string | number>>): string => translate(language, key, params);
  const lines: string[] = [];
  for (const layer of diagnosis.layers) {
    lines.push(`${TEXT.layer[layer.layer] ?? layer.layer}:`);
    for (const finding of layer.findings) {
      lines.push(`  ${TEXT.mark[finding.severity] ?? ''}${t(findingTextKey(finding), finding.params)}`);
      if (finding.severity !== 'ok') lines.push(`     ${TEXT.fix} ${t(`finding.${finding.code}.fix`, finding.params)}`);
    }
  }
  // The conclusion is the whole truth: an employee's token works, but only for reading.
  lines.push(!diagnosis.usable ? TEXT.notUsable : readsOnly(diagnosis) ? TEXT.readOnly : TEXT.usable);
  return lines;
}

export function fingerprintLines(fingerprint: TokenFingerprint, where: string): string[] {
  const lines = [TEXT.tokenLine(fingerprint.last4, where)];
  if (fingerprint.type) lines.push(TEXT.tokenType(fingerprint.type));
  if (fingerprint.application || fingerprint.appId) lines.push(TEXT.tokenApp(`${fingerprint.application ?? ''} ${fingerprint.appId ? `(${fingerprint.appId})` : ''}`.trim()));
  if (fingerprint.expiresAt === 0) lines.push(TEXT.tokenNever);
  else if (fingerprint.expiresAt) lines.push(TEXT.tokenExpires(new Date(fingerprint.expiresAt * 1000).toISOString().slice(0, 10)));
  return lines;
}

export function wabaLines(wabas: readonly DiscoveredWaba[], businessId: string): string[] {
  if (wabas.length === 0) return [TEXT.noWabas];
  const lines: string[] = [];
  for (const waba of wabas) {
    const notes = [waba.relation === 'client' ? TEXT.client : TEXT.owned];
    if (waba.sharing.multiPartner) notes.push(waba.sharing.messagingGranted ? TEXT.multiPartner : TEXT.multiPartnerNoMessaging);
    lines.push(`${waba.id}  ${waba.name}  (${notes.join('; ')})`);
    const phones = waba.phoneNumbers.map((p) => `${p.displayPhoneNumber} [${p.id}]`);
    lines.push(`  ${phones.length > 0 ? TEXT.phones(phones.join(', ')) : TEXT.noPhones}`);
  }
  // The hint carries the IDs just learned, never placeholders (issue 8.14).
  lines.push(TEXT.nextWabas(businessId, wabas[0]?.id ?? ''));
  return lines;
}

export function userLines(users: readonly SystemUserAccess[], businessId: string, wabaId?: string): string[] {
  if (users.length === 0) return [TEXT.noUsers];
  const lines = users.map((user) => {
    const none = user.role === 'ADMIN' ? TEXT.userAdmin : TEXT.userNone;
    const tasks = user.currentTasks === undefined ? '' : `  (${user.currentTasks === null ? none : TEXT.userTasks(cliTasks(user.currentTasks))})`;
    return `${user.id}  ${user.name}  ${user.role}${tasks}`;
  });
  const user = users.find((u) => u.role !== 'ADMIN') ?? users[0];
  if (wabaId !== undefined && user) lines.push(TEXT.nextUsers(wabaId, businessId, user.id));
  else if (wabaId !== undefined) lines.push(TEXT.nextWabas(businessId, wabaId));
  // Without --waba the list cannot show tasks; the WABA comes from `wabas`, so point there, not back at this command.
  else lines.push(TEXT.nextFindWaba(businessId));
  return lines;
}

export function planLines(plan: AccessPlan, language: Language): string[] {
  const lines = [TEXT.planTitle(plan.userId, plan.wabaId), TEXT.planTasks(cliTasks(plan.tasks))];
  if (plan.diff.add.length > 0) lines.push(TEXT.planAdd(cliTasks(plan.diff.add)));
  if (plan.diff.remove.length > 0) lines.push(TEXT.planRemove(cliTasks(plan.diff.remove)));
  if (plan.diff.keep.length > 0) lines.push(TEXT.planKeep(cliTasks(plan.diff.keep)));
  for (const problem of plan.problems) lines.push(`  ${TEXT.mark[problem.severity] ?? ''}${translate(language, `plan.${problem.code}`, cliParams(problem.params))}`);
  return lines;
}

/**
 * `stillThere`: tasks an exact change took away that Meta still lists (shared/taken-away.ts).
 * `exact`: the list had to be exactly the asked tasks, so an extra task fails it and the hints keep --exact.
 */
export function verifyLines(report: VerifyReport & { readonly stillThere?: readonly string[] }, exact = false): string[] {
  const stillThere = report.stillThere ?? [];
  const state = (check: VerifyReport['tasks'][number]): string =>
    (stillThere.includes(check.task) ? TEXT.state.stillThere : TEXT.state[check.state]) ?? check.state;
  const extras = report.tasks.filter((check) => check.state === 'extra').map((check) => check.task);
  const verdict = report.verified
    ? exact ? TEXT.verifiedExact : TEXT.verified
    : stillThere.length > 0
      ? TEXT.notVerifiedStillThere(`waba-access system-users --business ${report.businessId} --waba ${report.wabaId}`)
      : exact && extras.length > 0
        ? TEXT.notVerifiedExtra(cliTasks(extras), command('assign', report, ' --exact'))
        : TEXT.notVerified(command('verify', report, exact ? ' --exact' : ''));
  return [TEXT.verifyTitle, ...report.tasks.map((check) => `  ${cliTask(check.task)}: ${state(check)}`), verdict];
}

/** The exact command for the same tasks again (a hint to paste, never placeholders: issue 8.14). */
function command(name: 'verify' | 'assign', report: VerifyReport, tail: string): string {
  const asked = report.tasks.filter((check) => check.state !== 'extra').map((check) => check.task);
  return `waba-access ${name} --business ${report.businessId} --waba ${report.wabaId} --user ${report.userId} --tasks ${asked.join(',')}${tail}`;
}
