/**
 * The system proxy of the desktop app (issue 10.2, security.md N4): for each
 * request, ask the resolver (Electron's session.resolveProxy: system settings
 * and PAC) which routes to take to the Graph origin, and try them in order,
 * moving on only when a route certainly did not deliver the request (proxy
 * down, refused, asked for credentials). When the resolver fails, the
 * environment's proxy variables decide, as in the CLI. A route this client
 * cannot use (SOCKS) is skipped and named if nothing else works.
 */
import { saidError } from '../said-error';
import { err, type Result } from '../../../shared/result';
import type { GraphClientConfig } from './config';
import { createHttpTransport, type HttpResponse, type HttpTransport, type TransportFailure } from './http';
import { describeUnsupported, parsePacAnswer, type ProxyRoute } from './pac';

/** Electron's session.resolveProxy, or anything that answers like a PAC script for a URL. */
export type ProxyResolver = (url: string) => Promise<string>;

export function createPacTransport(config: GraphClientConfig, resolve: ProxyResolver, onRoute?: (route: string) => void): HttpTransport {
  const transports = new Map<string, HttpTransport>();
  /** One transport (and socket pool) per route, built on first use. */
  const transportFor = (key: string, proxy: GraphClientConfig['proxy']): HttpTransport => {
    let transport = transports.get(key);
    if (!transport) {
      transport = createHttpTransport({ ...config, proxy });
      transports.set(key, transport);
    }
    return transport;
  };
  const env = (): HttpTransport => transportFor('env', { mode: 'env' });

  async function routes(): Promise<ProxyRoute[] | null> {
    try {
      return parsePacAnswer(await resolve(config.baseUrl));
    } catch {
      return null;
    }
  }

  return {
    async send(req): Promise<Result<HttpResponse, TransportFailure>> {
      const planned = await routes();
      if (planned === null) return env().send(req);
      let last: TransportFailure | null = null;
      for (const route of planned) {
        if (route.kind === 'unsupported') continue;
        const transport = route.kind === 'direct' ? transportFor('direct', { mode: 'none' }) : transportFor(route.url, { mode: 'url', url: route.url });
        const sent = await transport.send(req);
        if (sent.ok || sent.error.maybeSent || req.signal.aborted) {
          if (sent.ok) onRoute?.(route.kind === 'direct' ? 'DIRECT' : route.url);
          return sent;
        }
        last = sent.error;
      }
      const skipped = describeUnsupported(planned);
      if (last !== null) {
        if (skipped.length === 0) return err(last);
        const note = ` The system proxy settings also name ${skipped.join(', ')}, which this app cannot use.`;
        return err({ ...last, error: { ...last.error, message: `${last.error.message}${note}` } });
      }
      const request = `${req.method} ${req.path.split('?')[0] ?? ''}`;
      return err({
        error: saidError('proxy-unsupported', 'coreError.proxyUnsupported', { proxies: skipped.join(', ') }, { request }),
        maybeSent: false,
      });
    },
    async close() {
      await Promise.all([...transports.values()].map((t) => t.close()));
      transports.clear();
    },
  };
}
