/**
 * Graph object ids are numeric strings. They are branded per kind so that a
 * WABA id cannot be passed where a business id is expected (users mix them up:
 * product.md, struggle 6).
 */
declare const brand: unique symbol;
type Branded<T, B extends string> = T & { readonly [brand]: B };

export type BusinessId = Branded<string, 'BusinessId'>;
export type WabaId = Branded<string, 'WabaId'>;
export type SystemUserId = Branded<string, 'SystemUserId'>;
export type PhoneNumberId = Branded<string, 'PhoneNumberId'>;
export type AppId = Branded<string, 'AppId'>;

/** Graph ids are 1 to 20 digits (Meta ids are currently 15-17 digits long). */
export const GRAPH_ID_PATTERN = /^[0-9]{1,20}$/;

export const isGraphId = (value: unknown): value is string =>
  typeof value === 'string' && GRAPH_ID_PATTERN.test(value);

export const asBusinessId = (id: string): BusinessId => id as BusinessId;
export const asWabaId = (id: string): WabaId => id as WabaId;
export const asSystemUserId = (id: string): SystemUserId => id as SystemUserId;
export const asPhoneNumberId = (id: string): PhoneNumberId => id as PhoneNumberId;
export const asAppId = (id: string): AppId => id as AppId;
