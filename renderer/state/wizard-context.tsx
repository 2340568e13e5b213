/** React access to the store and the controller: components read state and call controller methods, nothing else. */
import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { Controller } from './controller';
import type { AppState } from './state';
import type { Store } from './store';

interface Wiring {
  readonly store: Store;
  readonly controller: Controller;
}

const WizardContext = createContext<Wiring | null>(null);

export function WizardProvider({ store, controller, children }: Wiring & { readonly children: ReactNode }) {
  return <WizardContext.Provider value={{ store, controller }}>{children}</WizardContext.Provider>;
}

function useWiring(): Wiring {
  const wiring = useContext(WizardContext);
  if (!wiring) throw new Error('WizardProvider is missing');
  return wiring;
}

export function useAppState(): AppState {
  const { store } = useWiring();
  return useSyncExternalStore(store.subscribe, store.getState);
}

export const useController = (): Controller => useWiring().controller;
