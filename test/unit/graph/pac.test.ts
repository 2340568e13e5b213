import { expect, test } from '@playwright/test';
import { describeUnsupported, parsePacAnswer } from '../../../main/core/graph/pac';

test('a PAC answer becomes its routes, in order', () => {
  expect(parsePacAnswer('PROXY proxy-a.corp:8080; PROXY 10.0.0.2:3128; DIRECT')).toEqual([
    { kind: 'proxy', url: 'http://proxy-a.corp:8080' },
    { kind: 'proxy', url: 'http://10.0.0.2:3128' },
    { kind: 'direct' },
  ]);
  expect(parsePacAnswer('HTTPS secure.corp:443;PROXY [::1]:8080')).toEqual([
    { kind: 'proxy', url: 'https://secure.corp:443' },
    { kind: 'proxy', url: 'http://[::1]:8080' },
  ]);
  expect(parsePacAnswer('proxy lower.case')).toEqual([{ kind: 'proxy', url: 'http://lower.case:80' }]);
});

test('an empty answer is DIRECT, as browsers read it', () => {
  expect(parsePacAnswer('')).toEqual([{ kind: 'direct' }]);
  expect(parsePacAnswer(' ; ')).toEqual([{ kind: 'direct' }]);
});

test('kinds this client cannot use are kept, named, not guessed at', () => {
  const routes = parsePacAnswer('SOCKS5 127.0.0.1:1080; SOCKS socks.corp:1080; QUIC q.corp:443; PROXY bad host:1; PROXY user:pw@h:1; PROXY h:99999; DIRECT');
  expect(routes.filter((r) => r.kind === 'unsupported').map((r) => (r.kind === 'unsupported' ? r.scheme : ''))).toEqual([
    'SOCKS5',
    'SOCKS',
    'QUIC',
    'PROXY',
    'PROXY',
    'PROXY',
  ]);
  expect(routes.at(-1)).toEqual({ kind: 'direct' });
  expect(describeUnsupported(routes).slice(0, 2)).toEqual(['SOCKS5 127.0.0.1:1080', 'SOCKS socks.corp:1080']);
});
