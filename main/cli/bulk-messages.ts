/** The strings of `waba-access bulk`, in the run's language (shared/i18n/*-cli-reports.ts, `cli.bulk.*`). */
import { cliText as t } from './texts';

const REASONS = ['manage-needs-full-access', 'user-not-in-business', 'no-tasks', 'unknown-task'] as const;

export const BULK_TEXT = {
  missing: (column: string) => t('cli.bulk.missing', { column }),
  notAnId: (column: string, value: string) => t('cli.bulk.notAnId', { column, value: value.slice(0, 40) }),
  idAsNumber: (column: string) => t('cli.bulk.idAsNumber', { column }),
  get noTasks() { return t('cli.bulk.noTasks'); },
  unknownTask: (task: string, suggestion: string | null = null) =>
    suggestion ? t('cli.bulk.unknownTaskSuggest', { task: task.slice(0, 40), suggestion }) : t('cli.bulk.unknownTask', { task: task.slice(0, 40) }),
  get tooManyTasks() { return t('cli.bulk.tooManyTasks'); },
  duplicate: (first: number) => t('cli.bulk.duplicate', { first }),
  get unclosedQuote() { return t('cli.bulk.unclosedQuote'); },
  badHeader: (columns: string) => t('cli.bulk.badHeader', { columns }),
  cellCount: (got: number, want: number) => t('cli.bulk.cellCount', { got, want }),
  delimiterFound: (found: string, count: number) => t('cli.bulk.delimiterFound', { found, count }),
  get delimiterNone() { return t('cli.bulk.delimiterNone'); },
  rowDelimiter: (used: string, other: string) => t('cli.bulk.rowDelimiter', { used, other }),
  get empty() { return t('cli.bulk.empty'); },
  get noRows() { return t('cli.bulk.noRows'); },
  tooManyRows: (max: number) => t('cli.bulk.tooManyRows', { max }),
  get badJson() { return t('cli.bulk.badJson'); },
  get notArray() { return t('cli.bulk.notArray'); },
  get notObject() { return t('cli.bulk.notObject'); },
  unknownFields: (names: string) => t('cli.bulk.unknownFields', { names }),
  badRowsTitle: (count: number, path: string) => t('cli.bulk.badRowsTitle', { count, path }),
  badRow: (line: number, message: string) => t('cli.bulk.badRow', { line, message }),
  fileTooBig: (mb: number) => t('cli.bulk.fileTooBig', { mb }),
  badNumber: (name: string, min: number, max: number) => t('cli.bulk.badNumber', { name, min, max }),
  planned: (rows: number, change: number, same: number, refused: number) => t('cli.bulk.planned', { rows, change, same, refused }),
  unread: (count: number) => t('cli.bulk.unread', { count }),
  planErrors: (count: number) => t('cli.bulk.planErrors', { count }),
  confirm: (count: number) => t('cli.bulk.confirm', { count }),
  row: (line: number, waba: string, user: string, what: string) => t('cli.bulk.row', { line, waba, user, what }),
  get done() { return t('cli.bulk.done'); },
  get alreadyInPlace() { return t('cli.bulk.alreadyInPlace'); },
  refused: (reason: string) => t('cli.bulk.refused', { reason }),
  willChange: (added: string, takenAway: string) =>
    takenAway
      ? t('cli.bulk.willChangeExact', { added: added || t('cli.bulk.nothing'), takenAway })
      : t('cli.bulk.willChange', { added: added || t('cli.bulk.nothing') }),
  failed: (kind: string, detail: string) => (detail ? t('cli.bulk.failedDetail', { kind, detail }) : t('cli.bulk.failed', { kind })),
  notVerified: (missing: string) => (missing ? t('cli.bulk.notVerifiedMissing', { missing }) : t('cli.bulk.notVerified')),
  checkFailed: (kind: string) => t('cli.bulk.checkFailed', { kind }),
  deferred: (time: string) => t('cli.bulk.deferred', { time }),
  waiting: (time: string) => t('cli.bulk.waiting', { time }),
  summary: (s: { done: number; same: number; refused: number; failed: number; unverified: number; deferred: number }) => t('cli.bulk.summary', s),
  get stopping() { return t('cli.bulk.stopping'); },
  get rerun() { return t('cli.bulk.rerun'); },
  receipt: (path: string) => t('cli.bulk.receipt', { path }),
  get receiptFailed() { return t('cli.bulk.receiptFailed'); },
  /** Why the plan refused a row, in command-line words. */
  get reason(): Readonly<Record<string, string>> {
    return Object.fromEntries(REASONS.map((code) => [code, t(`cli.bulk.reason.${code}`)]));
  },
};
