/**
 * The pure bridge factory: turns the channel map into one frozen object of
 * named async functions (`token.connect` -> `tokenConnect`). The preload
 * builds window.wizard with it over ipcRenderer.invoke; the browser test
 * harness builds the same object over page.exposeBinding. There is no generic
 * invoke on the result (security.md E8).
 */
import { CHANNEL_NAMES, type Channel, type Reply, type Request } from './contract';

type CamelName<C extends string> = C extends `${infer Area}.${infer Verb}` ? `${Area}${Capitalize<Verb>}` : C;

export type WizardApi = {
  readonly [C in Channel as CamelName<C>]: (request: Request<C>) => Promise<Reply<C>>;
};

export const methodName = <C extends Channel>(channel: C): CamelName<C> => {
  const [area, verb = ''] = channel.split('.');
  return `${area}${verb.charAt(0).toUpperCase()}${verb.slice(1)}` as CamelName<C>;
};

/** Sends one request to main; implemented by ipcRenderer.invoke or a test binding. */
export type Transport = (channel: Channel, request: unknown) => Promise<unknown>;

export function createBridge(transport: Transport): WizardApi {
  const api: Record<string, (request: unknown) => Promise<unknown>> = {};
  for (const channel of CHANNEL_NAMES) {
    api[methodName(channel)] = (request: unknown) => transport(channel, request ?? {});
  }
  return Object.freeze(api) as unknown as WizardApi;
}

/** The golden list of window.wizard's function names (tested in Electron and the browser). */
export const WIZARD_METHODS: readonly string[] = CHANNEL_NAMES.map(methodName).sort();
