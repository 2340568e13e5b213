/**
 * Lists in sentences, one way for the wizard, the command line and the core's
 * HTML (receipts, the provider kit): the language's own list form through the
 * platform's Intl.ListFormat ("A, B and C"; Arabic "A وB وC"; no library), and
 * task codes named in words, never Meta's codes alone.
 */
import type { Language } from '../languages';
import { isWabaTask } from '../tasks';
import type { MessageKey } from './en';

type Say = (key: MessageKey) => string;

/** Items as `language` lists them in a sentence (a conjunction: "A, B and C"). */
export function formatList(items: readonly string[], language: Language): string {
  return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(items);
}

/** A task code in words ("Developer" for DEVELOP); a code the catalogue does not know stays as Meta wrote it. */
export const taskName = (t: Say, code: string): string => (isWabaTask(code) ? t(`task.${code}.name`) : code);

/** A task's name with its code, which is what `--tasks` and Meta's API take ("Developer (DEVELOP)"). */
export const taskNameAndCode = (t: Say, code: string): string => {
  const name = taskName(t, code);
  return name === code ? code : `${name} (${code})`;
};

/** How one task is named in a list: in words (the wizard), or in words with the code to type (the command line). */
export type TaskNamer = (t: Say, code: string) => string;

/** Task codes as a list in words, in the language's list form. */
export const taskList = (t: Say, codes: readonly string[], language: Language, name: TaskNamer = taskName): string =>
  formatList(
    codes.map((code) => name(t, code)),
    language,
  );
