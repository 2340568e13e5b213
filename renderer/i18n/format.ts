/** Dates and lists in the user's language, through the platform's Intl (no library). */
import type { Language } from '../../shared/i18n';

export function formatDateTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

/** Unix seconds as a date; null when unknown or 0 ("never"). */
export function formatUnixDate(seconds: number | null, language: Language): string | null {
  if (!seconds) return null;
  return new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(new Date(seconds * 1000));
}

/** Lists in sentences: the one joiner the command line and the core's HTML use too (shared/i18n/lists.ts). */
export { formatList } from '../../shared/i18n';

/** "1:05" for a countdown. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

/** A date Meta or the core sent as "YYYY-MM-DD" (or a full ISO time), in the user's language; other text unchanged. */
export function localDate(text: string, language: Language): string {
  if (!/^\d{4}-\d{2}-\d{2}/.test(text)) return text;
  const date = new Date(text.length === 10 ? `${text}T00:00:00Z` : text);
  if (Number.isNaN(date.getTime())) return text;
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: text.length === 10 ? 'UTC' : undefined }).format(date);
}
