/**
 * The WABA task catalogue, as data: Meta's list changes between API versions
 * (graph-api.md §3.2), so the product reads it from here and sends only what
 * the user picked. Plain-language text for each task lives in shared/i18n
 * under `task.<NAME>.*`.
 */
import { closestWord } from './closest';
import type { MessageKey } from './i18n/en';

export const WABA_TASKS = [
  'MANAGE',
  'DEVELOP',
  'MANAGE_TEMPLATES',
  'MANAGE_PHONE',
  'VIEW_COST',
  'MANAGE_EXTENSIONS',
  'VIEW_PHONE_ASSETS',
  'MANAGE_PHONE_ASSETS',
  'VIEW_TEMPLATES',
  'MESSAGING',
  'VIEW_INSIGHTS',
  'MANAGE_USERS',
  'MANAGE_BILLING',
] as const;

export type WabaTask = (typeof WABA_TASKS)[number];

export const isWabaTask = (value: unknown): value is WabaTask =>
  typeof value === 'string' && (WABA_TASKS as readonly string[]).includes(value);

/**
 * Tasks Meta lists for a WABA shared through a Multi-Partner Solution without
 * the MESSAGING permission (graph-api.md §3.1): MANAGE is refused there.
 */
export const GRANULAR_TASKS: readonly WabaTask[] = [
  'DEVELOP',
  'MANAGE_TEMPLATES',
  'MANAGE_PHONE',
  'VIEW_COST',
  'MANAGE_EXTENSIONS',
  'VIEW_PHONE_ASSETS',
  'MANAGE_PHONE_ASSETS',
  'VIEW_TEMPLATES',
  'VIEW_INSIGHTS',
  'MANAGE_USERS',
  'MANAGE_BILLING',
];

/**
 * The least-privilege preset for a WABA where MANAGE is refused (multi-partner without MESSAGING):
 * what a provider needs to build on the account, each with its reason (shared/i18n
 * `preset.granular.reason.<TASK>`), rather than every granular task.
 */
export const GRANULAR_PRESET: readonly { readonly task: WabaTask; readonly reason: MessageKey }[] = [
  { task: 'DEVELOP', reason: 'preset.granular.reason.DEVELOP' },
  { task: 'MANAGE_TEMPLATES', reason: 'preset.granular.reason.MANAGE_TEMPLATES' },
  { task: 'VIEW_PHONE_ASSETS', reason: 'preset.granular.reason.VIEW_PHONE_ASSETS' },
  { task: 'VIEW_INSIGHTS', reason: 'preset.granular.reason.VIEW_INSIGHTS' },
];

/** MANAGE works only with full access on the solution, i.e. including MESSAGING. */
export const FULL_ACCESS_ONLY_TASKS: readonly WabaTask[] = ['MANAGE'];

/** Needed to share a line of credit with the partner (graph-api.md §3.1). */
export const LINE_OF_CREDIT_TASK: WabaTask = 'MANAGE_BILLING';

export const PRESET_IDS = ['full', 'granular', 'developer', 'custom'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export interface Preset {
  readonly id: PresetId;
  readonly tasks: readonly WabaTask[];
  /** Offered only where MANAGE works (full access including MESSAGING). */
  readonly needsFullAccess: boolean;
}

/**
 * Presets offered in the Access step and by the CLI. "granular" is the
 * multi-partner replacement for "full"; "developer" is the least-privilege
 * recommendation for a BSP that builds on the account.
 */
export const PRESETS: readonly Preset[] = [
  { id: 'full', tasks: ['MANAGE'], needsFullAccess: true },
  { id: 'granular', tasks: GRANULAR_PRESET.map((entry) => entry.task), needsFullAccess: false },
  { id: 'developer', tasks: ['DEVELOP'], needsFullAccess: false },
  { id: 'custom', tasks: [], needsFullAccess: false },
];

/** Whether a WABA's sharing lets the target user hold MANAGE. */
export interface WabaSharing {
  /** Shared with this business through a Multi-Partner Solution. */
  readonly multiPartner: boolean;
  /** The solution grants MESSAGING (full access). Meaningful only when multiPartner. */
  readonly messagingGranted: boolean;
  /** The client edge's `permitted_tasks`, when Meta listed them (a list holding MANAGE permits every task). */
  readonly permittedTasks?: readonly string[];
}

export const manageAllowed = (sharing: WabaSharing): boolean =>
  !sharing.multiPartner || sharing.messagingGranted;

/**
 * The tasks this sharing lets the business's users hold (issue 8.2): MANAGE and MESSAGING need
 * full access on a Multi-Partner Solution; a `permitted_tasks` list without MANAGE limits the rest.
 */
export function allowedTasks(sharing: WabaSharing): readonly WabaTask[] {
  const full = manageAllowed(sharing);
  const listed = sharing.permittedTasks;
  const permits = (task: WabaTask): boolean => listed === undefined || listed.includes('MANAGE') || listed.includes(task);
  return WABA_TASKS.filter((task) => (full || (task !== 'MANAGE' && task !== 'MESSAGING')) && permits(task));
}

/**
 * Business Suite's "Full control". FULL_CONTROL as an API value is UNCONFIRMED (graph-api.md §3.2),
 * so the documented MANAGE is sent for it.
 */
export const TASK_ALIASES: Readonly<Record<string, WabaTask>> = { FULL_CONTROL: 'MANAGE' };

/** MANAGE as some assigned_users edges read it back: unpacked into every task it stands for (UNCONFIRMED for WABAs). */
export const MANAGE_UNPACKED: readonly WabaTask[] = WABA_TASKS.filter((task) => task !== 'MANAGE');

/** A read-back with MANAGE unpacked, turned back into MANAGE (other tasks kept), before any comparison or union. */
export function foldManage(tasks: readonly string[]): string[] {
  const unpacked = MANAGE_UNPACKED.every((task) => tasks.includes(task));
  if (!unpacked) return [...new Set(tasks)];
  return ['MANAGE', ...new Set(tasks.filter((task) => task !== 'MANAGE' && !(MANAGE_UNPACKED as readonly string[]).includes(task)))];
}

/** The catalogue task closest to a mistyped name (edit distance at most 3), if any. */
export const closestTask = (typed: string): WabaTask | null => closestWord(typed.toUpperCase(), WABA_TASKS, 3);

export const presetsFor = (sharing: WabaSharing): readonly Preset[] =>
  PRESETS.filter((preset) => !preset.needsFullAccess || manageAllowed(sharing));

/** Whether two task lists hold the same tasks, in any order (Meta returns tasks in its own order). */
export const sameTasks = (a: readonly string[], b: readonly string[]): boolean => {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((task) => right.has(task));
};

/**
 * Task names as a user typed them, split at `separators`: trimmed,
 * upper-cased, empty pieces dropped. Not checked against the catalogue.
 */
export const parseTaskList = (text: string, separators: string | RegExp): string[] =>
  text
    .split(separators)
    .map((task) => task.trim().toUpperCase())
    .filter((task) => task.length > 0);

/** Task names as typed, read against the catalogue: aliases resolved, unknown names with the closest task. */
export interface ReadTasks {
  readonly tasks: readonly WabaTask[];
  /** Aliases that were replaced, e.g. FULL_CONTROL (sent as MANAGE). */
  readonly aliases: readonly { readonly typed: string; readonly sent: WabaTask }[];
  readonly unknown: readonly { readonly typed: string; readonly suggestion: WabaTask | null }[];
}

export function readTaskNames(names: readonly string[]): ReadTasks {
  const tasks: WabaTask[] = [];
  const aliases: { typed: string; sent: WabaTask }[] = [];
  const unknown: { typed: string; suggestion: WabaTask | null }[] = [];
  for (const raw of names) {
    const name = raw.trim().toUpperCase();
    const alias = TASK_ALIASES[name];
    if (isWabaTask(name)) tasks.push(name);
    else if (alias !== undefined) {
      tasks.push(alias);
      if (!aliases.some((a) => a.typed === name)) aliases.push({ typed: name, sent: alias });
    } else if (!unknown.some((u) => u.typed === name)) unknown.push({ typed: name, suggestion: closestTask(name) });
  }
  return { tasks: [...new Set(tasks)], aliases, unknown };
}

/**
 * Whether a read-back shows the task list that was sent: as sameTasks, except that MANAGE stands
 * for every task (a read-back with MANAGE unpacked, or a list sent as MANAGE plus tasks it holds,
 * is the same grant as MANAGE alone).
 */
export const sameGrant = (readBack: readonly string[], sent: readonly string[]): boolean => {
  const collapse = (tasks: readonly string[]): string[] => {
    const folded = foldManage(tasks);
    return folded.includes('MANAGE') ? folded.filter((task) => task === 'MANAGE' || !(MANAGE_UNPACKED as readonly string[]).includes(task)) : folded;
  };
  return sameTasks(collapse(readBack), collapse(sent));
};
