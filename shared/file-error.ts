/**
 * A file given by path that cannot be used, said in plain words (issue 8's
 * bad-input rule): which option, which path and what is wrong (not found, a
 * folder, no permission, not JSON, empty), never a file-system code such as
 * ENOENT. The ONE place a file-system error becomes a said error, for every
 * option that takes a path (--receipt, bulk's --file, --scenario,
 * --app-secret-file, --ca-file and its variables, --provider-profile,
 * --data-dir, --receipt-out). Exit 2 in the CLI (bad input).
 */
import { appError, type AppError } from './errors';
import { translate, type MessageKey } from './i18n';

export const FILE_PROBLEMS = ['not-found', 'is-folder', 'no-permission', 'unreadable', 'not-json', 'empty', 'not-a-folder', 'no-folder', 'folder-unusable'] as const;
export type FileProblem = (typeof FILE_PROBLEMS)[number];

const BY_CODE: Readonly<Record<string, FileProblem>> = {
  ENOENT: 'not-found',
  ENOTDIR: 'not-found',
  EISDIR: 'is-folder',
  EACCES: 'no-permission',
  EPERM: 'no-permission',
};

/** What a file-system error means for a file that was to be read; a code this list does not know is "cannot be read". */
export function fileProblemOf(cause: unknown): FileProblem {
  const code = typeof cause === 'object' && cause !== null ? (cause as { code?: unknown }).code : undefined;
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(BY_CODE, code) ? (BY_CODE[code] as FileProblem) : 'unreadable';
}

const isProblem = (value: unknown): value is FileProblem => typeof value === 'string' && (FILE_PROBLEMS as readonly string[]).includes(value);

/**
 * The said error for `path`, given as `option` ("--receipt"), with `problem` either a file problem or the
 * file-system error it comes from. `field` is the --json field the refusal names (default: the option's name).
 */
export function fileError(option: string, path: string, problem: FileProblem | unknown, field = option.replace(/^--/, '')): AppError {
  const key = `file.${isProblem(problem) ? problem : fileProblemOf(problem)}` as MessageKey;
  const params = { option, path };
  return appError('bad-input', translate('en', key, params), { fields: [field], text: { key, params } });
}

/** Whether `text` parses as JSON (a receipt, a scenario or a profile that is not JSON is said as such, naming the file). */
export function isJson(text: string): boolean {
  try {
    JSON.parse(text.replace(/^\uFEFF/, ''));
    return true;
  } catch {
    return false;
  }
}
