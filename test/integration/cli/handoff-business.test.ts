/**
 * `handoff --business` (newcomer's findings): the kit's business portfolio ID is
 * checked against the WABA the hand-off reads anyway. The owner costs no extra
 * request; a system user's or a WABA's ID is named as such, and a business that
 * neither owns the account nor has it shared is refused: exit 2, nothing
 * written, nothing sent but reads.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startPracticeServer } from '../../../main/practice/start-practice-server';
import { allFiles, ensureCliBuilt, lastJson, runCli } from './support';

const BIZ = '506914307656634';
const CLIENT_BAKERY = '609873456789012';
const OWNED = '102290129340398';
const SHARED = '104996122399160';
const SYSTEM_USER = '1972555232742222';

test.beforeAll(ensureCliBuilt);

/** The writes one raw request carries: itself when it is not a GET, or a batch's items that are not GETs. */
function writesIn(raw: { method: string; body: string }): string[] {
  if (raw.method === 'GET') return [];
  const batch = new URLSearchParams(raw.body).get('batch');
  if (raw.method !== 'POST' || batch === null) return [raw.method];
  return (JSON.parse(batch) as { method: string; relative_url: string }[]).filter((i) => i.method !== 'GET').map((i) => `${i.method} ${i.relative_url}`);
}

test('handoff --business: a system user, a WABA or a business without the account is refused (exit 2); the owner costs no extra request', async () => {
  test.setTimeout(120_000);
  const server = await startPracticeServer();
  const dataDir = mkdtempSync(join(tmpdir(), 'waba-handoff-biz-'));
  const token = server.token('admin-never');
  const run = (args: readonly string[], extra: readonly string[] = []) =>
    runCli(['handoff', ...args, '--token-stdin', ...extra, '--graph-url', server.url, '--data-dir', dataDir], { input: token });
  try {
    const writesBefore = server.writeRequests;
    const rawFrom = server.rawRequests.length;

    const person = await run(['--waba', OWNED, '--business', SYSTEM_USER]);
    expect(person.code, person.stdout + person.stderr).toBe(2);
    expect(person.stderr).toContain(`The business ID ${SYSTEM_USER} is not a business portfolio: Meta says it is a system user.`);
    expect(person.stdout).not.toContain('Business portfolio ID');

    const waba = await run(['--waba', OWNED, '--business', OWNED], ['--json']);
    expect(waba.code).toBe(2);
    expect(lastJson(waba)).toMatchObject({ error: { kind: 'bad-input', fields: ['business'] } });

    const bakery = await run(['--waba', OWNED, '--business', CLIENT_BAKERY], ['--json']);
    expect(bakery.code, bakery.stdout + bakery.stderr).toBe(2);
    const said = lastJson(bakery) as { error: { kind: string; fields: string[]; message: string }; businessId?: string };
    expect(said.error).toMatchObject({ kind: 'bad-input', fields: ['business'] });
    expect(said.error.message).toContain(`The account belongs to business ${BIZ} (Lucky Shrub)`);
    expect(said.businessId).toBeUndefined();

    const spanish = await run(['--waba', OWNED, '--business', CLIENT_BAKERY], ['--lang', 'es']);
    expect(spanish.code).toBe(2);
    expect(spanish.stderr).toContain(`La cuenta pertenece al negocio ${BIZ} (Lucky Shrub)`);

    // Refusals: reads only, nothing written to Meta or to disk (no kit, no reminder).
    expect(server.writeRequests).toBe(writesBefore);
    expect(server.rawRequests.slice(rawFrom).flatMap(writesIn)).toEqual([]);
    expect(allFiles(dataDir).filter((f) => f.startsWith(join(dataDir, 'receipts')) || /provider-kit|reminder/.test(f))).toEqual([]);

    // The owner: fit, and not one request more than without --business.
    const plainFrom = server.log.length;
    const plain = await run(['--waba', OWNED], ['--json']);
    expect(plain.code, plain.stderr).toBe(0);
    const plainCount = server.log.length - plainFrom;
    const ownerFrom = server.log.length;
    const owner = await run(['--waba', OWNED, '--business', BIZ], ['--json']);
    expect(owner.code, owner.stderr).toBe(0);
    expect(server.log.length - ownerFrom).toBe(plainCount);
    expect(lastJson(owner)).toMatchObject({ businessId: BIZ, waba: { id: OWNED } });

    // A partner with the account shared is a fit business too (its WABA lists are read once).
    const partner = await run(['--waba', SHARED, '--business', BIZ], ['--json']);
    expect(partner.code, partner.stderr).toBe(0);
    expect(lastJson(partner)).toMatchObject({ businessId: BIZ, waba: { id: SHARED } });
  } finally {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test("handoff words: a person's token is a person's, a 24-hour token has its own code, an unread role is a warning, the empty-stdin hint names the WABA", async () => {
  test.setTimeout(120_000);
  const server = await startPracticeServer();
  const dataDir = mkdtempSync(join(tmpdir(), 'waba-handoff-words-'));
  const run = (args: readonly string[], input: string) => runCli(['handoff', '--waba', OWNED, ...args, '--token-stdin', '--graph-url', server.url, '--data-dir', dataDir], { input });
  const checks = (json: unknown) => (json as { checks: { code: string; severity: string }[] }).checks;
  try {
    const person = await run(['--user', SYSTEM_USER, '--json'], server.token('user-24-hour'));
    expect(person.code).toBe(3);
    const codes = checks(lastJson(person)).map((c) => c.code);
    expect(codes).toEqual(expect.arrayContaining(['user-person', 'token-expires-24-hour']));
    expect(codes).not.toContain('user-other');
    expect(codes).not.toContain('token-expires-60-day');
    const plain = await run(['--user', SYSTEM_USER], server.token('user-24-hour'));
    expect(plain.stdout).toContain(`X  The token belongs to a person (Jasper Brown, 10229876543210987), not to the system user ${SYSTEM_USER}.`);
    expect(plain.stdout).not.toContain('another system user');

    const noBusiness = await run(['--json'], server.token('admin-no-business-management'));
    expect(noBusiness.code, noBusiness.stderr).toBe(0);
    expect(checks(lastJson(noBusiness))).toContainEqual(expect.objectContaining({ code: 'role-unknown', severity: 'warning' }));
    const said = await run([], server.token('admin-no-business-management'));
    expect(said.stdout).toContain('!  The role of the system user Admin Bot could not be read with this token (that needs the permission business_management)');

    const from = server.log.length;
    const empty = await run([], '');
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain(`waba-access handoff --waba ${OWNED} --token-stdin < provider-token.txt`);
    expect(server.log.length).toBe(from);
  } finally {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
