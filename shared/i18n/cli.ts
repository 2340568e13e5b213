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
  es: async () => (await import('./es-cli')).esCli,
  'pt-BR': async () => (await import('./pt-BR-cli')).ptBRCli,
  hi: async () => (await import('./hi-cli')).hiCli,
  id: async () => (await import('./id-cli')).idCli,
  tr: async () => (await import('./tr-cli')).trCli,
  ru: async () => (await import('./ru-cli')).ruCli,
  ar: async () => (await import('./ar-cli')).arCli,
};

/** The command-line texts of one language (the pseudo-locale gets English). */
export const loadCliMessages = (language: Language): Promise<CliMessages> =>
  (language === 'en-XA' ? CLI_LOADERS.en : CLI_LOADERS[language])();
