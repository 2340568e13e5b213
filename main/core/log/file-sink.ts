/**
 * Appends log lines to a file readable only by the user (mode 0600), with a
 * size cap: the live file and its one rotation `.1` each hold at most half the
 * cap, so the two together never exceed it (security.md L4).
 */
import { appendFileSync, chmodSync, existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { LogSink } from './logger';

export interface FileSinkOptions {
  readonly path: string;
  /** Total bytes for the file plus its rotation; default 4 MiB, at least 1 KiB. */
  readonly maxBytes?: number;
}

const FILE_MODE = 0o600;
const DIR_MODE = 0o700;

/** Cuts a UTF-8 string to at most `max` bytes without splitting a character. */
function fitBytes(text: string, max: number): string {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length <= max) return text;
  let end = max;
  // Step back over UTF-8 continuation bytes (10xxxxxx) so no character is split.
  while (end > 0 && ((bytes[end] ?? 0) & 0xc0) === 0x80) end -= 1;
  return bytes.subarray(0, end).toString('utf8');
}

export function createFileSink(options: FileSinkOptions): LogSink {
  const path = options.path;
  const rotated = `${path}.1`;
  const half = Math.floor(Math.max(1024, options.maxBytes ?? 4 * 1024 * 1024) / 2);
  mkdirSync(dirname(path), { recursive: true, mode: DIR_MODE });
  // A file left by an older build or another tool may be wider open; narrow it.
  if (existsSync(path)) chmodSync(path, FILE_MODE);
  if (existsSync(rotated)) chmodSync(rotated, FILE_MODE);

  const sizeOf = (file: string): number => {
    try {
      return statSync(file).size;
    } catch {
      return 0;
    }
  };

  return {
    write(line) {
      const text = `${fitBytes(line.replace(/[\r\n]+/g, ' '), half - 1)}\n`;
      const bytes = Buffer.byteLength(text, 'utf8');
      if (sizeOf(path) + bytes > half) {
        if (existsSync(path)) renameSync(path, rotated);
      }
      appendFileSync(path, text, { mode: FILE_MODE });
    },
  };
}
