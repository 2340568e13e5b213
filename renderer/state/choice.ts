/**
 * The Access step's rules as pure functions over the task catalogue: which
 * tasks may be ticked on this WABA, and which preset a set of tasks matches.
 */
import { FULL_ACCESS_ONLY_TASKS, PRESETS, WABA_TASKS, manageAllowed, presetsFor, sameTasks, type PresetId, type WabaSharing, type WabaTask } from '../../shared/tasks';
import type { AccessChoice } from './state';

/** The least-privilege recommendation for a BSP (shared/tasks.ts). */
export const RECOMMENDED_PRESET: PresetId = 'developer';

export const taskAllowed = (task: WabaTask, sharing: WabaSharing): boolean =>
  manageAllowed(sharing) || !FULL_ACCESS_ONLY_TASKS.includes(task);

export const presetAllowed = (preset: PresetId, sharing: WabaSharing): boolean =>
  presetsFor(sharing).some((p) => p.id === preset);

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
