/** Fresh Meta-looking trace ids ("AbhJCUSXvlayP5cp9FXUKnj": 23 chars, letters, digits, underscore). */
import { randomBytes } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_';

export function newTraceId(length = 23): string {
  const bytes = randomBytes(length);
  let id = 'A';
  for (let i = 1; i < length; i += 1) id += ALPHABET[(bytes[i] ?? 0) % ALPHABET.length];
  return id;
}
