/**
 * Errors are values: every boundary (IPC, CLI, use cases) returns a Result
 * instead of throwing, because only `message` survives a thrown error across
 * Electron IPC and because the UI must explain every failure by its kind.
 */
export type Ok<T> = { readonly ok: true; readonly value: T };
export type Err<E> = { readonly ok: false; readonly error: E };
export type Result<T, E> = Ok<T> | Err<E>;

export const ok = <T>(value: T): Ok<T> => ({ ok: true, value });
export const err = <E>(error: E): Err<E> => ({ ok: false, error });

/** Exhaustiveness guard for switches over unions. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
