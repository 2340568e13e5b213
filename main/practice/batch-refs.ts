/**
 * Dependencies between batch items (graph-api.md §8): `name`, `depends_on`,
 * and JSONPath references `{result=<name>:<path>}` in `relative_url` or
 * `body`. A reference makes the item depend on the named one, as Meta's
 * batch reference describes. Only the plain JSONPath steps are supported
 * (`$`, `.field`, `.*`, `[n]`, `[*]`, `['field']`); filter constructs are
 * refused, as Meta refuses them in batches for security reasons.
 */

/** What a named item left for the items after it. */
export interface NamedResult {
  /** Answered with a 2xx code (a null or error item is not ok). */
  readonly ok: boolean;
  /** The parsed JSON body, when there was one. */
  readonly value: unknown;
}

const REFERENCE = /\{result=([^:{}]+):([^{}]+)\}/g;

/** Names an item's text refers to through `{result=<name>:…}`. */
export function referencedNames(text: string): string[] {
  return [...text.matchAll(REFERENCE)].map((m) => m[1] ?? '');
}

type Step = { readonly kind: 'field'; readonly name: string } | { readonly kind: 'index'; readonly index: number } | { readonly kind: 'all' };

/** Parses a JSONPath of plain steps; undefined for anything else (filters, scripts, recursion). */
export function parseJsonPath(path: string): Step[] | undefined {
  if (!path.startsWith('$')) return undefined;
  const steps: Step[] = [];
  const token = /\.(\*|[A-Za-z_][A-Za-z0-9_]*)|\[(\*|\d+|'[^']*')\]/y;
  token.lastIndex = 1;
  while (token.lastIndex < path.length) {
    const match = token.exec(path);
    if (match === null) return undefined;
    const [, dotted, bracketed] = match;
    const part = dotted ?? bracketed ?? '';
    if (part === '*') steps.push({ kind: 'all' });
    else if (/^\d+$/.test(part) && bracketed !== undefined) steps.push({ kind: 'index', index: Number(part) });
    else steps.push({ kind: 'field', name: part.replace(/^'|'$/g, '') });
  }
  return steps;
}

function walk(values: unknown[], step: Step): unknown[] {
  const out: unknown[] = [];
  for (const value of values) {
    if (value === null || typeof value !== 'object') continue;
    if (step.kind === 'all') out.push(...(Array.isArray(value) ? value : Object.values(value)));
    else if (step.kind === 'index') {
      if (Array.isArray(value) && step.index < value.length) out.push(value[step.index]);
    } else if (!Array.isArray(value) && step.name in value) out.push((value as Record<string, unknown>)[step.name]);
  }
  return out;
}

/** The values a JSONPath selects, as text joined by commas (Meta joins `$.data.*.id` that way). */
export function selectText(value: unknown, steps: readonly Step[]): string {
  const selected = steps.reduce<unknown[]>((values, step) => walk(values, step), [value]);
  return selected.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(',');
}

export type Substitution = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly problem: string };

/** Replaces every `{result=<name>:<path>}` with the values it selects from the named result. */
export function substitute(text: string, results: ReadonlyMap<string, NamedResult>): Substitution {
  let problem: string | undefined;
  const replaced = text.replace(REFERENCE, (whole, name: string, path: string) => {
    const steps = parseJsonPath(path);
    const result = results.get(name);
    if (steps === undefined) problem ??= `The JSONPath expression ${path} is not supported in a batch request`;
    else if (result === undefined) problem ??= `The batch request has no earlier request named ${name}`;
    else return selectText(result.value, steps);
    return whole;
  });
  return problem === undefined ? { ok: true, text: replaced } : { ok: false, problem };
}
