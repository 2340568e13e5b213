/**
 * The Access step's rules as pure functions over the task catalogue: which
 * tasks may be ticked on this WABA, and which preset a set of tasks matches.
 */
import { PRESETS, WABA_TASKS, allowedTasks, manageAllowed, sameTasks, type PresetId, type WabaSharing, type WabaTask } from '../../shared/tasks';
import type { AccessChoice } from './state';

/** The least-privilege recommendation for a BSP (shared/tasks.ts). */
export const RECOMMENDED_PRESET: PresetId = 'developer';

/** The same rule the core plans with (shared/tasks.ts allowedTasks): full access for MANAGE and MESSAGING, then `permitted_tasks`. */
export const taskAllowed = (task: WabaTask, sharing: WabaSharing): boolean => allowedTasks(sharing).includes(task);

/** Why a task cannot be ticked here: it needs full access on the partner solution, or the sharer's list leaves it out. */
export type TaskRefusal = 'needs-full-access' | 'not-permitted';

export const taskRefusal = (task: WabaTask, sharing: WabaSharing): TaskRefusal | null =>
  taskAllowed(task, sharing) ? null : !manageAllowed(sharing) && (task === 'MANAGE' || task === 'MESSAGING') ? 'needs-full-access' : 'not-permitted';

/** A preset is offered when every task in it may be ticked ("My own selection" always is). */
export const presetAllowed = (preset: PresetId, sharing: WabaSharing): boolean =>
  PRESETS.find((p) => p.id === preset)?.tasks.every((task) => taskAllowed(task, sharing)) ?? false;

/** Tasks in catalogue order, without duplicates. */
export const ordered = (tasks: Iterable<WabaTask>): readonly WabaTask[] => {
  const set = new Set(tasks);
  return WABA_TASKS.filter((task) => set.has(task));
};

/** The named preset with exactly these tasks, or 'custom'. */
export const presetMatching = (tasks: readonly WabaTask[], sharing: WabaSharing): PresetId =>
  PRESETS.find((p) => p.id !== 'custom' && presetAllowed(p.id, sharing) && sameTasks(p.tasks, tasks))?.id ?? 'custom';

export const defaultChoice = (): AccessChoice => {
  const preset = PRESETS.find((p) => p.id === RECOMMENDED_PRESET);
  return { preset: RECOMMENDED_PRESET, tasks: preset?.tasks ?? [] };
};

export function pickPreset(choice: AccessChoice, preset: PresetId, sharing: WabaSharing): AccessChoice {
  if (!presetAllowed(preset, sharing)) return choice;
  if (preset === 'custom') return { ...choice, preset };
  return { preset, tasks: ordered(PRESETS.find((p) => p.id === preset)?.tasks ?? []) };
}

export function toggleTask(choice: AccessChoice, task: WabaTask, sharing: WabaSharing): AccessChoice {
  const has = choice.tasks.includes(task);
  if (!has && !taskAllowed(task, sharing)) return choice;
  const tasks = ordered(has ? choice.tasks.filter((t) => t !== task) : [...choice.tasks, task]);
  return { preset: presetMatching(tasks, sharing), tasks };
}

/** A saved choice, if every task may still be ticked on this WABA; the preset is recomputed from the tasks. */
export function restoreChoice(tasks: readonly WabaTask[], sharing: WabaSharing): AccessChoice | null {
  if (tasks.length === 0 || !tasks.every((task) => taskAllowed(task, sharing))) return null;
  const kept = ordered(tasks);
  return { preset: presetMatching(kept, sharing), tasks: kept };
}
