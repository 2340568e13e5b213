/**
 * A PAC answer (what a proxy auto-config script or the OS says for one URL,
 * e.g. "PROXY a:8080; PROXY b:3128; DIRECT"), as the routes this client can
 * try in order (issue 10.2, security.md N4). Pure: Electron's
 * session.resolveProxy gives the answer, the transport tries the routes.
 */

export type ProxyRoute =
  | { readonly kind: 'direct' }
  /** An HTTP(S) proxy, as a URL undici's ProxyAgent takes. */
  | { readonly kind: 'proxy'; readonly url: string }
  /** An entry this client cannot use (SOCKS, QUIC, ...), kept so the error can name it. */
  | { readonly kind: 'unsupported'; readonly scheme: string; readonly entry: string };

/** host:port, host alone (port 80), or [v6]:port; nothing else (no path, no credentials). */
const HOST_PORT = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::(\d{1,5}))?$/i;

function proxyUrl(scheme: 'http' | 'https', hostPort: string): string | null {
  const match = HOST_PORT.exec(hostPort);
  if (!match) return null;
  const port = match[2] === undefined ? (scheme === 'https' ? 443 : 80) : Number(match[2]);
  if (port < 1 || port > 65_535) return null;
  return `${scheme}://${match[1]}:${port}`;
}

/** The routes of a PAC answer, in order; an empty or unreadable answer means DIRECT (as browsers read it). */
export function parsePacAnswer(answer: string): ProxyRoute[] {
  const routes: ProxyRoute[] = [];
  for (const raw of answer.split(';')) {
    const entry = raw.trim();
    if (entry === '') continue;
    const [keyword = '', target = '', ...extra] = entry.split(/\s+/);
    const scheme = keyword.toUpperCase();
    if (scheme === 'DIRECT' && target === '') {
      routes.push({ kind: 'direct' });
      continue;
    }
    const url = extra.length === 0 && (scheme === 'PROXY' || scheme === 'HTTP' || scheme === 'HTTPS') ? proxyUrl(scheme === 'HTTPS' ? 'https' : 'http', target) : null;
    routes.push(url === null ? { kind: 'unsupported', scheme: scheme || entry, entry } : { kind: 'proxy', url });
  }
  return routes.length === 0 ? [{ kind: 'direct' }] : routes;
}

/** "SOCKS5 10.0.0.1:1080" -> "SOCKS5 proxy 10.0.0.1:1080", for messages that name what could not be used. */
export const describeUnsupported = (routes: readonly ProxyRoute[]): string[] =>
  routes.flatMap((r) => (r.kind === 'unsupported' ? [r.entry] : []));
