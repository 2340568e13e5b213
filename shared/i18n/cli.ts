/**
 * The command line's texts, one language at a time: `waba-access` loads only
 * the language it speaks (each *-cli.ts is its own chunk of the CLI bundle),
 * so `--help` never parses the other seven (issue 11's cold start). The
 * renderer never loads these.
 */
import type { Language } from '../languages';
import type { CliMessages } from './en-cli';

export type { CliKey, CliMessages } from './en-cli';

/** Languages the CLI speaks: the eight users' languages (the pseudo-locale is the renderer's). */
export type CliLanguage = Exclude<Language, 'en-XA'>;

export const CLI_LOADERS: Readonly<Record<CliLanguage, () => Promise<CliMessages>>> = {
  en: async () => (await import('./en-cli')).enCli,
  // TODO(issue 12): the seven translations land next; until then they speak English.
  es: async () => (await import('./en-cli')).enCli,
  'pt-BR': async () => (await import('./en-cli')).enCli,
  hi: async () => (await import('./en-cli')).enCli,
  id: async () => (await import('./en-cli')).enCli,
  tr: async () => (await import('./en-cli')).enCli,
  ru: async () => (await import('./en-cli')).enCli,
  ar: async () => (await import('./en-cli')).enCli,
};

/** The command-line texts of one language (the pseudo-locale gets English). */
export const loadCliMessages = (language: Language): Promise<CliMessages> =>
  (language === 'en-XA' ? CLI_LOADERS.en : CLI_LOADERS[language])();
