/**
 * Everything the page could have kept on the browser side, as one string for
 * leak checks: localStorage, sessionStorage, every IndexedDB record, Cache
 * Storage entries and the context's cookies.
 */
import type { Page } from '@playwright/test';

export interface BrowserStorage {
  readonly localStorage: Record<string, string | null>;
  readonly sessionStorage: Record<string, string | null>;
  readonly indexedDB: Record<string, Record<string, unknown[]>>;
  readonly caches: Record<string, string[]>;
  readonly cookies: unknown[];
}

export async function browserStorage(page: Page): Promise<BrowserStorage> {
  const inPage = await page.evaluate(async () => {
    const dump = (store: Storage): Record<string, string | null> => {
      const out: Record<string, string | null> = {};
      for (let i = 0; i < store.length; i += 1) {
        const key = store.key(i);
        if (key !== null) out[key] = store.getItem(key);
      }
      return out;
    };
    const request = <T>(r: IDBRequest<T>): Promise<T> =>
      new Promise((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    const databases: Record<string, Record<string, unknown[]>> = {};
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await request(indexedDB.open(info.name));
      const stores: Record<string, unknown[]> = {};
      for (const name of Array.from(db.objectStoreNames)) {
        stores[name] = await request(db.transaction(name, 'readonly').objectStore(name).getAll());
      }
      db.close();
      databases[info.name] = stores;
    }
    const cached: Record<string, string[]> = {};
    if ('caches' in globalThis) {
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        const entries: string[] = [];
        for (const req of await cache.keys()) entries.push(req.url, await ((await cache.match(req))?.text() ?? Promise.resolve('')));
        cached[name] = entries;
      }
    }
    return { localStorage: dump(localStorage), sessionStorage: dump(sessionStorage), indexedDB: databases, caches: cached };
  });
  return { ...inPage, cookies: await page.context().cookies() };
}
