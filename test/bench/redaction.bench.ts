/**
 * Cost of the redacting logger: every log line is scrubbed by key, by the
 * live token's value in several encodings and by pattern. Prints lines per
 * second with and without redaction and their ratio.
 */
import { performance } from 'node:perf_hooks';
import { createLogger, createMemorySink } from '../../main/core/log/logger';
import { createSecretRegistry } from '../../main/core/log/secrets';

const LINES = 20_000;
const token = `EAA${'Bench0123456789abcdef'.repeat(8)}`;

function run(redacting: boolean): number {
  const sink = createMemorySink(LINES + 1);
  const secrets = createSecretRegistry();
  if (redacting) secrets.register(token);
  const log = createLogger({ sink, secrets });
  const start = performance.now();
  for (let i = 0; i < LINES; i += 1) {
    log.info('bench', 'GET /v26.0/102290129340398/assigned_users answered 200', {
      attempt: i % 4,
      trace: 'AbhJCUSXvlayP5cp9FXUKnj',
      header: i % 100 === 0 ? `Bearer ${token}` : 'none',
    });
  }
  return LINES / ((performance.now() - start) / 1000);
}

run(true); // warm-up
const plain = run(false);
const scrubbed = run(true);
console.log(`logger, no registered secret:  ${plain.toFixed(0).padStart(9)} lines/s`);
console.log(`logger, live token registered: ${scrubbed.toFixed(0).padStart(9)} lines/s`);
console.log(`ratio: ${(plain / scrubbed).toFixed(2)}x slower with the token registered`);
