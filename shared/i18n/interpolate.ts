/**
 * Filling in a text's {{placeholders}}, and keeping values left to right in
 * right-to-left languages. Apart from the texts, so the CLI can fill in its
 * own language's texts without loading every language (index.ts re-exports it).
 */
import { ALL_LANGUAGES, type Language } from '../languages';

export type TextDirection = 'ltr' | 'rtl';

export type Params = Readonly<Record<string, string | number>>;

/** Right-to-left readiness: the layout follows this, not a hard-coded 'ltr'. */
export const directionOf = (language: string): TextDirection =>
  ALL_LANGUAGES.find((entry) => entry.code === language)?.dir ?? 'ltr';

/** First-strong and pop isolates: a value keeps its own direction inside the sentence around it. */
const FSI = '\u2068';
const PDI = '\u2069';

/**
 * In a right-to-left language, each value (an ID, a number, a date, a name)
 * is wrapped in Unicode isolates, so "ID 102290129340398" or "(+1 555 0100)"
 * stays left to right inside Arabic text and its punctuation does not jump.
 */
export function isolateParams(language: Language, params?: Params): Params | undefined {
  if (!params || directionOf(language) !== 'rtl') return params;
  return Object.fromEntries(Object.entries(params).map(([name, value]) => [name, `${FSI}${String(value)}${PDI}`]));
}

/** Replaces each {{name}} with its value; unknown placeholders stay visible so a gap is noticed. */
export function interpolate(text: string, params?: Params): string {
  if (!params) return text;
  return text.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}
