/**
 * Every text the product shows, in every language it speaks. The renderer
 * loads `resources` into i18next; the CLI and the core use `translate`, which
 * is pure and needs no i18n library (shared/ imports no UI code).
 */
import { en, type MessageKey, type Messages } from './en';
import { ar } from './ar';
import { es } from './es';
import { hi } from './hi';
import { id } from './id';
import { ptBR } from './pt-BR';
import { ru } from './ru';
import { tr } from './tr';
import { pseudoMessages } from './pseudo';
import type { Language } from '../languages';
import { interpolate, type Params } from './interpolate';
import type { FindingCode } from '../onboarding';
import { taskList, taskName, type TaskNamer } from './lists';
import { idKindKey, isIdKind } from '../id-kind';

export type { MessageKey, Messages } from './en';
export { formatList, taskList, taskName, taskNameAndCode, type TaskNamer } from './lists';
export { directionOf, interpolate, isolateParams, type Params, type TextDirection } from './interpolate';

export { ALL_LANGUAGES, DEFAULT_LANGUAGE, LANGUAGE_CODES, LANGUAGES, PSEUDO_LANGUAGE, type Language } from '../languages';
export { chooseLanguage, closestLanguage, isLanguage, matchLanguage, type LanguageSources } from './choose-language';

export const resources: Readonly<Record<Language, Messages>> = { en, es, 'pt-BR': ptBR, hi, id, tr, ru, ar, 'en-XA': /* @__PURE__ */ pseudoMessages(en) };

export const isMessageKey = (value: string): value is MessageKey => Object.prototype.hasOwnProperty.call(en, value);

/**
 * The text for `key` in `language`, falling back to English, then to the key
 * itself (so a dynamic key that has no text shows up instead of vanishing).
 */
export function translate(language: Language, key: string, params?: Params): string {
  const text = isMessageKey(key) ? (resources[language][key] ?? en[key]) : key;
  return interpolate(text, params);
}

/**
 * The message key for a diagnosis finding's sentence: the undated variant
 * when Meta gave no date for a finding that normally shows one.
 */
export function findingTextKey(finding: { readonly code: FindingCode; readonly params?: Params }): MessageKey {
  const undated = `finding.${finding.code}.textUndated`;
  return finding.params?.['date'] === undefined && isMessageKey(undated) ? undated : (`finding.${finding.code}.text` as MessageKey);
}

/** The token types Meta's debug_token reports that have a name in every language. */
const TOKEN_TYPES = ['SYSTEM_USER', 'USER', 'PAGE', 'APP'] as const;

/** A token type in plain words ("System user" for SYSTEM_USER); a type Meta adds later stays as Meta wrote it. */
export function tokenTypeName(t: (key: MessageKey) => string, type: string): string {
  return (TOKEN_TYPES as readonly string[]).includes(type) ? t(`ui.tokenType.${type}` as MessageKey) : type;
}

/** A system user's role in plain words ("Admin" for ADMIN); a role Meta adds later stays as Meta wrote it. */
export function roleName(t: (key: MessageKey) => string, role: string): string {
  return role === 'ADMIN' ? t('ui.user.admin') : role === 'EMPLOYEE' ? t('ui.user.employee') : role;
}

/** Task codes ("DEVELOP, VIEW_COST") as their names in words, in the language's list form; a code the catalogue does not know stays as written. */
const taskListName = (t: (key: MessageKey) => string, list: string, language: Language, name: TaskNamer): string =>
  taskList(
    t,
    list.split(',').map((code) => code.trim()),
    language,
    name,
  );

/**
 * A message's parameters with Meta's codes put in words: `type` (a token
 * type), `role` (a system user's role) and the task lists of the sharing
 * rules (`task`, `allowed`, `alternative`) and an ID's `kind`, so a sentence
 * never shows EMPLOYEE, SYSTEM_USER, VIEW_COST or SystemUser to a person who
 * does not know Meta's object model.
 */
export function readableParams(
  t: (key: MessageKey) => string,
  params: Params | undefined,
  language: Language,
  name: TaskNamer = taskName,
): Params | undefined {
  if (!params) return params;
  const { type, role } = params;
  const tasks = Object.fromEntries(
    (['task', 'allowed', 'alternative'] as const).flatMap((key) => {
      const value = params[key];
      return typeof value === 'string' ? [[key, taskListName(t, value, language, name)]] : [];
    }),
  );
  return idKindWords(t, {
    ...params,
    ...(typeof type === 'string' ? { type: tokenTypeName(t, type) } : {}),
    ...(typeof role === 'string' ? { role: roleName(t, role) } : {}),
    ...tasks,
  });
}

/**
 * `kind` (what an ID turned out to be: shared/id-kind.ts) in the user's words, "a system user" for
 * system-user; the only parameter every said error and plan problem that names an ID's kind carries.
 */
export function idKindWords(t: (key: MessageKey) => string, params: Params | undefined): Params | undefined {
  const kind = params?.['kind'];
  return isIdKind(kind) ? { ...params, kind: t(idKindKey(kind)) } : params;
}

/** A text of `language` whose `kind` parameter (an ID's kind) is said in that language's words. */
export const translateWithKind = (language: Language, key: string, params?: Params): string =>
  translate(language, key, idKindWords((k) => translate(language, k), params));
