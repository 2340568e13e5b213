/**
 * A tiny HTTP proxy on 127.0.0.1 for the proxy tests: CONNECT tunnels and
 * absolute-form forwarding, an optional Basic credential it demands (407
 * otherwise), and a record of what it was asked to do.
 */
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';

export interface LocalProxy {
  readonly url: string;
  readonly port: number;
  /** "CONNECT host:port" or "GET http://…" per request seen; "407 …" when refused. */
  readonly seen: string[];
  /** Raw request heads the proxy received (to prove what it could read). */
  readonly heads: string[];
  close(): Promise<void>;
}

export async function startLocalProxy(options: { credentials?: string } = {}): Promise<LocalProxy> {
  const seen: string[] = [];
  const heads: string[] = [];
  const sockets = new Set<net.Socket>();
  const expected = options.credentials ? `Basic ${Buffer.from(options.credentials).toString('base64')}` : undefined;
  const allowed = (header: string | undefined): boolean => expected === undefined || header === expected;

  const server = http.createServer((req, res) => {
    heads.push(`${req.method} ${req.url} ${JSON.stringify(req.headers)}`);
    if (!allowed(req.headers['proxy-authorization'])) {
      seen.push(`407 ${req.method} ${req.url}`);
      res.writeHead(407, { 'proxy-authenticate': 'Basic realm="corp"', 'content-length': '0' }).end();
      return;
    }
    seen.push(`${req.method} ${req.url}`);
    const target = new URL(req.url ?? '/');
    const { 'proxy-authorization': _dropped, ...headers } = req.headers;
    const upstream = http.request(
      { host: target.hostname, port: target.port, path: `${target.pathname}${target.search}`, method: req.method, headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });

  server.on('connect', (req: http.IncomingMessage, socket: net.Socket, head: Buffer) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    heads.push(`CONNECT ${req.url} ${JSON.stringify(req.headers)}`);
    if (!allowed(req.headers['proxy-authorization'])) {
      seen.push(`407 CONNECT ${req.url}`);
      socket.end('HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="corp"\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    seen.push(`CONNECT ${req.url}`);
    const [host = '', port = '80'] = (req.url ?? '').split(':');
    const upstream = net.connect(Number(port), host, () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => socket.destroy());
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    seen,
    heads,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
