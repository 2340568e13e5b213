/** Plain names for task strings, including ones Meta returns that the catalogue does not know. */
import { isWabaTask } from '../../shared/tasks';
import type { Text } from '../i18n/use-text';

export const taskName = (t: Text, task: string): string =>
  isWabaTask(task) ? t(`task.${task}.name`) : task;

export const taskNames = (t: Text, tasks: readonly string[]): string[] => tasks.map((task) => taskName(t, task));
