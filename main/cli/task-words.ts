/**
 * Tasks and other lists as the command line says them in a sentence, in the
 * run's language: each task by its name with the code to type after it
 * ("Developer (DEVELOP)"), joined in the language's list form
 * (shared/i18n/lists.ts, the same joiner as the wizard's).
 */
import { formatList, readableParams, taskList, taskNameAndCode, translate, type Params, type TaskNamer } from '../../shared/i18n';
import { TEXT } from './messages';
import { cliLanguageInUse } from './texts';

/** A task's name with its code, which is what `--tasks` takes. */
const cliTaskName: TaskNamer = taskNameAndCode;

const say = (key: string): string => translate(cliLanguageInUse(), key);

/** One task in words with its code. */
export const cliTask = (code: string): string => cliTaskName(say, code);

/** Task codes in words, as a list of this run's language; "none" for an empty list. */
export const cliTasks = (codes: readonly string[]): string => (codes.length > 0 ? taskList(say, codes, cliLanguageInUse(), cliTaskName) : TEXT.none);

/** Any other items listed in a sentence (layers, files), in this run's list form. */
export const cliList = (items: readonly string[]): string => formatList(items, cliLanguageInUse());

/** A rule's parameters in words (roles, token types, ID kinds, task lists by name, as the wizard says them). */
export const cliParams = (params: Params | undefined): Params | undefined => readableParams(say, params, cliLanguageInUse());
