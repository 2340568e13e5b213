/** Scenario files: the shipped default, relative times, and clear errors for bad files. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultScenario, loadScenario } from '../../../main/practice/load-scenario';
import { startPracticeServer } from '../../../main/practice/start-practice-server';
import { call, expect, graphError, SU_EMP, test, WABA, withServer } from './helpers';

let dir: string;
test.beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'practice-scenario-'));
});
test.afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const write = (name: string, content: unknown): string => {
  const file = join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
};

test('the shipped default scenario is rich enough for every path', () => {
  const s = defaultScenario();
  expect(s.version).toBe(1);
  expect(s.tokens.map((t) => t.label)).toEqual(['admin-never', 'admin-60-day', 'admin-expired', 'admin-no-business-management', 'employee', 'user-24-hour']);
  for (const t of s.tokens) {
    expect(t.value).toMatch(/^EAA[A-Za-z0-9]{97,197}$/);
    expect(t.note.length).toBeGreaterThan(10);
  }
  expect(s.garbageTokens[0]?.note).toMatch(/not one/);
  expect(s.wabas.find((w) => w.id !== WABA)?.sharedWith).toEqual([{ businessId: '506914307656634', multiPartner: true, messaging: false }]);
});

test('a scenario file is loaded from a path, with its own behaviours and relative expiry', async () => {
  const s = defaultScenario();
  const first = s.tokens[0];
  if (!first) throw new Error('no token');
  const { expiresAt: _ignored, ...rest } = first;
  const soonExpired = { ...rest, label: 'already-gone', value: `EAA${'Q'.repeat(110)}`, expiresInSeconds: -60 };
  const file = write('custom.json', { ...s, behaviours: { repost: 'already-assigned-error' }, tokens: [...s.tokens, soonExpired] });
  await withServer({ scenario: file }, async (server) => {
    expect(server.behaviours.repost).toBe('already-assigned-error');
    expect(graphError(await call(server, '/v26.0/me', { token: soonExpired.value })).error_subcode).toBe(463);
    const token = server.token('admin-never');
    await call(server, `/v26.0/${WABA}/assigned_users`, { token, form: { user: SU_EMP, tasks: '["DEVELOP"]' } });
    expect(graphError(await call(server, `/v26.0/${WABA}/assigned_users`, { token, form: { user: SU_EMP, tasks: '["DEVELOP"]' } })).code).toBe(100);
  });
});

test('a file that is not JSON, or missing, gives a clear error', async () => {
  const broken = write('broken.json', '{ "version": 1, ');
  await expect(startPracticeServer({ scenario: broken })).rejects.toThrow(`--scenario: ${broken} is not valid JSON`);
  await expect(startPracticeServer({ scenario: join(dir, 'absent.json') })).rejects.toThrow(`--scenario: there is no file at ${join(dir, 'absent.json')}`);
});

test('schema problems name every bad field and never echo a token', () => {
  const s = defaultScenario();
  const badToken = 'not-a-meta-token-secret-value';
  const file = write('bad.json', {
    ...s,
    version: 2,
    tokens: [{ ...s.tokens[0], value: badToken }],
    wabas: [{ ...s.wabas[0], id: 'WABA-1' }],
  });
  let message = '';
  try {
    loadScenario(file);
  } catch (error) {
    message = (error as Error).message;
  }
  expect(message).toContain(`Scenario file ${file} is not a valid practice scenario:`);
  expect(message).toContain('- version:');
  expect(message).toContain('- tokens.0.value: must look like a Meta token');
  expect(message).toContain('- wabas.0.id: must be a Graph id');
  expect(message).not.toContain(badToken);
});

test('dangling references and duplicates are reported', () => {
  const s = defaultScenario();
  const dup = s.tokens[0];
  if (!dup) throw new Error('no token');
  const file = write('dangling.json', {
    ...s,
    wabas: s.wabas.map((w) => ({ ...w, ownerBusinessId: '111' })),
    assignments: [{ wabaId: '222', userId: SU_EMP, tasks: ['DEVELOP'] }],
    tokens: [...s.tokens, { ...dup, label: 'copy' }],
  });
  expect(() => loadScenario(file)).toThrow(/wabas\[0\]\.ownerBusinessId: business 111 is not in "businesses"/);
  expect(() => loadScenario(file)).toThrow(/assignments\[0\]\.wabaId: WABA 222 is not in "wabas"/);
  expect(() => loadScenario(file)).toThrow(/token "copy": the same token value appears twice/);
});

test('bad options are refused before listening', async () => {
  await expect(startPracticeServer({ port: 70000 })).rejects.toThrow(/port must be a whole number/);
  await expect(startPracticeServer({ defaultVersion: '26' })).rejects.toThrow(/must look like "v26.0"/);
  await expect(startPracticeServer({ behaviours: { taskEnum: 'all' as never } })).rejects.toThrow(/taskEnum/);
  await withServer({}, async (server) => {
    await expect(startPracticeServer({ port: server.port })).rejects.toThrow(`port ${server.port} on 127.0.0.1 is already in use`);
  });
});
