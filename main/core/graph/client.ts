/**
 * createGraphClient: the GraphClient of api.ts over the practice server or
 * graph.facebook.com. Each method validates its ids, builds its path from
 * fixed edge names (I3), runs under one deadline and Cancel, and maps Meta's
 * wire shapes to domain types.
 */
import { MAX_ASSIGN_PAIRS, type AssignItemOutcome, type BatchItem, type BatchItemResult, type CallOptions, type GraphClient } from './api';
import type { AppError } from '../../../shared/errors';
import { saidError } from '../said-error';
import { err, ok, type Result } from '../../../shared/result';
import type { Logger } from '../log/logger';
import type { SecretSource } from '../log/secrets';
import { assignReconciled, checkTasks, confirmed } from './assign';
import { assignPairs, assignWithReadBack, settleAssignItems, settlePairs, type AssignPair } from './assign-batch';
import type { AssignedUser } from '../../../shared/domain';
import { checkBatchItem, chunkBatch, encodeBatch, isDependent, runBatchChunk } from './batch';
import type { GraphClientConfig } from './config';
import { createCaller, SILENT_WAIT_MS, type Call, type Failure, type ProofSource } from './graph-call';
import { createHttpTransport, type HttpTransport } from './http';
import { createPacTransport } from './pac-transport';
import { identifyItems, readIdentifyAnswers } from './identify';
import * as map from './map';
import { createPacer } from './pacer';
import { collectPages } from './paging';
import { checkId, checkIds, relativePath } from './paths';
import { abortableSleep } from './retry';
import type { GraphPage } from './wire-types';

export interface GraphClientDeps {
  /** The live token from the vault; null when none is connected. */
  readonly getToken: () => Promise<string | null>;
  readonly log: Logger;
  /** Seams for deterministic tests. */
  readonly random?: () => number;
  readonly sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  readonly now?: () => number;
  /** Replaces the undici transport (tests of the transport itself use the real one). */
  readonly transport?: HttpTransport;
  /** App secrets for appsecret_proof; without it no proof is sent. */
  readonly proofs?: ProofSource;
  /** The process's live secrets (token, app secret): scrubbed from Meta's texts and refused in next links. */
  readonly secrets?: SecretSource;
  /** Called when an answer comes from the practice server rather than Meta. */
  readonly onPracticeServer?: () => void;
  /** Graph's `locale` for Meta's user messages (e.g. "pt_BR"). */
  readonly locale?: () => string | undefined;
}

export interface ClosableGraphClient extends GraphClient {
  /** Releases sockets; the client must not be used afterwards. */
  close(): Promise<void>;
}

const WABA_FIELDS = 'id,name,currency,timezone_id,message_template_namespace';
/** Read-only batch requests sent side by side (each item still counts against Meta's limits; the pacer still applies). */
const READ_CHUNKS_AT_ONCE = 8;
const WABA_DETAIL_FIELDS = `${WABA_FIELDS},account_review_status,ownership_type,owner_business_info`;

export function createGraphClient(config: GraphClientConfig, deps: GraphClientDeps): ClosableGraphClient {
  const now = deps.now ?? Date.now;
  const timing = { random: deps.random ?? Math.random, now, sleep: deps.sleep ?? abortableSleep };
  const transport = deps.transport ?? (config.proxyResolver ? createPacTransport(config, config.proxyResolver) : createHttpTransport(config));
  const pacer = createPacer(config.pacer, now);
  const caller = createCaller({
    config,
    transport,
    getToken: deps.getToken,
    log: deps.log,
    pacer,
    timing,
    ...(deps.proofs ? { proofs: deps.proofs } : {}),
    ...(deps.onPracticeServer ? { onPracticeServer: deps.onPracticeServer } : {}),
    ...(deps.locale ? { locale: deps.locale } : {}),
    ...(deps.secrets ? { secrets: deps.secrets } : {}),
  });
  const limit = String(config.pageSize);
  /** Every secret this client holds: the call's token and whatever the process registered (an app secret). */
  const heldSecrets = (call: Call): readonly string[] => [call.token, ...(deps.secrets?.list() ?? [])];
  const unwrap = <T>(r: Result<T, Failure>): Result<T, AppError> => (r.ok ? r : err(r.error.error));

  /** Runs `body` under one Call (token, deadline, Cancel); its trace ids are copied to `traces` when given. */
  async function within<T, E>(
    options: CallOptions | undefined,
    wrap: (error: AppError) => E,
    body: (call: Call) => Promise<Result<T, E>>,
    traces?: string[],
  ): Promise<Result<T, E>> {
    const started = await caller.start(options);
    if (!started.ok) return err(wrap(started.error));
    try {
      return await body(started.value);
    } finally {
      started.value.dispose();
      traces?.push(...started.value.traces.filter((t) => !traces.includes(t)));
    }
  }

  const run = <T>(options: CallOptions | undefined, body: (call: Call) => Promise<Result<T, AppError>>): Promise<Result<T, AppError>> =>
    within(options, (e) => e, body, options?.traces);

  const getOne = async <T>(call: Call, relative: string, mapBody: (raw: unknown) => Result<T, AppError>): Promise<Result<T, AppError>> => {
    const answer = unwrap(await caller.send(call, 'GET', caller.versioned(relative)));
    return answer.ok ? mapBody(answer.value) : answer;
  };

  const getAll = async <T>(call: Call, relative: string, mapItem: (raw: unknown) => Result<T, AppError>): Promise<Result<readonly T[], AppError>> => {
    const pages = await collectPages<unknown>(
      caller.versioned(relative),
      async (target) => {
        const answer = unwrap(await caller.send(call, 'GET', target));
        if (!answer.ok) return answer;
        const page = answer.value;
        return typeof page === 'object' && page !== null && !Array.isArray(page)
          ? ok(page as GraphPage<unknown>)
          : err(saidError('unexpected', 'coreError.listPageNotObject'));
      },
      { baseUrl: config.baseUrl, maxPages: config.maxPages, secrets: heldSecrets(call) },
    );
    return pages.ok ? map.mapAll(pages.value, mapItem) : pages;
  };

  const listEdge = <T>(id: unknown, field: string, edge: string, fields: string, mapItem: (raw: unknown) => Result<T, AppError>, options?: CallOptions) => {
    const checked = checkId(id, field);
    if (!checked.ok) return Promise.resolve(checked);
    return run(options, (call) => getAll(call, relativePath([checked.value, edge], { fields, limit }), mapItem));
  };

  /**
   * Sends items in chunks of 50 under one call; idempotent (retryable) only when no item writes.
   * Read-only chunks go side by side, READ_CHUNKS_AT_ONCE at a time (issue 11); chunks that write go one after another.
   */
  async function runBatch(call: Call, items: readonly BatchItem[]): Promise<Result<readonly BatchItemResult[], AppError>> {
    const chunks = chunkBatch(items);
    if (!chunks.ok) return chunks;
    const readOnly = items.every((i) => i.method === 'GET');
    const answers: Result<readonly BatchItemResult[], Failure>[] = [];
    const width = readOnly ? READ_CHUNKS_AT_ONCE : 1;
    for (let start = 0; start < chunks.value.length; start += width) {
      const group = chunks.value.slice(start, start + width);
      const done = await Promise.all(group.map((chunk) => runBatchChunk(chunk, sendBatch(call), batchOptions(call))));
      answers.push(...done);
      if (done.some((a) => !a.ok)) break;
    }
    const out: BatchItemResult[] = [];
    for (const answer of answers) {
      if (!answer.ok) return err(answer.error.error);
      out.push(...answer.value);
    }
    return ok(out);
  }

  const batchOptions = (call: Call) => ({
    nullRetries: config.batchNullRetries,
    labelOf: (item: BatchItem) => `${item.method} /${config.apiVersion}/${item.relativeUrl.split('?')[0] ?? ''}`,
    scrub: call.scrub,
    now,
    observe: (headers: Readonly<Record<string, string>>) => pacer.observe(headers),
  });
  const sendBatch = (call: Call) => (part: readonly BatchItem[]) =>
    caller.send(call, 'POST', `/${config.apiVersion}`, { batch: encodeBatch(part) }, part.every((i) => i.method !== 'POST'));

  /** Self-inspection needs the token as input_token. Sent inside a batch body, it never appears in a URL. */
  const debugItem = (call: Call): BatchItem => ({ method: 'GET', relativeUrl: relativePath(['debug_token'], { input_token: call.token }) });

  /** Lists a WABA's assigned users; shared by assignedUsers and the assignment read-back. */
  const getAssignedUsers = (call: Call, wabaId: string, businessId: string) =>
    getAll(call, relativePath([wabaId, 'assigned_users'], { business: businessId, fields: 'id,name,tasks,user_type', limit }), map.mapAssignedUser);

  const readUserTasks = async (call: Call, wabaId: string, businessId: string, userId: string) => {
    const users = await getAssignedUsers(call, wabaId, businessId);
    return users.ok ? ok(users.value.find((u) => u.id === userId)?.tasks) : users;
  };

  return {
    close: () => transport.close(),

    debugToken: (options) =>
      run(options, async (call) => {
        const item = debugItem(call);
        const problem = checkBatchItem(item, 0, true);
        if (problem) return err(problem);
        const answers = await runBatch(call, [item]);
        if (!answers.ok) return answers;
        const first = answers.value[0];
        if (!first) return err(saidError('unexpected', 'coreError.batchShape'));
        return first.result.ok ? map.mapTokenInfo(first.result.value) : first.result;
      }),

    debugTokenWith: (items, options) => {
      for (const [index, item] of items.entries()) {
        const problem = checkBatchItem(item, index + 1);
        if (problem) return Promise.resolve(err(problem));
      }
      // Beyond one batch (50 with debug_token), items go in further batches side by side: none may refer to another.
      if (items.length >= 50 && items.some(isDependent)) {
        return Promise.resolve(err(saidError('bad-input', 'coreError.batchDependent', undefined, { fields: ['items'] })));
      }
      return run(options, async (call) => {
        const item = debugItem(call);
        const problem = checkBatchItem(item, 0, true);
        if (problem) return err(problem);
        const answers = await runBatch(call, [item, ...items]);
        if (!answers.ok) return answers;
        const [first, ...rest] = answers.value;
        if (!first) return err(saidError('unexpected', 'coreError.batchShape'));
        return ok({ info: first.result.ok ? map.mapTokenInfo(first.result.value) : first.result, answers: rest });
      });
    },

    me: (options) => run(options, (call) => getOne(call, relativePath(['me'], { fields: 'id,name' }), map.mapIdentity)),

    myBusinesses: (options) => run(options, (call) => getAll(call, relativePath(['me', 'businesses'], { fields: 'id,name', limit }), map.mapBusiness)),

    systemUsers: (businessId, options) => listEdge(businessId, 'businessId', 'system_users', 'id,name,role', map.mapSystemUser, options),

    ownedWabas: (businessId, options) =>
      listEdge(businessId, 'businessId', 'owned_whatsapp_business_accounts', WABA_FIELDS, (raw) => map.mapWaba(raw, 'owned'), options),

    clientWabas: (businessId, options) =>
      // permitted_tasks tells a Multi-Partner WABA without MESSAGING apart (MANAGE is refused there).
      listEdge(businessId, 'businessId', 'client_whatsapp_business_accounts', `${WABA_FIELDS},permitted_tasks`, map.mapClientWaba, options),

    waba: (wabaId, options) => {
      const checked = checkId(wabaId, 'wabaId');
      if (!checked.ok) return Promise.resolve(checked);
      return run(options, (call) => getOne(call, relativePath([checked.value], { fields: WABA_DETAIL_FIELDS }), (raw) => map.mapWabaDetails(raw)));
    },

    phoneNumbers: (wabaId, options) =>
      listEdge(wabaId, 'wabaId', 'phone_numbers', 'id,display_phone_number,verified_name,quality_rating', map.mapPhoneNumber, options),

    assignedUsers: (wabaId, businessId, options) => {
      const ids = checkIds({ wabaId, businessId });
      if (!ids.ok) return Promise.resolve(ids);
      return run(options, (call) => getAssignedUsers(call, ids.value.wabaId ?? '', ids.value.businessId ?? ''));
    },

    assignUser: (request, options) => {
      const ids = checkIds({ wabaId: request.wabaId, businessId: request.businessId, userId: request.userId });
      if (!ids.ok) return Promise.resolve(ids);
      const tasks = checkTasks(request.tasks);
      if (!tasks.ok) return Promise.resolve(tasks);
      const { wabaId = '', businessId = '', userId = '' } = ids.value;
      const traces: string[] = [];
      let readBack: readonly AssignedUser[] | undefined;
      // POST and read-back in one batch (graph-api.md §8): the read runs after the POST (depends_on).
      const items = assignWithReadBack(wabaId, businessId, { user: userId, tasks: JSON.stringify(tasks.value) });
      const post = (call: Call) =>
        runBatchChunk(items, sendBatch(call), batchOptions(call)).then((answer) => {
          if (!answer.ok) return answer;
          const settled = settleAssignItems(answer.value);
          readBack = settled.readBack;
          return settled.post;
        });
      // Each step (POST, read-back, second POST) gets its own deadline: a lost answer may have used up the first.
      return assignReconciled(tasks.value, {
        post: () => within(options, (error): Failure => ({ error, ambiguous: false }), post, traces),
        readTasks: () => within(options, (e) => e, (call) => readUserTasks(call, wabaId, businessId, userId), traces),
        log: deps.log,
      }).then((outcome) =>
        outcome.ok ? ok({ reconciled: outcome.value.reconciled, fbtraceIds: traces, ...(readBack && !outcome.value.reconciled ? { readBack } : {}) }) : outcome,
      );
    },

    assignUsers: async (requests, options) => {
      if (requests.length > MAX_ASSIGN_PAIRS) return err(saidError('bad-input', 'coreError.batchTooMany', { max: MAX_ASSIGN_PAIRS }, { fields: ['requests'] }));
      if (new Set(requests.map((r) => r.wabaId)).size !== requests.length) {
        return err(saidError('bad-input', 'coreError.batchSameWaba', undefined, { fields: ['requests'] }));
      }
      const outcomes: AssignItemOutcome[] = [];
      const sent: { readonly index: number; readonly pair: AssignPair }[] = [];
      let pause = 0;
      for (const [index, request] of requests.entries()) {
        const ids = checkIds({ wabaId: request.wabaId, businessId: request.businessId, userId: request.userId });
        const tasks = checkTasks(request.tasks);
        const refused = !ids.ok ? ids.error : !tasks.ok ? tasks.error : null;
        if (refused !== null || !ids.ok) {
          if (refused !== null) outcomes[index] = { ok: false, error: refused, ambiguous: false };
          continue;
        }
        const { wabaId = '', businessId = '', userId = '' } = ids.value;
        // The pacer has read every earlier item's usage headers: a WABA near its limit waits, or (longer) is left out.
        const wait = pacer.delayFor(wabaId);
        if (wait > Math.max(config.pacer.pauseMs, SILENT_WAIT_MS)) {
          const error = saidError('rate-limited', 'coreError.metaAskedToWait', undefined, { retryAfterSec: Math.ceil(wait / 1000) });
          outcomes[index] = { ok: false, error, ambiguous: false };
          continue;
        }
        pause = Math.max(pause, wait);
        sent.push({ index, pair: { wabaId, businessId, form: { user: userId, tasks: JSON.stringify(tasks.ok ? tasks.value : []) } } });
      }
      const traces: string[] = [];
      if (sent.length === 0) return ok({ outcomes, fbtraceIds: traces });
      const answer = await within(
        options,
        (error): Failure => ({ error, ambiguous: false }),
        async (call) => {
          if (pause > 0) await timing.sleep(pause, call.signal);
          return runBatchChunk(assignPairs(sent.map((s) => s.pair)), sendBatch(call), batchOptions(call));
        },
        traces,
      );
      const settled: readonly AssignItemOutcome[] = answer.ok
        ? settlePairs(answer.value, sent.length)
        : sent.map(() => ({ ok: false, error: answer.error.error, ambiguous: answer.error.ambiguous }));
      for (const [position, { index }] of sent.entries()) outcomes[index] = settled[position] as AssignItemOutcome;
      return ok({ outcomes, fbtraceIds: traces });
    },

    removeUser: (wabaId, userId, options) => {
      const ids = checkIds({ wabaId, userId });
      if (!ids.ok) return Promise.resolve(ids);
      return run(options, async (call) => {
        const path = caller.versioned(relativePath([ids.value.wabaId ?? '', 'assigned_users'], { user: ids.value.userId ?? '' }));
        const answer = unwrap(await caller.send(call, 'DELETE', path));
        if (!answer.ok) return answer;
        return confirmed(answer.value) ? ok({ fbtraceIds: [...call.traces] }) : err(saidError('unexpected', 'coreError.removeNotConfirmed'));
      });
    },

    userAssignedWabas: (userId, options) =>
      listEdge(userId, 'userId', 'assigned_whatsapp_business_accounts', 'id,name,tasks', map.mapWabaAssignment, options),

    identify: (id, options) => {
      const checked = checkId(id, 'id');
      if (!checked.ok) return Promise.resolve(checked);
      return run(options, async (call) => {
        const answers = await runBatch(call, identifyItems(checked.value));
        return answers.ok ? readIdentifyAnswers(checked.value, answers.value) : answers;
      });
    },

    batch: (items, options) => {
      if (items.length === 0) return Promise.resolve(ok([]));
      for (const [index, item] of items.entries()) {
        const problem = checkBatchItem(item, index);
        if (problem) return Promise.resolve(err(problem));
      }
      return run(options, (call) => runBatch(call, items));
    },
  };
}
