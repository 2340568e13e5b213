import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rig } from './harness';

/** A throwaway CA and a server certificate for 127.0.0.1, made with the openssl CLI. */
function makeCertificates(dir: string): { ca: string; key: string; cert: string } {
  const run = (...args: string[]): void => {
    execFileSync('openssl', args, { cwd: dir, stdio: 'ignore' });
  };
  run('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2', '-subj', '/CN=WABA test CA',
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign');
  run('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'srv.key', '-out', 'srv.csr', '-subj', '/CN=127.0.0.1');
  writeFileSync(join(dir, 'ext.cnf'), 'subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n');
  run('x509', '-req', '-in', 'srv.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'srv.pem', '-days', '2', '-extfile', 'ext.cnf');
  return { ca: readFileSync(join(dir, 'ca.pem'), 'utf8'), key: readFileSync(join(dir, 'srv.key'), 'utf8'), cert: readFileSync(join(dir, 'srv.pem'), 'utf8') };
}

const hasOpenssl = (() => {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

test('corporate TLS: an untrusted certificate is refused (tls-untrusted); with the CA imported the call works', async () => {
  test.skip(!hasOpenssl, 'needs the openssl command to make a throwaway CA');
  const dir = mkdtempSync(join(tmpdir(), 'waba-tls-'));
  const r = await rig();
  // An HTTPS front for the practice server, signed by the throwaway CA (like a TLS-inspecting corporate proxy).
  const { ca, key, cert } = makeCertificates(dir);
  const front = https.createServer({ key, cert }, (req, res) => {
    const upstream = http.request({ host: '127.0.0.1', port: r.server.port, path: req.url, method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
  const baseUrl = `https://127.0.0.1:${(front.address() as AddressInfo).port}`;
  try {
    const untrusted = r.clientWith({ baseUrl });
    const refused = await untrusted.me();
    expect(!refused.ok && refused.error.kind).toBe('tls-untrusted');
    expect(JSON.stringify(refused)).not.toContain(r.token!);
    expect(r.server.log).toHaveLength(0);

    const trusted = r.clientWith({ baseUrl, extraCaPem: [ca] });
    const me = await trusted.me();
    expect(me.ok && me.value.id).toBe('1972555232742220');
    expect(r.server.log).toHaveLength(1);
  } finally {
    front.closeAllConnections();
    await new Promise<void>((resolve) => front.close(() => resolve()));
    await r.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
