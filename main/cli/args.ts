/**
 * The command line, parsed with node:util parseArgs (no dependency): the
 * command name, its options, and the global options. Anything unknown is a
 * usage error (exit 2), never guessed at.
 */
import type { Language } from '../../shared/languages';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { closestWord } from '../../shared/closest';
import { caFilesFromEnv, type CaFileRef } from '../core/graph/ca-files';
import { TEXT } from './messages';

export const COMMANDS = [
  'token set',
  'token status',
  'token forget',
  'app-secret set',
  'app-secret forget',
  'inspect',
  'wabas',
  'system-users',
  'whatis',
  'assign',
  'verify',
  'remove',
  'bulk',
  'handoff',
  'check',
  'practice',
] as const;
export type CommandName = (typeof COMMANDS)[number];

const OPTIONS = {
  'graph-url': { type: 'string' },
  'api-version': { type: 'string' },
  'token-stdin': { type: 'boolean' },
  'app-secret-file': { type: 'string' },
  app: { type: 'string' },
  'data-dir': { type: 'string' },
  'ca-file': { type: 'string', multiple: true },
  lang: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  yes: { type: 'boolean', short: 'y' },
  exact: { type: 'boolean' },
  business: { type: 'string' },
  waba: { type: 'string' },
  user: { type: 'string' },
  tasks: { type: 'string' },
  port: { type: 'string' },
  scenario: { type: 'string' },
  file: { type: 'string' },
  'max-wait': { type: 'string' },
  concurrency: { type: 'string' },
  'provider-profile': { type: 'string' },
  'receipt-out': { type: 'string' },
  receipt: { type: 'string' },
} as const;

type OptionName = keyof typeof OPTIONS;
const GLOBAL: readonly OptionName[] = ['graph-url', 'api-version', 'token-stdin', 'app-secret-file', 'data-dir', 'ca-file', 'lang', 'json', 'help'];

/** Options each command accepts besides the global ones. */
const ALLOWED: Readonly<Record<CommandName, readonly OptionName[]>> = {
  'token set': [],
  'token status': [],
  'token forget': [],
  'app-secret set': ['app'],
  'app-secret forget': ['app'],
  inspect: [],
  wabas: ['business'],
  'system-users': ['business', 'waba'],
  whatis: [],
  assign: ['waba', 'business', 'user', 'tasks', 'yes', 'exact', 'provider-profile', 'receipt-out'],
  verify: ['waba', 'business', 'user', 'tasks', 'exact'],
  remove: ['waba', 'user', 'business', 'yes', 'receipt-out'],
  bulk: ['file', 'yes', 'max-wait', 'concurrency', 'exact', 'provider-profile', 'receipt-out'],
  handoff: ['waba', 'business', 'user', 'provider-profile'],
  check: ['receipt'],
  practice: ['port', 'scenario'],
};

/** Command groups: their first word alone (or with --help) shows the group's help. */
export const GROUPS = ['token', 'app-secret'] as const;
export type CommandGroup = (typeof GROUPS)[number];

export interface Parsed {
  readonly command: CommandName | null;
  /** `token` or `app-secret` given without (or with --help and without) a subcommand: that group's help. */
  readonly group?: CommandGroup;
  readonly options: Readonly<Partial<Record<OptionName, string | boolean | readonly string[]>>>;
  /** Positional arguments after the command name. */
  readonly rest: readonly string[];
  readonly help: boolean;
  readonly json: boolean;
}

/** A refused command line; its message is said once the run's language is known (the --lang it carries may be the problem). */
export type ParseResult = { readonly ok: true; readonly value: Parsed } | { readonly ok: false; readonly message: () => string; readonly json: boolean; readonly lang?: string };

/** --lang's value read straight from the words, for a command line parseArgs refused (so its message can still be in that language). */
function langWord(argv: readonly string[]): string | undefined {
  const at = argv.lastIndexOf('--lang');
  const joined = argv.findLast((word) => word.startsWith('--lang='));
  return joined !== undefined && argv.lastIndexOf(joined) > at ? joined.slice('--lang='.length) : at >= 0 ? argv[at + 1] : undefined;
}

/** The command the words name (its one or two words), or null. */
function commandOf(positionals: readonly string[]): CommandName | null {
  const [first, second] = positionals;
  const two = `${first} ${second ?? ''}`;
  return (COMMANDS as readonly string[]).includes(two) ? (two as CommandName) : (COMMANDS as readonly string[]).includes(first ?? '') ? (first as CommandName) : null;
}

/** An unknown command, with the closest command (or subcommand of a group) when one is near. */
function unknownCommand(first: string, second: string | undefined): string {
  const group = (GROUPS as readonly string[]).includes(first);
  const typed = group ? `${first} ${second ?? ''}`.trim() : first;
  const candidates = group ? COMMANDS.filter((c) => c.startsWith(`${first} `)) : [...new Set(COMMANDS.map((c) => c.split(' ')[0] ?? c))];
  const suggestion = closestWord(typed.toLowerCase(), candidates, 2);
  return suggestion === null ? TEXT.unknownCommand(typed) : TEXT.unknownCommandSuggest(typed, suggestion);
}

/**
 * Why parseArgs refused the words, said plainly: an unknown option names the command and the
 * closest option it takes ("Unknown option --forc for assign. Did you mean --force?"), an option
 * without its value says so; anything else keeps parseArgs' own words.
 */
function optionProblem(argv: readonly string[], error: unknown): string {
  const code = (error as { code?: unknown }).code;
  const loose = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: false, tokens: true });
  const command = commandOf(loose.positionals);
  const known = new Set<string>(Object.keys(OPTIONS));
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const unknown = loose.tokens.find((t) => t.kind === 'option' && !known.has(t.name));
    const name = unknown?.kind === 'option' ? unknown.name : '';
    if (command === null) return TEXT.unknownOption(name);
    const suggestion = closestWord(name, [...ALLOWED[command], ...GLOBAL], 2);
    return suggestion === null ? TEXT.unknownOptionFor(name, command) : TEXT.unknownOptionForSuggest(name, command, suggestion);
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const name = (Object.keys(OPTIONS) as OptionName[]).find((n) => OPTIONS[n].type === 'string' && loose.values[n] === true);
    if (name !== undefined) return TEXT.optionNeedsValue(name);
  }
  return TEXT.badOption(error instanceof Error ? error.message : TEXT.optionsInvalid);
}

/**
 * A single-valued option given twice with different values (`--business A --business B`):
 * parseArgs keeps the last one silently, which would act on an ID the user may not have meant.
 */
function repeatedOption(tokens: ReturnType<typeof parseArgs>['tokens']): { name: string; values: string[] } | null {
  const seen = new Map<string, string[]>();
  for (const token of tokens ?? []) {
    if (token.kind !== 'option' || token.value === undefined) continue;
    const option = OPTIONS[token.name as OptionName] as { readonly multiple?: boolean } | undefined;
    if (option?.multiple === true) continue;
    seen.set(token.name, [...(seen.get(token.name) ?? []), token.value]);
  }
  for (const [name, values] of seen) if (new Set(values).size > 1) return { name, values };
  return null;
}

/**
 * Commands that read words after their name: whatis (the ID), and those whose own check says why a
 * secret does not belong on the command line (token set, app-secret set, handoff).
 */
const READS_WORDS: readonly CommandName[] = ['whatis', 'token set', 'app-secret set', 'handoff'];

/**
 * A word no command reads (`--tasks VIEW_INSIGHTS VIEW_TEMPLATES`): parseArgs would drop it silently
 * and the run would go on without what the user meant; right after --tasks it is most likely a
 * second task, so the message shows the comma form.
 */
function strayWord(command: CommandName, rest: readonly string[], tokens: ReturnType<typeof parseArgs>['tokens']): (() => string) | null {
  const [word] = rest;
  if (word === undefined || READS_WORDS.includes(command)) return null;
  const list = tokens ?? [];
  const at = list.findIndex((t) => t.kind === 'positional' && t.value === word && t.index > 0);
  const before = at > 0 ? list[at - 1] : undefined;
  // Texts load with the run's language, after parsing: the message is said later.
  if (before?.kind === 'option' && before.name === 'tasks' && before.value !== undefined && !before.inlineValue) {
    const { name, value } = before;
    return () => TEXT.strayValue(word, name, `${value},${word}`);
  }
  return () => TEXT.strayWord(word, command);
}

export function parseCommandLine(argv: readonly string[]): ParseResult {
  const json = argv.includes('--json');
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    return { ok: false, message: () => optionProblem(argv, error), json, lang: langWord(argv) };
  }
  const twice = repeatedOption(parsed.tokens);
  if (twice) return { ok: false, message: () => TEXT.optionTwice(twice.name, twice.values.join(', ')), json, lang: langWord(argv) };
  const positionals = parsed.positionals;
  const options = parsed.values as Partial<Record<OptionName, string | boolean | readonly string[]>>;
  const help = options.help === true;
  const lang = typeof options.lang === 'string' ? options.lang : undefined;
  const first = positionals[0];
  if (first === undefined) return { ok: true, value: { command: null, options, rest: [], help: true, json } };
  const command = commandOf(positionals);
  if (command === null) {
    if (first === 'help') return { ok: true, value: { command: null, options, rest: [], help: true, json } };
    const group = GROUPS.find((g) => g === first);
    if (group !== undefined && positionals[1] === undefined) {
      // `token --help` shows the group's commands; a bare `token` is incomplete usage (exit 2) that names them.
      if (help) return { ok: true, value: { command: null, group, options, rest: [], help: true, json } };
      return { ok: false, message: () => TEXT.groupNeedsSub(group, COMMANDS.filter((c) => c.startsWith(`${group} `)).join(', ')), json, lang };
    }
    return { ok: false, message: () => unknownCommand(first, positionals[1]), json, lang };
  }
  const rest = positionals.slice(command.split(' ').length);
  const stray = (Object.keys(options) as OptionName[]).find((name) => !GLOBAL.includes(name) && !ALLOWED[command].includes(name));
  if (stray) return { ok: false, message: () => TEXT.badOption(TEXT.optionNotFor(stray, command)), json, lang };
  const word = strayWord(command, rest, parsed.tokens);
  if (word !== null) return { ok: false, message: word, json, lang };
  return { ok: true, value: { command, options, rest, help, json } };
}

/** The OS's per-user config directory, with a folder for this tool. */
export function defaultDataDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'waba-access');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'waba-access');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'waba-access');
}

/** node:crypto, loaded only when a command runs (it is slow to load; `--help` needs none of it). */
const sha256 = () => process.getBuiltinModule('node:crypto').createHash('sha256');

export interface Globals {
  readonly dataDir: string;
  /** One keychain entry per data dir, so separate profiles (and tests) never share a token. */
  readonly keychainAccount: string;
  readonly graphUrl?: string;
  readonly apiVersion?: string;
  readonly tokenStdin: boolean;
  /** --app-secret-file: the app secret for this run (wins over the keychain). */
  readonly appSecretFile?: string;
  readonly json: boolean;
  /** Corporate CA files: each --ca-file (repeatable), then WABA_CA_FILE and NODE_EXTRA_CA_CERTS, read explicitly. */
  readonly caFiles: readonly CaFileRef[];
  /** --lang, else WABA_LANG, else English (checked by main before the command runs). */
  readonly language: Language;
}

/** Each --ca-file, relative paths taken from the working directory. */
function caFileOptions(parsed: Parsed): CaFileRef[] {
  const given = parsed.options['ca-file'];
  const paths = Array.isArray(given) ? given : typeof given === 'string' ? [given] : [];
  return paths.map((path) => ({ path: resolve(path), source: '--ca-file' }));
}

export function globalsOf(parsed: Parsed, env: NodeJS.ProcessEnv, language: Language): Globals {
  const str = (name: OptionName): string | undefined => {
    const value = parsed.options[name];
    return typeof value === 'string' && value.length > 0 ? value : undefined;
  };
  const defaultDir = defaultDataDir(env);
  const dataDir = resolve(str('data-dir') ?? (env.WABA_DATA_DIR || defaultDir));
  const keychainAccount =
    dataDir === resolve(defaultDir) ? 'system-user-token' : `system-user-token@${sha256().update(dataDir).digest('hex').slice(0, 16)}`;
  const graphUrl = str('graph-url') ?? (env.WABA_GRAPH_URL || undefined);
  const apiVersion = str('api-version');
  const appSecretFile = str('app-secret-file');
  return {
    dataDir,
    keychainAccount,
    ...(graphUrl ? { graphUrl } : {}),
    ...(apiVersion ? { apiVersion } : {}),
    tokenStdin: parsed.options['token-stdin'] === true,
    ...(appSecretFile ? { appSecretFile: resolve(appSecretFile) } : {}),
    json: parsed.json,
    caFiles: [...caFileOptions(parsed), ...caFilesFromEnv(env)],
    language,
  };
}
