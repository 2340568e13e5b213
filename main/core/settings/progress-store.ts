/**
 * Where the wizard's progress is kept between runs (issue 9.8): one small
 * JSON file next to the settings, written atomically with mode 0600. It holds
 * what shared/progress.ts allows (a step, a mode, ids and task names), is
 * refused if anything in it looks like a token, and a damaged file reads as
 * "no progress": the wizard then simply starts at Welcome.
 */
import { readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { AppError } from '../../../shared/errors';
import { saidError } from '../said-error';
import { wizardProgressSchema, type WizardProgress } from '../../../shared/progress';
import { err, ok, type Result } from '../../../shared/result';
import { errorCode, writeJsonAtomic } from '../journal/atomic-file';
import { tokenLikePaths } from './schema';

export const PROGRESS_FILE_NAME = 'wizard-progress.json';

export interface ProgressStore {
  readonly path: string;
  load(): Promise<WizardProgress | null>;
  save(progress: WizardProgress): Promise<Result<void, AppError>>;
  clear(): Promise<void>;
}

export function openProgressStore(dataDir: string, log?: (module: string, message: string) => void): ProgressStore {
  const path = join(dataDir, PROGRESS_FILE_NAME);
  // Saves run one after another, so the file always ends with the last one sent.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };

  return {
    path,
    async load() {
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch (error) {
        if (errorCode(error) !== 'ENOENT') log?.('progress', `progress not read: ${errorCode(error)}`);
        return null;
      }
      try {
        const parsed = wizardProgressSchema.safeParse(JSON.parse(text));
        if (parsed.success && tokenLikePaths(parsed.data).length === 0) return parsed.data;
      } catch {
        // Falls through: a damaged file is no progress.
      }
      log?.('progress', 'progress file ignored: not valid');
      return null;
    },
    save(progress) {
      const parsed = wizardProgressSchema.safeParse(progress);
      if (!parsed.success || tokenLikePaths(parsed.data).length > 0) {
        return Promise.resolve(err(saidError('bad-input', 'coreError.progressInvalid', undefined, { fields: ['progress'] })));
      }
      return serial(async () => {
        try {
          await writeJsonAtomic(path, parsed.data);
          return ok(undefined);
        } catch (error) {
          log?.('progress', `progress not saved: ${errorCode(error)}`);
          return err(saidError('unexpected', 'coreError.progressNotSaved'));
        }
      });
    },
    clear: () =>
      serial(async () => {
        await unlink(path).catch(() => undefined);
      }),
  };
}
