import { expect, test } from '@playwright/test';
import { mapTransportError } from '../../../main/core/graph/http';
import { trustedCas } from '../../../main/core/graph/trust';
import tls from 'node:tls';

const SECRET = 'EAASECRETCANARYTOKEN000000000000000';
const withCode = (code: string, name = 'Error', cause?: unknown): Error => Object.assign(new Error(`failed for ${SECRET} at https://u:${SECRET}@proxy`), { code, name, cause });

const cases: readonly [string, Error, string, boolean][] = [
  ['connect timeout', withCode('UND_ERR_CONNECT_TIMEOUT', 'ConnectTimeoutError'), 'timeout', false],
  ['headers timeout', withCode('UND_ERR_HEADERS_TIMEOUT', 'HeadersTimeoutError'), 'timeout', true],
  ['body timeout', withCode('UND_ERR_BODY_TIMEOUT', 'BodyTimeoutError'), 'timeout', true],
  ['reset', withCode('ECONNRESET'), 'network', true],
  ['socket closed', withCode('UND_ERR_SOCKET', 'SocketError'), 'network', true],
  ['refused', withCode('ECONNREFUSED'), 'network', false],
  ['dns', withCode('ENOTFOUND'), 'network', false],
  ['untrusted cert (wrapped)', withCode('UND_ERR_SOCKET', 'SocketError', withCode('SELF_SIGNED_CERT_IN_CHAIN')), 'tls-untrusted', false],
  ['leaf signature', withCode('UNABLE_TO_VERIFY_LEAF_SIGNATURE'), 'tls-untrusted', false],
  ['altname', withCode('ERR_TLS_CERT_ALTNAME_INVALID'), 'tls-untrusted', false],
  ['abort', withCode('UND_ERR_ABORTED', 'AbortError'), 'cancelled', true],
  ['DOM abort', Object.assign(new Error('This operation was aborted'), { name: 'AbortError' }), 'cancelled', true],
  ['proxy 407 tunnel', Object.assign(new Error('Proxy response (407) !== 200 when HTTP Tunneling'), { code: 'UND_ERR_ABORTED', name: 'AbortError' }), 'proxy-auth', false],
  ['proxy 407 forward', Object.assign(new Error('Proxy Authentication Required (407)'), { code: 'UND_ERR_INVALID_ARG' }), 'proxy-auth', false],
  ['something else', new Error(`odd ${SECRET}`), 'network', true],
];

for (const [name, error, kind, maybeSent] of cases) {
  test(`transport error: ${name} -> ${kind}`, () => {
    const mapped = mapTransportError(error, 'GET /v26.0/me');
    expect(mapped.error.kind).toBe(kind);
    expect(mapped.maybeSent).toBe(maybeSent);
    expect(mapped.error.request).toBe('GET /v26.0/me');
    expect(JSON.stringify(mapped)).not.toContain(SECRET);
    expect(JSON.stringify(mapped)).not.toContain('@proxy');
  });
}

test('trusted CAs are the bundled roots plus the user PEMs, deduplicated', () => {
  const extra = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';
  const cas = trustedCas([extra, extra]);
  expect(cas).toContain(extra);
  expect(cas.filter((c) => c === extra)).toHaveLength(1);
  for (const root of tls.rootCertificates.slice(0, 5)) expect(cas).toContain(root);
});
