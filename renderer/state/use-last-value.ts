/** The latest defined value: what was last known stays shown while a new one is loading or has failed. */
import { useState } from 'react';

export function useLastValue<T>(value: T | undefined): T | undefined {
  const [last, setLast] = useState(value);
  // Derived state, updated during render (react.dev: "storing information from previous renders").
  if (value !== undefined && value !== last) setLast(value);
  return value ?? last;
}
