/**
 * The WABA task catalogue, as data: Meta's list changes between API versions
 * (graph-api.md §3.2), so the product reads it from here and sends only what
 * the user picked. Plain-language text for each task lives in shared/i18n
 * under `task.<NAME>.*`.
 */
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
  { id: 'granular', tasks: GRANULAR_TASKS, needsFullAccess: false },
  { id: 'developer', tasks: ['DEVELOP'], needsFullAccess: false },
  { id: 'custom', tasks: [], needsFullAccess: false },
];

/** Whether a WABA's sharing lets the target user hold MANAGE. */
export interface WabaSharing {
  /** Shared with this business through a Multi-Partner Solution. */
  readonly multiPartner: boolean;
  /** The solution grants MESSAGING (full access). Meaningful only when multiPartner. */
  readonly messagingGranted: boolean;
}

export const manageAllowed = (sharing: WabaSharing): boolean =>
  !sharing.multiPartner || sharing.messagingGranted;

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
