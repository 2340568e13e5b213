/**
 * Reads the `tasks` parameter of POST assigned_users in every encoding Meta
 * documents (graph-api.md §2.3): a JSON array with double or single quotes,
 * `tasks[n]=` fields, a JSON body array; a bare string only when switched on.
 */
import type { ServerBehaviours } from './behaviours';
import { invalidTask, parameterRequired, tasksNotArray, type GraphError } from './payloads';

/**
 * The Graph reference POST enum (10 values, S2/S5). Kept apart from the
 * product's catalogue in shared/tasks.ts on purpose: the simulator models
 * Meta's enum, so a mistake in our catalogue shows up as a refused task
 * instead of being mirrored.
 */
export const STRICT_TASKS: readonly string[] = [
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
];

/** The OpenAPI union (15 values, S4). */
export const OPENAPI_TASKS: readonly string[] = [
  ...STRICT_TASKS,
  'VIEW_INSIGHTS',
  'MANAGE_USERS',
  'MANAGE_BILLING',
  'RECEIVE_INCOMING_MESSAGES',
  'FULL_CONTROL',
];

export type TasksRead = { readonly ok: true; readonly tasks: readonly string[] } | { readonly ok: false; readonly error: GraphError };

function rawList(params: ReadonlyMap<string, unknown>, behaviours: ServerBehaviours): unknown[] | GraphError {
  const indexed = [...params.keys()]
    .map((key) => /^tasks\[(\d+)\]$/.exec(key))
    .filter((m): m is RegExpExecArray => m !== null)
    .sort((a, b) => Number(a[1]) - Number(b[1]))
    .map((m) => params.get(m[0]));
  if (indexed.length > 0) return indexed;
  const value = params.get('tasks');
  if (Array.isArray(value)) return value;
  if (typeof value !== 'string' || value.trim() === '') return parameterRequired('tasks');
  const text = value.trim();
  if (text.startsWith('[')) {
    for (const candidate of [text, text.replace(/'/g, '"')]) {
      try {
        const parsed: unknown = JSON.parse(candidate);
        if (Array.isArray(parsed)) return parsed;
      } catch {
        // try the single-quote form next
      }
    }
    return tasksNotArray();
  }
  if (!behaviours.acceptBareTaskString) return tasksNotArray();
  return text.split(',').map((t) => t.trim()).filter((t) => t.length > 0);
}

export function readTasks(params: ReadonlyMap<string, unknown>, behaviours: ServerBehaviours): TasksRead {
  const list = rawList(params, behaviours);
  if (!Array.isArray(list)) return { ok: false, error: list };
  if (list.length === 0) return { ok: false, error: parameterRequired('tasks') };
  const allowed = behaviours.taskEnum === 'strict-10' ? STRICT_TASKS : OPENAPI_TASKS;
  const badIndex = list.findIndex((t) => typeof t !== 'string' || !allowed.includes(t));
  if (badIndex >= 0) {
    const error = invalidTask(behaviours.invalidTaskMessage, badIndex, String(list[badIndex]), allowed);
    return { ok: false, error };
  }
  return { ok: true, tasks: [...new Set(list as string[])] };
}
