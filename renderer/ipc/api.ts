/**
 * The one module that touches window.wizard (style.md P2): the closed bridge
 * the preload exposes (or the browser test harness builds with the same
 * factory). A rejected call, which should not happen, becomes an AppError
 * value like every other failure.
 */
import { appError } from '../../shared/errors';
import type { WizardApi } from '../../shared/ipc/bridge';
import { err } from '../../shared/result';

declare global {
  interface Window {
    readonly wizard?: WizardApi;
  }
}

/** The bridge with every method's rejection turned into a Result, or null when the page runs outside the app. */
export function wizardApi(): WizardApi | null {
  const bridge = window.wizard;
  if (!bridge) return null;
  const safe: Record<string, (request: unknown) => Promise<unknown>> = {};
  for (const name of Object.keys(bridge)) {
    const method = (bridge as unknown as Record<string, (request: unknown) => Promise<unknown>>)[name];
    if (typeof method !== 'function') continue;
    safe[name] = (request) =>
      method(request).catch(() => err(appError('unexpected', `The app core did not answer ${name}.`)));
  }
  return Object.freeze(safe) as unknown as WizardApi;
}
