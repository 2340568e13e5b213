import { randomUUID } from 'node:crypto';
import { chmod, mkdir, open, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { isAppError, type AppError } from '../../../shared/errors';
import { GRAPH_ID_PATTERN } from '../../../shared/ids';
import { err, ok, type Result } from '../../../shared/result';
import { saidError } from '../said-error';
import { errorCode, removeStaleTemps, writeFileAtomic } from './atomic-file';

/**
 * The change journal: every change to Meta is recorded as `in_flight`
 * durably BEFORE it is sent, and `done`/`failed` after (security.md P3). On
 * restart, `pending()` lists what may or may not have reached Meta, so the
 * caller reconciles it with a read before sending anything again.
 *
 * Format: append-only JSON lines, one full snapshot of a record per line;
 * the last line for an id wins. Chosen over an atomically rewritten JSON
 * file because each step then costs one small append plus one fsync, not a
 * rewrite of the whole history plus two fsyncs and a rename; and a crash can
 * only tear the line being appended, which is detected (it does not parse)
 * and dropped, leaving every earlier line, i.e. the previous state, intact.
 * The file is compacted (atomic rewrite via atomic-file.ts) when opened
 * after a torn write and when it outgrows its bound.
 */

export type ChangeKind = 'assign' | 'remove';
export type ChangeState = 'in_flight' | 'done' | 'failed';

export interface ChangeRecord {
  readonly id: string;
  readonly kind: ChangeKind;
  readonly wabaId: string;
  readonly businessId?: string;
  readonly userId: string;
  readonly tasks?: readonly string[];
  readonly state: ChangeState;
  /** ISO timestamps. */
  readonly startedAt: string;
  readonly finishedAt?: string;
  readonly fbtraceIds?: readonly string[];
  /** Already free of secrets (AppError never holds the token). */
  readonly error?: AppError;
}

export type NewChange = Pick<ChangeRecord, 'kind' | 'wabaId' | 'businessId' | 'userId' | 'tasks'> & { readonly id?: string };
export type FinishExtra = Pick<ChangeRecord, 'fbtraceIds' | 'error'>;
export interface FinishOutcome {
  readonly id: string;
  readonly state: 'done' | 'failed';
  readonly extra?: FinishExtra;
}

export interface Journal {
  readonly path: string;
  /** Resolves only after the `in_flight` record is on disk (fsync'd): do the side effect after this. */
  begin(change: NewChange): Promise<Result<ChangeRecord, AppError>>;
  /** Several changes made durable together (one append, one fsync), before a batch that carries them all leaves. */
  beginMany(changes: readonly NewChange[]): Promise<Result<readonly ChangeRecord[], AppError>>;
  finish(id: string, state: 'done' | 'failed', extra?: FinishExtra): Promise<Result<ChangeRecord, AppError>>;
  /** Several outcomes recorded together (one append, one fsync). */
  finishMany(outcomes: readonly FinishOutcome[]): Promise<Result<readonly ChangeRecord[], AppError>>;
  /** Changes whose outcome is unknown (a crash or kill happened between begin and finish). */
  pending(): readonly ChangeRecord[];
  /** Every kept record, oldest first. */
  records(): readonly ChangeRecord[];
  get(id: string): ChangeRecord | undefined;
}

export interface JournalOptions {
  /** How many finished records to keep; in-flight ones are always kept. */
  readonly keepFinished?: number;
  readonly log?: (module: string, message: string) => void;
  readonly now?: () => Date;
}

const id = z.string().min(1).max(128);
const graphId = z.string().regex(GRAPH_ID_PATTERN);
const recordSchema = z.object({
  id,
  kind: z.enum(['assign', 'remove']),
  wabaId: graphId,
  businessId: graphId.optional(),
  userId: graphId,
  tasks: z.array(z.string().max(64)).max(64).optional(),
  state: z.enum(['in_flight', 'done', 'failed']),
  startedAt: z.string().max(40),
  finishedAt: z.string().max(40).optional(),
  fbtraceIds: z.array(z.string().max(128)).max(64).optional(),
  error: z.custom<AppError>(isAppError).optional(),
});


const line = (record: ChangeRecord): string => `${JSON.stringify(record)}\n`;

/** Opens (or creates) the journal at `path`, recovering from a torn last line or a crashed compaction. */
export async function openJournal(path: string, options: JournalOptions = {}): Promise<Journal> {
  const keepFinished = Math.max(0, options.keepFinished ?? 500);
  const log = options.log ?? (() => undefined);
  const now = options.now ?? (() => new Date());
  const records = new Map<string, ChangeRecord>();

  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  const stale = await removeStaleTemps(path);
  let text = '';
  let existed = true;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
    existed = false;
  }
  let lines = 0;
  let bad = 0;
  for (const raw of text.split('\n')) {
    if (raw.trim() === '') continue;
    let parsed;
    try {
      parsed = recordSchema.safeParse(JSON.parse(raw));
    } catch {
      parsed = undefined;
    }
    if (!parsed?.success) {
      bad += 1;
      continue;
    }
    lines += 1;
    records.delete(parsed.data.id);
    records.set(parsed.data.id, parsed.data);
  }
  if (bad > 0) log('journal', `dropped ${bad} unreadable journal line(s), e.g. a write torn by a crash`);
  if (stale > 0) log('journal', `removed ${stale} temp file(s) left by an interrupted compaction`);

  const trim = (): void => {
    const finished = [...records.values()].filter((r) => r.state !== 'in_flight');
    for (const record of finished.slice(0, Math.max(0, finished.length - keepFinished))) records.delete(record.id);
  };
  trim();

  /** Rewrites the file as exactly the kept records, atomically. */
  const compact = async (): Promise<void> => {
    await writeFileAtomic(path, [...records.values()].map(line).join(''));
    lines = records.size;
  };

  const overBound = (): boolean => lines > 2 * (keepFinished + 16) + records.size;

  // A torn tail must be cut off before appending, or the next line would be glued to it.
  const tornTail = text.length > 0 && !text.endsWith('\n');
  if (bad > 0 || tornTail || overBound()) await compact();
  else if (!existed) await writeFileAtomic(path, '');
  // Compaction and creation write 0600; a file copied in or made by an older build may be wider.
  else if (process.platform !== 'win32') await chmod(path, 0o600);

  let queue: Promise<unknown> = Promise.resolve();
  /** One write at a time, in call order, so appends never interleave with each other or a compaction. */
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  /** Set when an append failed part-way: the file may end in a partial line, so rewrite before the next append. */
  let dirty = false;

  const append = async (batch: readonly ChangeRecord[]): Promise<void> => {
    if (dirty) {
      await compact();
      dirty = false;
    }
    const handle = await open(path, 'a', 0o600);
    try {
      await handle.appendFile(batch.map(line).join(''));
      await handle.datasync();
    } finally {
      await handle.close();
    }
    lines += batch.length;
  };

  /** Builds the next records inside the queue (so checks see every earlier write), then makes them durable together. */
  const persistAll = (build: () => Result<readonly ChangeRecord[], AppError>, what: string): Promise<Result<readonly ChangeRecord[], AppError>> =>
    serial(async () => {
      const built = build();
      if (!built.ok) return built;
      const batch = built.value;
      const replaced = batch.some((record) => records.has(record.id));
      try {
        await append(batch);
      } catch (error) {
        dirty = true;
        log('journal', `could not record ${what} (${errorCode(error)})`);
        return err(saidError('unexpected', 'coreError.journalNotWritten', { code: errorCode(error) }));
      }
      for (const record of batch) {
        records.delete(record.id);
        records.set(record.id, record);
      }
      if (replaced) trim();
      if (overBound()) await compact().catch((error: unknown) => log('journal', `compaction failed (${errorCode(error)})`));
      return ok(batch);
    });

  const persist = async (build: () => Result<ChangeRecord, AppError>, what: string): Promise<Result<ChangeRecord, AppError>> => {
    const done = await persistAll(() => {
      const built = build();
      return built.ok ? ok([built.value]) : built;
    }, what);
    return done.ok ? ok(done.value[0] as ChangeRecord) : done;
  };

  /** Every record built, or the first refusal (then none is written). */
  const all = <T>(items: readonly T[], build: (item: T, seen: ReadonlySet<string>) => Result<ChangeRecord, AppError>): Result<readonly ChangeRecord[], AppError> => {
    const out: ChangeRecord[] = [];
    const seen = new Set<string>();
    for (const item of items) {
      const built = build(item, seen);
      if (!built.ok) return built;
      seen.add(built.value.id);
      out.push(built.value);
    }
    return ok(out);
  };

  /** The `in_flight` record of a new change (ids in `seen` are taken by the same call). */
  const started = (change: NewChange, seen: ReadonlySet<string>): Result<ChangeRecord, AppError> => {
    const record: ChangeRecord = {
      id: change.id ?? randomUUID(),
      kind: change.kind,
      wabaId: change.wabaId,
      ...(change.businessId !== undefined ? { businessId: change.businessId } : {}),
      userId: change.userId,
      ...(change.tasks !== undefined ? { tasks: [...change.tasks] } : {}),
      state: 'in_flight',
      startedAt: now().toISOString(),
    };
    const checked = recordSchema.safeParse(record);
    if (!checked.success) {
      const fields = [...new Set(checked.error.issues.map((i) => i.path.join('.')))];
      return err(saidError('bad-input', 'coreError.journalBadRecord', { fields: fields.join(', ') }, { fields }));
    }
    if (records.has(record.id) || seen.has(record.id)) {
      return err(saidError('bad-input', 'coreError.journalDuplicateId', undefined, { fields: ['id'] }));
    }
    return ok(record);
  };

  /** The finished record of a change in flight. */
  const finished = ({ id: changeId, state, extra = {} }: FinishOutcome): Result<ChangeRecord, AppError> => {
    const previous = records.get(changeId);
    if (!previous || previous.state !== 'in_flight') {
      return err(saidError('bad-input', 'coreError.journalNoSuchChange', undefined, { fields: ['id'] }));
    }
    return ok({
      ...previous,
      state,
      finishedAt: now().toISOString(),
      ...(extra.fbtraceIds ? { fbtraceIds: [...extra.fbtraceIds] } : {}),
      ...(extra.error ? { error: extra.error } : {}),
    });
  };

  return {
    path,
    begin(change) {
      return persist(() => started(change, new Set()), 'a change start');
    },

    beginMany(changes) {
      return persistAll(() => all(changes, started), 'change starts');
    },

    finish(changeId, state, extra = {}) {
      return persist(() => finished({ id: changeId, state, extra }), 'a change result');
    },

    finishMany(outcomes) {
      return persistAll(() => all(outcomes, (outcome) => finished(outcome)), 'change results');
    },

    pending: () => [...records.values()].filter((r) => r.state === 'in_flight'),
    records: () => [...records.values()],
    get: (changeId) => records.get(changeId),
  };
}
