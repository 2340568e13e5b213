/** The standalone runner: arguments, and a description a person can paste tokens from. */
import { parseRunArgs, runPracticeServer } from '../../../main/practice/runner';
import { call, expect, test } from './helpers';

test('arguments are parsed, with plain-words errors', () => {
  expect(parseRunArgs(['--port', '8080', '--scenario=my.json'])).toEqual({ port: 8080, scenario: 'my.json', help: false });
  expect(parseRunArgs(['--version', 'v25.0'])).toEqual({ port: 0, version: 'v25.0', help: false });
  expect(parseRunArgs(['-h']).help).toBe(true);
  expect(() => parseRunArgs(['--port', 'abc'])).toThrow(/--port must be a number/);
  expect(() => parseRunArgs(['--scenario'])).toThrow(/--scenario needs a value/);
  expect(() => parseRunArgs(['--what'])).toThrow(/Unknown argument "--what"/);
});

test('the runner starts a server and prints its URL, version, ids and every token', async () => {
  let printed = '';
  const server = await runPracticeServer(['--port', '0', '--version', 'v25.0'], (text) => {
    printed += text;
  });
  if (!server) throw new Error('no server');
  try {
    expect(printed).toContain(`URL:      ${server.url}`);
    expect(printed).toContain('Version:  v25.0');
    for (const id of ['506914307656634', '102290129340398', '104996122399160', '106540352242922', '1972555232742220', '1972555232742222']) {
      expect(printed).toContain(id);
    }
    for (const t of [...server.scenario.tokens, ...server.scenario.garbageTokens]) {
      expect(printed).toContain(t.label);
      expect(printed).toContain(`    ${t.value}\n`);
    }
    expect(printed).toContain('EXPIRED on 2024-03-30');
    expect((await call(server, '/me', { token: server.token('admin-never') })).headers.get('facebook-api-version')).toBe('v25.0');
  } finally {
    await server.close();
  }
});

test('--help prints usage and starts nothing', async () => {
  let printed = '';
  expect(await runPracticeServer(['--help'], (text) => (printed += text))).toBeUndefined();
  expect(printed).toMatch(/^Usage: run \[--port <n>\]/);
});
