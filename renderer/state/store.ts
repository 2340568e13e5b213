/** A minimal external store, read by React through useSyncExternalStore and by the controller directly. */
import type { Action } from './actions';
import { reducer } from './reducer';
import { initialState, type AppState } from './state';

export interface Store {
  getState(): AppState;
  dispatch(action: Action): void;
  subscribe(listener: () => void): () => void;
}

export function createStore(initial: AppState = initialState): Store {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    dispatch(action) {
      const nextState = reducer(state, action);
      if (nextState === state) return;
      state = nextState;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
