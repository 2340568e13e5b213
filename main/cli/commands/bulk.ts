/**
 * `bulk --file FILE`: check every row, settle interrupted changes, plan all
 * rows with batched reads, show the summary and ask (or --yes), then let the
 * core apply and verify in batches (core/onboarding/bulk.ts) while this file
 * prints one line per row, the summary, and the receipt's path.
 *
 * A refusal of the whole run (a token Meta refuses: 3; an employee system
 * user's token, which cannot give access in any row: 2) is said once, before
 * any row is listed, and nothing is sent.
 *
 * Exit code, the first that applies: 5 (a row was applied but not verified:
 * Meta's state is unknown, look first), 1 (a row failed or was refused: the
 * file or the account needs a fix), 6 (a row was deferred for rate limits:
 * run again later), 0 (every row done or already in place).
 */
import { readFileSync, statSync } from 'node:fs';
import { fileError } from '../../../shared/file-error';
import { basename, resolve } from 'node:path';
import { appError, inputWithFix } from '../../../shared/errors';
import { translate } from '../../../shared/i18n';
import { DEFAULT_MAX_WAIT_SEC, runBulk, type BulkRowResult, type BulkSummary } from '../../core/onboarding/bulk';
import { countPlans, planBulk, RUN_WIDE_KINDS } from '../../core/onboarding/bulk-plan';
import { buildBulkReceipt, rowReport, saveBulkReceipt } from '../../core/onboarding/bulk-receipt';
import { MAX_CONCURRENCY } from '../../core/onboarding/bulk-schedule';
import { parseBulkFile, type RowProblem } from '../bulk-file';
import { completeFingerprint } from '../../core/onboarding/inspect-token';
import { refusalsOf } from '../../core/onboarding/plan';
import { runRoleRefusal } from '../../core/onboarding/token-role';
import { tokenKindError } from '../../core/onboarding/token-kind';
import type { PlanProblem } from '../../../shared/onboarding';
import type { Ctx } from '../context';
import { BULK_TEXT } from '../bulk-messages';
import { TEXT } from '../messages';
import { cliLanguageInUse } from '../texts';
import { cliParams, cliTasks } from '../task-words';
import { EXIT, kindWords, messageOf } from '../output';
import { providerOf } from '../../core/handoff/service';
import { placeReceipt, remindIfExpiring } from '../receipt-out';
import { allowed, refuseWhole, settleInterrupted } from './access';
import { profileOption } from './profile-option';

const MAX_FILE_MB = 5;

/** A whole-number option within bounds, its default when absent, or the exit code after printing the problem. */
function wholeNumber(ctx: Ctx, name: string, min: number, max: number, fallback: number): number | { code: number } {
  const raw = ctx.parsed.options[name as keyof Ctx['parsed']['options']];
  if (raw === undefined) return fallback;
  const text = typeof raw === 'string' ? raw.trim() : '';
  const value = /^\d{1,9}$/.test(text) ? Number(text) : NaN;
  if (value >= min && value <= max) return value;
  return { code: ctx.out.fail(inputWithFix(BULK_TEXT.badNumber(name, min, max), [name])) };
}

function readBulkFile(ctx: Ctx, path: string): string | { code: number } {
  const fail = (message: string) => ({ code: ctx.out.fail(appError('bad-input', message, { fields: ['file'] })) });
  try {
    if (statSync(path).size > MAX_FILE_MB * 1024 * 1024) return fail(BULK_TEXT.fileTooBig(MAX_FILE_MB));
    return readFileSync(path, 'utf8');
  } catch (error) {
    return { code: ctx.out.fail(fileError('--file', path, error)) };
  }
}

function reportProblems(ctx: Ctx, path: string, problems: readonly RowProblem[]): number {
  const error = inputWithFix(BULK_TEXT.badRowsTitle(problems.length, path), ['file']);
  if (ctx.out.json) {
    ctx.out.result({ error: { kind: error.kind, message: error.message, rows: problems } });
    return EXIT.usage;
  }
  for (const problem of problems) ctx.io.stderr.write(`${BULK_TEXT.badRow(problem.line, problem.message)}\n`);
  return ctx.out.fail(error);
}

const pad = (n: number): string => String(n).padStart(2, '0');
/** Local HH:MM, rounded up so that retrying at the printed minute is never early. */
function clock(iso: string): string {
  const at = new Date(iso);
  const up = new Date(Math.ceil(at.getTime() / 60_000) * 60_000);
  return `${pad(up.getHours())}:${pad(up.getMinutes())}`;
}
const clockSeconds = (at: Date): string => `${pad(at.getHours())}:${pad(at.getMinutes())}:${pad(at.getSeconds())}`;

/** Tasks in words with their codes; '' for none (the line then says "nothing" or leaves the taking away out). */
const namedTasks = (codes: readonly string[]): string => (codes.length > 0 ? cliTasks(codes) : '');

/**
 * Why the plan refused a row, in the run's language: each rule's own words,
 * with the task, the allowed set and the alternative as task names, not codes.
 */
function refusalText(refusals: readonly PlanProblem[] | undefined, reasons: readonly string[] | undefined): string {
  const language = cliLanguageInUse();
  if (refusals && refusals.length > 0) return refusals.map((p) => translate(language, `plan.${p.code}`, cliParams(p.params))).join('; ');
  return (reasons ?? []).map((code) => BULK_TEXT.reason[code] ?? translate(language, `plan.${code}`)).join('; ');
}

/** The tasks an exact row took away that Meta still lists, in the user's words. */
function stillThereText(tasks: readonly string[]): string {
  const language = cliLanguageInUse();
  return translate(language, 'cli.bulk.stillThere', cliParams({ task: tasks.join(',') }));
}

export function outcomeText(result: BulkRowResult): string {
  const error = result.error;
  switch (result.outcome) {
    case 'done':
      return BULK_TEXT.done;
    case 'already-in-place':
      return BULK_TEXT.alreadyInPlace;
    case 'refused':
      return BULK_TEXT.refused(refusalText(result.refusals, result.reasons));
    case 'not-verified': {
      const missing = result.verify?.tasks.filter((t) => t.state === 'missing').map((t) => t.task) ?? [];
      const stillThere = result.stillThere ?? [];
      const detail = missing.length > 0 ? cliTasks(missing) : error ? BULK_TEXT.checkFailed(kindWords(error.kind, cliLanguageInUse())) : '';
      // An exact row whose taken-away task Meta still lists: named in words (issue 8.5).
      return [BULK_TEXT.notVerified(detail), ...(stillThere.length > 0 ? [stillThereText(stillThere)] : [])].join(' ');
    }
    case 'deferred':
      return BULK_TEXT.deferred(result.retryAt ? clock(result.retryAt) : '?');
    case 'failed':
      return BULK_TEXT.failed(kindWords(error?.kind ?? 'unexpected', cliLanguageInUse()), error ? messageOf(error, cliLanguageInUse()) : '');
  }
}

export function exitCodeOf(summary: BulkSummary): number {
  if (summary['not-verified'] > 0) return EXIT.notVerified;
  if (summary.failed + summary.refused > 0) return EXIT.other;
  if (summary.deferred > 0) return EXIT.rateLimited;
  return EXIT.ok;
}

export async function bulk(ctx: Ctx): Promise<number> {
  const file = ctx.option('file');
  if (typeof file === 'number') return file;
  const profile = await profileOption(ctx);
  if (typeof profile === 'number') return profile;
  const maxWaitSec = wholeNumber(ctx, 'max-wait', 0, 86_400, DEFAULT_MAX_WAIT_SEC);
  if (typeof maxWaitSec !== 'number') return maxWaitSec.code;
  const concurrency = wholeNumber(ctx, 'concurrency', 1, MAX_CONCURRENCY, 1);
  if (typeof concurrency !== 'number') return concurrency.code;
  const path = resolve(file);
  const text = readBulkFile(ctx, path);
  if (typeof text !== 'string') return text.code;
  const parsed = parseBulkFile(text);
  if (parsed.problems.length > 0) return reportProblems(ctx, path, parsed.problems);
  if (/FULL_CONTROL/i.test(text)) ctx.out.say(TEXT.aliasSent('FULL_CONTROL', 'MANAGE'));
  // Additive unless the whole run is --exact (issue 8.5).
  const rows = ctx.parsed.options.exact === true ? parsed.rows.map((row) => ({ ...row, exact: true })) : parsed.rows;

  const core = await ctx.core();
  if (!core.ok) return ctx.out.fail(core.error);
  await settleInterrupted(ctx);
  const services = core.value.services;
  const deps = services.deps();
  const startedAt = deps.now();
  const planned = await planBulk(deps, rows);
  // A token problem is the same for every row: say it once, with its own exit code.
  // A person's (or a page's) token: said once, as inspect says it (exit 3), before any row.
  const notSystemUser = tokenKindError(deps.facts);
  if (notSystemUser) return ctx.out.fail(notSystemUser);
  const first = planned[0]?.error;
  if (first && RUN_WIDE_KINDS.includes(first.kind) && planned.every((p) => p.error?.kind === first.kind)) return ctx.out.fail(first);
  // An employee's token cannot give access in any row: said once and alone, before the row table (exit 2, as assign).
  const role = runRoleRefusal(deps.facts, rows.map((row) => row.businessId));
  if (role) return refuseWhole(ctx, [role]);
  const counts = countPlans(planned);
  ctx.out.say(BULK_TEXT.planned(planned.length, counts.change, counts.noChange, counts.refused));
  if (counts.unread > 0) ctx.out.say(BULK_TEXT.unread(counts.unread));
  if (counts.error > 0) ctx.out.say(BULK_TEXT.planErrors(counts.error));
  // Before asking: each row that changes, with what it adds and takes away, and each refused row with why
  // (said here only: a refused row's outcome line would repeat it word for word).
  const listedRefused = new Set<number>();
  for (const item of planned) {
    const { row, plan } = item;
    if (item.status === 'change' && plan) ctx.out.say(BULK_TEXT.row(row.line, row.wabaId, row.userId, BULK_TEXT.willChange(namedTasks(plan.diff.add), namedTasks(plan.diff.remove))));
    if (item.status === 'refused' && plan) {
      listedRefused.add(row.line);
      ctx.out.say(BULK_TEXT.row(row.line, row.wabaId, row.userId, BULK_TEXT.refused(refusalText(refusalsOf(plan), undefined))));
    }
  }
  if (counts.change + counts.unread > 0) {
    const stop = await allowed(ctx, BULK_TEXT.confirm(counts.change + counts.unread));
    if (stop !== null) return stop;
  }

  const stopping = new AbortController();
  void ctx.io.stopSignal().then(() => {
    ctx.io.stderr.write(`${BULK_TEXT.stopping}\n`);
    stopping.abort();
  });
  const say = (row: { line: number; wabaId: string; userId: string }, what: string): void => ctx.out.say(BULK_TEXT.row(row.line, row.wabaId, row.userId, what));
  const report = await runBulk(deps, planned, {
    concurrency,
    maxWaitSec,
    signal: stopping.signal,
    onRow: (result) => {
      if (!(result.outcome === 'refused' && listedRefused.has(result.row.line))) say(result.row, outcomeText(result));
    },
    onWait: (row, until) => say(row, BULK_TEXT.waiting(clockSeconds(until))),
  });

  let receiptPath: string | null = null;
  try {
    const receipt = buildBulkReceipt(report, {
      startedAt,
      finishedAt: deps.now(),
      mode: services.receiptMode(),
      app: services.app,
      graphApiVersion: services.apiVersion(),
      token: await completeFingerprint(deps, (await services.tokens.status()).fingerprint),
      source: basename(path),
      provider: providerOf(services),
    });
    receiptPath = await placeReceipt(ctx, await saveBulkReceipt(services.receiptsDir, receipt));
    ctx.out.say(BULK_TEXT.receipt(receiptPath));
    await remindIfExpiring(ctx, receipt.tokenExpiresOn);
  } catch (error) {
    services.log.error('bulk', 'receipt not saved', { error: error instanceof Error ? error : String(error) });
    ctx.out.say(BULK_TEXT.receiptFailed);
  }
  const s = report.summary;
  ctx.out.say(
    BULK_TEXT.summary({ done: s.done, same: s['already-in-place'], refused: s.refused, failed: s.failed, unverified: s['not-verified'], deferred: s.deferred }),
  );
  if (s.deferred > 0) ctx.out.say(BULK_TEXT.rerun);
  const code = exitCodeOf(s);
  ctx.out.result({ rows: report.rows.map(rowReport), summary: s, exitCode: code, receiptPath });
  return code;
}
