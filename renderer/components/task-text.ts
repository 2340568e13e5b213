/** Plain names for task strings, including ones Meta returns that the catalogue does not know. */
import { taskList, taskName } from '../../shared/i18n';
import type { Text } from '../i18n/use-text';

/** Task codes as a list in words, in the language's list form (the joiner the CLI uses too). */
export { taskList, taskName };

export const taskNames = (t: Text, tasks: readonly string[]): string[] => tasks.map((task) => taskName(t, task));
