/**
 * An ID's kind in the user's words (issue 8.3): the ONE mapping from Meta's
 * node types ("SystemUser", "WhatsAppBusinessAccount"...) to a kind, and from
 * a kind to its phrase in shared/i18n (`idKind.<kind>`). `whatis`, the plan's
 * wrong-ID refusals and every error that says what an ID is use it, so no
 * sentence shows Meta's type names to a person.
 */
import type { ObjectKind } from './domain';

/** What an ID can turn out to be: the kinds `whatis` answers, and the others Meta may name. */
export type IdKind = Exclude<ObjectKind, 'unknown'> | 'app' | 'person' | 'other';

const NODE_TYPE_KINDS: Readonly<Record<string, IdKind>> = {
  Business: 'business',
  WhatsAppBusinessAccount: 'waba',
  WhatsAppBusinessPhoneNumber: 'phone-number',
  PhoneNumber: 'phone-number',
  SystemUser: 'system-user',
  Application: 'app',
  User: 'person',
};

/** The kind of a node type Meta named; a type this list does not know is 'other' (never shown as Meta wrote it). */
export const kindOfNodeType = (nodeType: string): IdKind =>
  Object.prototype.hasOwnProperty.call(NODE_TYPE_KINDS, nodeType) ? (NODE_TYPE_KINDS[nodeType] as IdKind) : 'other';

const ID_KINDS: readonly string[] = ['business', 'waba', 'phone-number', 'system-user', 'app', 'person', 'other'];

export const isIdKind = (value: unknown): value is IdKind => typeof value === 'string' && ID_KINDS.includes(value);

/** The message key of a kind's phrase ("a system user"), with its article, to stand in a sentence. */
export const idKindKey = (kind: IdKind): `idKind.${IdKind}` => `idKind.${kind}`;
