/**
 * The one logger of main (security.md L2, S5): one line per event with a
 * module prefix, every line passed through redact before it reaches a sink.
 * Log key names and outcomes; the redactor is the safety net, not the plan.
 */
import { redactText, redactValue, scrubValues } from './redact';
import type { SecretSource } from './secrets';

export type LogLevel = 'info' | 'warn' | 'error';
export type LogFields = Readonly<Record<string, unknown>>;

export interface Logger {
  info(module: string, message: string, fields?: LogFields): void;
  warn(module: string, message: string, fields?: LogFields): void;
  error(module: string, message: string, fields?: LogFields): void;
}

/** Where finished (already redacted) lines go. */
export interface LogSink {
  write(line: string): void;
}

export interface LoggerOptions {
  readonly sink: LogSink;
  readonly secrets?: SecretSource;
  /** 'json' (default): one JSON object per line; 'text': `time LEVEL [module] message {fields}`. */
  readonly format?: 'json' | 'text';
  readonly now?: () => Date;
}

const NO_SECRETS: SecretSource = { list: () => [] };

/** Creates a logger; it never throws, even if a sink does. */
export function createLogger(options: LoggerOptions): Logger {
  const secrets = options.secrets ?? NO_SECRETS;
  const now = options.now ?? (() => new Date());
  const format = options.format ?? 'json';

  const emit = (level: LogLevel, module: string, message: string, fields?: LogFields): void => {
    try {
      const live = secrets.list();
      const safeFields = fields === undefined ? undefined : (redactValue(fields, live) as Record<string, unknown>);
      const time = now().toISOString();
      const mod = module.replace(/[^\w.-]/g, '_').slice(0, 40);
      const line =
        format === 'json'
          ? JSON.stringify({ time, level, module: mod, msg: redactText(message, live), ...(safeFields ? { data: safeFields } : {}) })
          : `${time} ${level.toUpperCase()} [${mod}] ${redactText(message, live).replace(/[\r\n]+/g, ' ')}${
              safeFields && Object.keys(safeFields).length > 0 ? ` ${JSON.stringify(safeFields)}` : ''
            }`;
      // Second pass over the finished line: a secret in a form only serialization produced (e.g. JSON-escaped).
      // Exact values only: the pattern nets already ran on each string, and on a whole line they could eat its JSON.
      options.sink.write(scrubValues(line, live));
    } catch {
      // Logging must never break the caller.
    }
  };

  return {
    info: (module, message, fields) => emit('info', module, message, fields),
    warn: (module, message, fields) => emit('warn', module, message, fields),
    error: (module, message, fields) => emit('error', module, message, fields),
  };
}

/** Keeps lines in memory: for tests and for the app's "copy diagnostics" view. */
export function createMemorySink(limit = 10_000): LogSink & { readonly lines: readonly string[]; clear(): void } {
  const lines: string[] = [];
  return {
    lines,
    write(line) {
      lines.push(line);
      if (lines.length > limit) lines.splice(0, lines.length - limit);
    },
    clear() {
      lines.length = 0;
    },
  };
}

/** Writes to stderr (the CLI and development runs); stdout stays free for command output. */
export function createConsoleSink(): LogSink {
  return { write: (line) => console.error(line) };
}

/** Sends every line to several sinks (e.g. file and memory). */
export function teeSinks(...sinks: readonly LogSink[]): LogSink {
  return {
    write(line) {
      for (const sink of sinks) {
        try {
          sink.write(line);
        } catch {
          // One broken sink must not silence the others.
        }
      }
    },
  };
}

/** A logger that drops everything (library defaults, tests that do not look at logs). */
export const silentLogger: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
