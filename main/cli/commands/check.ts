/**
 * `check --receipt FILE` (issue 9.5): re-reads every grant an earlier receipt
 * names, with the session's token (stored, or --token-stdin: a BSP can use its
 * own). What a receipt took away is checked to be still gone. Exit 0 every
 * grant holds (extra tasks listed), 5 drift (a task taken away back too), 2 the file is
 * altered / not a receipt / a practice receipt against real Graph, 4 the token
 * cannot read a WABA's assignments ("cannot check"), 3/6/7 as elsewhere.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { appError } from '../../../shared/errors';
import { fileError, isJson } from '../../../shared/file-error';
import { stillGone, type ReceiptCheckReport } from '../../../shared/receipt-check';
import type { Ctx } from '../context';
import { HANDOFF_TEXT as H } from '../handoff-messages';
import { EXIT, kindWords } from '../output';
import { cliLanguageInUse } from '../texts';
import { cliTasks } from '../task-words';

const MAX_MB = 8;

function reportLines(report: ReceiptCheckReport): string[] {
  const lines = [H.checkTitle(report.receipt.kind, report.receipt.createdAt, report.receipt.digest)];
  for (const grant of report.grants) {
    lines.push(H.grant(H.states[grant.state] ?? grant.state, grant.userId, grant.wabaId));
    if (grant.missing.length > 0) lines.push(H.missing(cliTasks(grant.missing)));
    if (grant.included.length > 0) lines.push(H.included(cliTasks(grant.included)));
    if (grant.back.length > 0) lines.push(H.back(cliTasks(grant.back)));
    const gone = stillGone(grant);
    if (gone.length > 0) lines.push(H.stillGone(cliTasks(gone)));
    if (grant.extra.length > 0) lines.push(H.extra(cliTasks(grant.extra)));
    if (grant.state === 'cannot-check') lines.push(H.cannot(kindWords(grant.error?.kind ?? 'permission-denied', cliLanguageInUse())));
  }
  lines.push(report.verdict === 'holds' ? H.holds : report.verdict === 'drifted' ? H.drifted : H.cannotCheck);
  return lines;
}

export async function check(ctx: Ctx): Promise<number> {
  const file = ctx.option('receipt');
  if (typeof file === 'number') return file;
  const path = resolve(file);
  let text: string;
  try {
    if (statSync(path).size > MAX_MB * 1024 * 1024) return ctx.out.fail(appError('bad-input', H.receiptTooBig(MAX_MB), { fields: ['receipt'] }));
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return ctx.out.fail(fileError('--receipt', path, error));
  }
  if (text.trim() === '') return ctx.out.fail(fileError('--receipt', path, 'empty'));
  if (!isJson(text)) return ctx.out.fail(fileError('--receipt', path, 'not-json'));
  const checked = await ctx.call('receipt.check', { text });
  if (!checked.ok) return checked.code;
  const report = checked.value;
  for (const line of reportLines(report)) ctx.out.say(line);
  ctx.out.result(report);
  return report.verdict === 'holds' ? EXIT.ok : report.verdict === 'drifted' ? EXIT.notVerified : EXIT.permission;
}
