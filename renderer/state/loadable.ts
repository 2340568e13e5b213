/**
 * An async value as data (style.md P6). `loading` carries the sequence number
 * of the request it waits for, so a late answer to an older request can be
 * recognised and dropped (P7). `waitUntil` marks a rate-limit pause: still
 * loading, not an error, with a retry due at that time (epoch ms).
 */
import type { AppError } from '../../shared/errors';

export type Loadable<T> =
  | { readonly status: 'idle' }
  | { readonly status: 'loading'; readonly seq: number; readonly waitUntil?: number }
  | { readonly status: 'ready'; readonly value: T }
  | { readonly status: 'failed'; readonly error: AppError };

export const idle: Loadable<never> = { status: 'idle' };
export const loading = (seq: number): Loadable<never> => ({ status: 'loading', seq });
export const ready = <T>(value: T): Loadable<T> => ({ status: 'ready', value });
export const failed = (error: AppError): Loadable<never> => ({ status: 'failed', error });

export const valueOf = <T>(loadable: Loadable<T>): T | undefined =>
  loadable.status === 'ready' ? loadable.value : undefined;

export const isLoading = (loadable: Loadable<unknown>): boolean => loadable.status === 'loading';

/** Loading and not paused by a rate limit: the request is actually on its way. */
export const isWorking = (loadable: Loadable<unknown>): boolean =>
  loadable.status === 'loading' && loadable.waitUntil === undefined;

/** Something to show above the step: a failure, or a rate-limit wait. */
export const hasIssue = (loadable: Loadable<unknown>): boolean =>
  loadable.status === 'failed' || (loadable.status === 'loading' && loadable.waitUntil !== undefined);
