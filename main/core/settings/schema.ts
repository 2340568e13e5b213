import { isAbsolute } from 'node:path';
import { z } from 'zod';
import { GRAPH_ID_PATTERN } from '../../../shared/ids';
import { LANGUAGE_CODES, type Language } from '../../../shared/languages';
import { isLoopbackHostname } from '../../../shared/loopback';
import { API_VERSION_MESSAGE, API_VERSION_PATTERN, proxyUrlProblem } from '../../../shared/settings-rules';

/**
 * The settings file's shape, once (style.md P9): zod validates in core, and
 * the same schema, converted to JSON Schema, is handed to conf/electron-store
 * as a second guard on what reaches the disk. Settings are non-secret by
 * construction: any string that looks like a token is refused (security.md S1, P1).
 */

/** Bump when the stored shape changes, and add a step to migrate.ts. */
export const CURRENT_SCHEMA_VERSION = 1;

export const THEMES = ['system', 'light', 'dark'] as const;
export const PROXY_MODES = ['system', 'none', 'url'] as const;

/** Bounds on the system-user id cache, so the file cannot grow without limit. */
export const MAX_CACHED_BUSINESSES = 50;
export const MAX_CACHED_USERS_PER_BUSINESS = 200;

const MAX_URL_LENGTH = 2048;
/**
 * Heuristics for "this is a secret, not a setting": Meta access tokens start
 * with EAA; any long unbroken base64-ish run or a Bearer header is treated
 * the same way. Graph ids (at most 20 digits) never match.
 */
const TOKEN_LIKE = [/EAA[A-Za-z0-9_-]{10,}/, /[A-Za-z0-9_-]{40,}/, /\bbearer\s+\S{8,}/i];

export const looksLikeToken = (value: string): boolean => TOKEN_LIKE.some((re) => re.test(value));

/** Replaces every token-looking run in free text (e.g. a corrupt file kept as a backup). */
export const redactTokenLike = (text: string): string =>
  TOKEN_LIKE.reduce((out, re) => out.replace(new RegExp(re.source, `${re.flags}g`), '[redacted]'), text);

/** Every string (keys included) that looks like a token, as a dotted path; the value is never echoed. */
export function tokenLikePaths(value: unknown, path: readonly string[] = []): string[] {
  if (typeof value === 'string') return looksLikeToken(value) ? [path.join('.') || '(value)'] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => tokenLikePaths(item, [...path, String(i)]));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) =>
      looksLikeToken(key) ? [[...path, '[redacted key]'].join('.')] : tokenLikePaths(item, [...path, key]),
    );
  }
  return [];
}

/** https only, except plain http on loopback for the practice server; no credentials, query or fragment. */
function graphBaseProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'must be a full URL such as https://graph.facebook.com';
  }
  if (url.username || url.password) return 'must not contain a user name or password';
  if (url.search || url.hash || value.includes('?') || value.includes('#')) return 'must not contain ? or #';
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:' && isLoopbackHostname(url.hostname)) return undefined;
  return 'must use https (plain http only on this computer: 127.0.0.1, localhost)';
}

const refineUrl = (problem: (v: string) => string | undefined) => (value: string, ctx: z.RefinementCtx) => {
  const message = problem(value);
  if (message) ctx.addIssue({ code: 'custom', message });
};

const graphId = z.string().regex(GRAPH_ID_PATTERN, 'must be a numeric id');

const proxy = z
  .object({
    mode: z.enum(PROXY_MODES),
    url: z.string().max(MAX_URL_LENGTH).superRefine(refineUrl((value) => proxyUrlProblem(value, (text) => new URL(text)))).optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.mode === 'url' && value.url === undefined) {
      ctx.addIssue({ code: 'custom', path: ['url'], message: 'is required when mode is "url"' });
    }
  });

const cachedSystemUserIds = z
  .record(graphId, z.array(graphId).max(MAX_CACHED_USERS_PER_BUSINESS))
  .refine((value) => Object.keys(value).length <= MAX_CACHED_BUSINESSES, {
    message: `holds at most ${MAX_CACHED_BUSINESSES} businesses`,
  });

/** Field schemas without defaults: shared by the file schema and the update patch. */
const fields = {
  apiVersion: z.string().regex(API_VERSION_PATTERN, API_VERSION_MESSAGE),
  graphBaseUrl: z.string().max(MAX_URL_LENGTH).superRefine(refineUrl(graphBaseProblem)),
  /** null: never chosen, so the profile's or the system's language is spoken (shared/i18n/choose-language.ts). */
  language: z.enum(LANGUAGE_CODES).nullable(),
  theme: z.enum(THEMES),
  proxy,
  lastBusinessId: graphId.nullable(),
  cachedSystemUserIds,
  practiceMode: z.boolean(),
  /** A company CA certificate file (PEM) trusted for Graph calls (issue 10.1); an absolute path, or null. */
  caFile: z.string().max(4096).refine((value) => isAbsolute(value), 'must be an absolute path to a PEM file').nullable(),
};

export interface Settings {
  readonly schemaVersion: number;
  readonly apiVersion: string;
  readonly graphBaseUrl: string;
  /** The user's own choice; null when they never made one. */
  readonly language: Language | null;
  readonly theme: (typeof THEMES)[number];
  readonly proxy: { readonly mode: (typeof PROXY_MODES)[number]; readonly url?: string };
  readonly lastBusinessId: string | null;
  readonly cachedSystemUserIds: Readonly<Record<string, readonly string[]>>;
  readonly practiceMode: boolean;
  readonly caFile: string | null;
}

export type SettingsPatch = Partial<Omit<Settings, 'schemaVersion'>>;

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  schemaVersion: CURRENT_SCHEMA_VERSION,
  apiVersion: 'v26.0',
  graphBaseUrl: 'https://graph.facebook.com',
  language: null,
  theme: 'system',
  proxy: Object.freeze({ mode: 'system' as const }),
  lastBusinessId: null,
  cachedSystemUserIds: Object.freeze({}),
  practiceMode: false,
  caFile: null,
});

const noTokens = (value: unknown, ctx: z.RefinementCtx): void => {
  for (const path of tokenLikePaths(value)) {
    ctx.addIssue({ code: 'custom', path: path.split('.'), message: 'looks like an access token; tokens are never stored in settings' });
  }
};

/** The stored file at the current version; missing fields take their defaults. */
export const settingsSchema = z
  .object({
    schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
    apiVersion: fields.apiVersion.default(DEFAULT_SETTINGS.apiVersion),
    graphBaseUrl: fields.graphBaseUrl.default(DEFAULT_SETTINGS.graphBaseUrl),
    language: fields.language.default(DEFAULT_SETTINGS.language),
    theme: fields.theme.default(DEFAULT_SETTINGS.theme),
    proxy: fields.proxy.default({ mode: 'system' }),
    lastBusinessId: fields.lastBusinessId.default(null),
    cachedSystemUserIds: fields.cachedSystemUserIds.default({}),
    practiceMode: fields.practiceMode.default(false),
    caFile: fields.caFile.default(null),
  })
  .strict()
  .superRefine(noTokens);

/** What `update()` accepts: any subset of the fields, nothing else (schemaVersion is not settable). */
export const settingsPatchSchema = z.object(fields).partial().strict().superRefine(noTokens);

/**
 * JSON Schema for conf/electron-store (`schema` = properties, `rootSchema` =
 * the rest). Refinements (URL rules, token check, cache bound) do not
 * translate; zod enforces those before anything is written.
 */
export function confSchemas(): { properties: Record<string, unknown>; root: Record<string, unknown> } {
  const json = z.toJSONSchema(settingsSchema, { io: 'output', unrepresentable: 'any' }) as Record<string, unknown>;
  const { properties, $schema: _ignored, ...root } = json;
  return { properties: properties as Record<string, unknown>, root };
}

/**
 * Adds one business's system-user ids to the cache, keeping it bounded: the
 * business moves to the end, the oldest businesses beyond the bound are dropped.
 * "Oldest" is object key order, which is insertion order for real business
 * ids (15+ digits are not array-index keys, so JS does not sort them).
 */
export function withCachedSystemUsers(
  cache: Settings['cachedSystemUserIds'],
  businessId: string,
  userIds: readonly string[],
): Record<string, readonly string[]> {
  const rest = Object.entries(cache).filter(([id]) => id !== businessId);
  const kept = rest.slice(Math.max(0, rest.length - (MAX_CACHED_BUSINESSES - 1)));
  const ids = [...new Set(userIds)].slice(0, MAX_CACHED_USERS_PER_BUSINESS);
  return Object.fromEntries([...kept, [businessId, ids]]);
}
