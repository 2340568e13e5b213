/**
 * The items of a batch request as the practice server received it (raw body),
 * so tests can see which change a batch carried. Writes go in batches (issue 11):
 * a POST to assigned_users is an item of a POST / request, not a request of its own.
 */
import type { RawRequest, RequestLogEntry } from '../../main/practice/api';

export interface SentBatchItem {
  readonly method: string;
  readonly relative_url: string;
  readonly body?: string;
  readonly name?: string;
  readonly depends_on?: string;
}

export function batchItemsOf(body: string): readonly SentBatchItem[] {
  const batch: unknown = body.startsWith('{') ? (JSON.parse(body) as { batch?: unknown }).batch : new URLSearchParams(body).get('batch');
  const items: unknown = typeof batch === 'string' ? JSON.parse(batch) : batch;
  if (!Array.isArray(items)) throw new Error(`Not a batch body: ${body.slice(0, 80)}`);
  return items as SentBatchItem[];
}

/**
 * Batch requests that carried a POST to assigned_users, each as its log entry with `path` set to that
 * POST item's path (versioned, as a plain POST's would be), in the order they arrived.
 */
export function assignBatches(server: { readonly log: readonly RequestLogEntry[]; readonly rawRequests: readonly RawRequest[] }): RequestLogEntry[] {
  return server.log.flatMap((entry) => {
    if (entry.batchSize === undefined) return [];
    const raw = server.rawRequests.find((r) => r.seq === entry.seq);
    if (raw === undefined) throw new Error(`No raw request for batch #${entry.seq}`);
    const post = batchItemsOf(raw.body).find((i) => i.method === 'POST' && i.relative_url.split('?')[0]!.endsWith('/assigned_users'));
    return post ? [{ ...entry, path: `${entry.path}/${post.relative_url.split('?')[0]!}` }] : [];
  });
}

/**
 * Every POST to assigned_users sent in a batch, one entry per POST item (a bulk batch carries up to 25),
 * each as its batch's log entry with `path` set to that POST's path, in the order they were sent.
 */
export function assignPosts(server: { readonly log: readonly RequestLogEntry[]; readonly rawRequests: readonly RawRequest[] }): RequestLogEntry[] {
  return server.log.flatMap((entry) => {
    if (entry.batchSize === undefined) return [];
    const raw = server.rawRequests.find((r) => r.seq === entry.seq);
    if (raw === undefined) throw new Error(`No raw request for batch #${entry.seq}`);
    const posts = batchItemsOf(raw.body).filter((i) => i.method === 'POST' && i.relative_url.split('?')[0]!.endsWith('/assigned_users'));
    return posts.map((post) => ({ ...entry, path: `${entry.path}/${post.relative_url.split('?')[0]!}` }));
  });
}
