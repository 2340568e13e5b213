/**
 * The `fields=` parameter: which fields to render, in which order. Requested
 * fields come back in request order with `id` appended when not asked for
 * (Meta: `?fields=account_review_status` -> {"account_review_status":…,"id":…});
 * without `fields`, each node or edge has its own default list.
 */
import { nonexistingField, type GraphError } from './payloads';

export type FieldTable<T> = Readonly<Record<string, (item: T) => unknown>>;

export interface FieldChoice {
  readonly names: readonly string[];
}

/** Splits "id,name,tasks" (field expansion such as `x{y}` is not supported and stays one name). */
export function requestedFields(param: unknown): string[] | undefined {
  if (typeof param !== 'string') return undefined;
  const names = param
    .split(',')
    .map((f) => f.trim())
    .filter((f) => f.length > 0);
  return names.length > 0 ? [...new Set(names)] : undefined;
}

/** Picks the field list or the first field the node does not have. */
export function chooseFields<T>(
  param: unknown,
  table: FieldTable<T>,
  defaults: readonly string[],
  nodeType: string,
): FieldChoice | GraphError {
  const requested = requestedFields(param);
  if (requested === undefined) return { names: defaults };
  const missing = requested.find((name) => !Object.hasOwn(table, name));
  if (missing !== undefined) return nonexistingField(missing, nodeType);
  return { names: requested.includes('id') ? requested : [...requested, 'id'] };
}

export const isFieldChoice = (value: FieldChoice | GraphError): value is FieldChoice => 'names' in value;

/** Renders one item with the chosen fields; fields whose value is undefined are left out. */
export function render<T>(item: T, table: FieldTable<T>, choice: FieldChoice): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of choice.names) {
    const value = table[name]?.(item);
    if (value !== undefined) out[name] = value;
  }
  return out;
}
