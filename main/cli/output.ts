/**
 * What the command prints and how it exits. Results go to stdout (JSON with
 * --json, short plain lines otherwise); problems go to stderr for people and
 * to stdout as {"error":{...}} with --json, so scripts read one stream.
 */
import type { AppError, AppErrorKind } from '../../shared/errors';
import { translate, translateWithKind, type Language, type Params } from '../../shared/i18n';
import { remedyText } from '../../shared/remedies';
import type { CliIo } from './io';
import { cliAction, keychainWhy, TEXT } from './messages';

import { EXIT } from './exit-codes';

export { EXIT };

/** The exit code for an error kind (issue 3: 2 input, 3 token, 4 permission, 5 unverified, 6 throttled, 7 network). */
export function exitCodeFor(kind: AppErrorKind): number {
  switch (kind) {
    case 'bad-input':
      return EXIT.usage;
    case 'token-invalid':
    case 'token-missing':
    case 'keychain-unavailable':
      return EXIT.token;
    case 'permission-denied':
    case 'not-found':
    case 'app-secret-required':
    case 'app-secret-invalid':
      return EXIT.permission;
    case 'not-verified':
      return EXIT.notVerified;
    case 'rate-limited':
      return EXIT.rateLimited;
    case 'network':
    case 'timeout':
    case 'proxy-auth':
    case 'proxy-unsupported':
    case 'tls-untrusted':
      return EXIT.network;
    default:
      return EXIT.other;
  }
}

export interface Output {
  readonly json: boolean;
  /** A line for people (suppressed with --json). */
  say(line: string): void;
  /** The machine-readable result (only with --json). */
  result(value: unknown): void;
  /**
   * Prints the error and returns its exit code. "What to do" is the remedy for Meta's code and
   * subcode when one is documented (shared/remedies.ts), else `action` (a command's own advice
   * for this kind, e.g. the hand-off's about the provider's token), else the kind's CLI remedy,
   * left out when the message already says what to do (whatToDoLine).
   */
  fail(error: AppError, action?: Partial<Readonly<Record<AppErrorKind, string>>>): number;
}

/** The error's message in the run's language when the core said it in words (AppError.text), else as it came. */
export function messageOf(error: AppError, language: Language): string {
  return error.text ? translateWithKind(language, error.text.key, codesInWords(language, error.text.params)) : error.message;
}

/** Values the core gives as codes, in the run's words: a keychain `reason` ('no-dbus'), an `errorKind` ('token-invalid'). */
function codesInWords(language: Language, params: Params | undefined): Params | undefined {
  if (!params) return params;
  const { reason, errorKind } = params;
  return {
    ...params,
    ...(typeof reason === 'string' ? { reason: keychainWhy(reason) } : {}),
    ...(typeof errorKind === 'string' ? { errorKind: translate(language, `error.${errorKind}.title`) } : {}),
  };
}

/** An error kind in the run's words (its title, "Meta refused the permission"), never the kind's code in prose. */
export const kindWords = (kind: string, language: Language): string => translate(language, `error.${kind}.title`);

/** The --json error shape: kind, message (in the run's language; the keys and kinds stay English) and Meta's support fields. */
export function errorJson(error: AppError, language: Language = 'en'): unknown {
  const graph = error.graph;
  return {
    error: {
      kind: error.kind,
      message: messageOf(error, language),
      ...(error.fields ? { fields: error.fields } : {}),
      ...(error.retryAfterSec !== undefined ? { retryAfterSec: error.retryAfterSec } : {}),
      graph: graph ? { code: graph.code ?? null, subcode: graph.subcode ?? null, fbtraceId: graph.fbtraceId ?? null } : null,
    },
  };
}

/**
 * The "What to do" line, most specific first: the remedy for Meta's code and subcode, a command's
 * own advice for the kind, then, only when the message does not already say its fix
 * (AppError.fixInMessage), the kind's own remedy. Null: the message says it all.
 */
export function whatToDoLine(error: AppError, language: Language, action?: Partial<Readonly<Record<AppErrorKind, string>>>): string | null {
  const specific = remedyText(language, error) ?? action?.[error.kind];
  if (specific !== undefined && specific !== null) return specific;
  if (error.fixInMessage === true) return null;
  return cliAction(error.kind) ?? translate(language, `error.${error.kind}.action`);
}

export function createOutput(io: CliIo, json: boolean, language: Language = 'en'): Output {
  const line = (stream: NodeJS.WritableStream, text: string): void => void stream.write(`${text}\n`);
  return {
    json,
    say: (text) => {
      if (!json) line(io.stdout, text);
    },
    result: (value) => {
      // One line per result, so a script (or a test reading a long-running command) can parse it as it arrives.
      if (json) line(io.stdout, JSON.stringify(value));
    },
    fail(error, action) {
      if (json) {
        line(io.stdout, JSON.stringify(errorJson(error, language)));
      } else {
        // A message that already opens with the title ("No token is connected. ...") is not said twice.
        const title = translate(language, `error.${error.kind}.title`);
        const message = messageOf(error, language);
        line(io.stderr, error.untitled === true || message.startsWith(title) ? message : `${title}: ${message}`);
        if (error.graph?.userMessage) line(io.stderr, TEXT.metaSays(error.graph.userMessage));
        if (error.retryAfterSec !== undefined) line(io.stderr, TEXT.retryAfter(Math.ceil(error.retryAfterSec / 60)));
        const todo = whatToDoLine(error, language, action);
        if (todo !== null) line(io.stderr, TEXT.whatToDo(todo));
        if (error.graph?.code !== undefined) line(io.stderr, TEXT.metaCode(`${error.graph.code}${error.graph.subcode ? `/${error.graph.subcode}` : ''}`));
        if (error.graph?.fbtraceId) line(io.stderr, TEXT.traceId(error.graph.fbtraceId));
      }
      return exitCodeFor(error.kind);
    },
  };
}
