/**
 * English, the reference language: every other language must have exactly
 * these keys (the type `Messages` makes a missing or extra key a compile
 * error, and test/unit/i18n checks it again at run time).
 *
 * Keys are flat and dotted: task.<TASK>.*, preset.<id>.*, finding.<code>.*,
 * plan.<code>, error.<kind>.*, ui.*. Placeholders are {{name}}; the ones the
 * core fills in are {{scope}}, {{date}}, {{count}}, {{name}}, {{task}}.
 * No plural forms: sentences are written so one form fits every number.
 */
import { enDomain } from './en-domain';
import { enCoreErrors } from './en-core-errors';
import { enErrors } from './en-errors';
import { enFiles } from './en-files';
import { enFinish } from './en-finish';
import { enHandoff } from './en-handoff';
import { enMany } from './en-many';
import { enRemedy } from './en-remedy';
import { enUi } from './en-ui';

export const en = { ...enDomain, ...enUi, ...enHandoff, ...enFinish, ...enRemedy, ...enMany, ...enErrors, ...enCoreErrors, ...enFiles } as const;

/** Every message key. */
export type MessageKey = keyof typeof en;

/** One complete language: exactly the English keys. */
export type Messages = Readonly<Record<MessageKey, string>>;

/** The core's texts and the screens' texts of one language, each with exactly the English keys. */
export type DomainMessages = Readonly<Record<keyof typeof enDomain, string>>;
export type UiMessages = Readonly<Record<keyof typeof enUi, string>>;
