/**
 * An error the core says in words from shared/i18n: the English text is the
 * `message` (logs, developers), and the key with its values travels as
 * `text`, so the CLI and the wizard say it in the user's language.
 */
import { appError, type AppError, type AppErrorKind } from '../../shared/errors';
import { translateWithKind, type MessageKey, type Params } from '../../shared/i18n';
import { messageSaysFix } from '../../shared/remedies';

export function saidError(kind: AppErrorKind, key: MessageKey, params?: Params, extra: Omit<AppError, 'kind' | 'message' | 'text'> = {}): AppError {
  const fix = messageSaysFix(key) ? { fixInMessage: true } : {};
  return appError(kind, translateWithKind('en', key, params), { ...extra, ...fix, text: params ? { key, params } : { key } });
}
