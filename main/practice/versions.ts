/**
 * Graph versions past their end of life (graph-api.md §10): "once a version is no
 * longer usable, any calls made to it will be defaulted to the next oldest, usable
 * version", and `facebook-api-version` names the version that served the call.
 * v20.0 and older had expired by the time of writing; v21.0 is the oldest usable.
 */
export const OLDEST_USABLE_VERSION = 'v21.0';

/** The version that serves a call made to `asked` (switch `expiredVersions`). */
export function servedVersion(asked: string, expiredVersions: 'next-usable' | 'as-asked'): string {
  const major = Number(/^v(\d+)\.\d+$/.exec(asked)?.[1] ?? NaN);
  if (expiredVersions === 'as-asked' || !Number.isFinite(major)) return asked;
  return major < Number(OLDEST_USABLE_VERSION.slice(1, -2)) ? OLDEST_USABLE_VERSION : asked;
}
