/**
 * Which language to speak, in one place: the user's saved choice, else the
 * default of a provider profile when one is loaded, else the system's.
 * Pure, so the core, the CLI and the renderer decide the same way.
 */
import { ALL_LANGUAGES, DEFAULT_LANGUAGE, type Language } from '../languages';

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && ALL_LANGUAGES.some((language) => language.code === value);

/**
 * The language we have for a BCP 47 tag such as "pt-PT", "es-MX" or "ar-EG";
 * undefined when we speak nothing close.
 */
export function closestLanguage(tag: string | null | undefined): Language | undefined {
  if (!tag) return undefined;
  if (isLanguage(tag)) return tag;
  const base = tag.toLowerCase().split(/[-_]/)[0] ?? '';
  if (base === 'pt') return 'pt-BR';
  // "in" is the old code for Indonesian that some systems (Java, older Android) still report.
  if (base === 'in') return 'id';
  return isLanguage(base) ? base : undefined;
}

/** The closest language for a tag; English when nothing matches. */
export const matchLanguage = (tag: string | null | undefined): Language => closestLanguage(tag) ?? DEFAULT_LANGUAGE;

export interface LanguageSources {
  /** What the user picked in Settings; null or absent when they never did. */
  readonly saved?: Language | null;
  /** A loaded provider profile's default language (a BCP 47 tag), if any. */
  readonly profile?: string | null;
  /** The operating system's language tag (navigator.language, app.getLocale(), LANG). */
  readonly system?: string | null;
}

/** Saved choice, else the profile's default, else the system's; a source we cannot speak is skipped. */
export function chooseLanguage(sources: LanguageSources): Language {
  return (
    (isLanguage(sources.saved) ? sources.saved : undefined) ??
    closestLanguage(sources.profile) ??
    closestLanguage(sources.system) ??
    DEFAULT_LANGUAGE
  );
}
