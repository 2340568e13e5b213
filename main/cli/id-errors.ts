/**
 * Errors about an ID, said with the option that gave it (issue 8): a WABA or business Meta
 * cannot find names `--waba ID` or `--business ID` and how to check it; a system user not in
 * the business the CLI chose itself (remove without --business) says to give --business.
 * Kinds, fields and Meta's codes stay as they came (exit 4 for not-found).
 */
import type { AppError } from '../../shared/errors';
import type { Params } from '../../shared/i18n';
import type { CliKey } from '../../shared/i18n/cli';
import { cliText } from './texts';

type Options = Readonly<Record<string, unknown>>;

/** Said in the run's language (the CLI's own words, so no core `text` is kept to override them). */
const said = ({ text: _core, ...error }: AppError, key: CliKey, params: Params): AppError => ({
  ...error,
  message: cliText(key, params),
  untitled: true,
  fixInMessage: true,
});

export function namedIdError(error: AppError, options: Options): AppError {
  const field = error.fields?.length === 1 ? error.fields[0] : undefined;
  const id = (name: string): string => (typeof options[name] === 'string' ? (options[name] as string).trim() : '');
  if (error.kind === 'not-found' && (field === 'waba' || field === 'business') && id(field) !== '') {
    return field === 'waba'
      ? said(error, 'cli.notFoundWaba', { id: id('waba'), business: id('business') })
      : said(error, 'cli.notFoundBusiness', { id: id('business') });
  }
  // The business was not given: the advice is to give it, not to leave it out.
  if (error.text?.key === 'coreError.userNotInBusiness' && options.business === undefined) {
    return said(error, 'cli.userNotInFoundBusiness', error.text.params ?? {});
  }
  return error;
}
