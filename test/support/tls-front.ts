/**
 * An HTTPS front for the practice server, signed by a throwaway CA made with
 * the openssl CLI (like a TLS-inspecting corporate proxy). It records the
 * headers of every request that gets through, so a test can show that an
 * untrusted server never saw the Authorization header.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const hasOpenssl = ((): boolean => {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

export interface TlsFront {
  /** e.g. "https://127.0.0.1:43210". */
  readonly url: string;
  /** The throwaway CA, as PEM text and as a file. */
  readonly caPem: string;
  readonly caFile: string;
  /** A folder for other test files; removed by close(). */
  readonly dir: string;
  /** Headers of every request that reached the front (lower-case names). */
  readonly seen: http.IncomingHttpHeaders[];
  close(): Promise<void>;
}

function makeCertificates(dir: string): { key: string; cert: string } {
  const run = (...args: string[]): void => {
    execFileSync('openssl', args, { cwd: dir, stdio: 'ignore' });
  };
  run('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2', '-subj', '/CN=WABA test CA',
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign');
  run('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'srv.key', '-out', 'srv.csr', '-subj', '/CN=127.0.0.1');
  writeFileSync(join(dir, 'ext.cnf'), 'subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n');
  run('x509', '-req', '-in', 'srv.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'srv.pem', '-days', '2', '-extfile', 'ext.cnf');
  return { key: readFileSync(join(dir, 'srv.key'), 'utf8'), cert: readFileSync(join(dir, 'srv.pem'), 'utf8') };
}

/** Starts an HTTPS front on 127.0.0.1 that forwards to the practice server on `upstreamPort`. */
export async function startTlsFront(upstreamPort: number): Promise<TlsFront> {
  const dir = mkdtempSync(join(tmpdir(), 'waba-tls-'));
  const { key, cert } = makeCertificates(dir);
  const seen: http.IncomingHttpHeaders[] = [];
  const front = https.createServer({ key, cert }, (req, res) => {
    seen.push(req.headers);
    const upstream = http.request({ host: '127.0.0.1', port: upstreamPort, path: req.url, method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
  return {
    url: `https://127.0.0.1:${(front.address() as AddressInfo).port}`,
    caPem: readFileSync(join(dir, 'ca.pem'), 'utf8'),
    caFile: join(dir, 'ca.pem'),
    dir,
    seen,
    async close() {
      front.closeAllConnections();
      await new Promise<void>((resolve) => front.close(() => resolve()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
