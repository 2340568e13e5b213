/**
 * Made-up IDs (issue 8), the real CLI bundle against the practice server: a WABA or business Meta
 * cannot find names the option and the ID (exit 4, kept for not-found); a system user not in the
 * business names the ID, the business and where its system users are listed (exit 2); remove
 * without --business says to give --business. Nothing is sent for any of them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startPracticeServer } from '../../../main/practice/start-practice-server';
import { ensureCliBuilt, lastJson, runCli } from './support';

const BIZ = '506914307656634';
const OWNED = '102290129340398';
const EMPLOYEE = '1972555232742222';
const MADE_UP = '123456789012345';

test.beforeAll(ensureCliBuilt);
test.setTimeout(120_000);

test('a made-up --waba, --business or --user is named with its option and what to do; nothing is sent', async () => {
  const server = await startPracticeServer({});
  const dir = mkdtempSync(join(tmpdir(), 'waba-made-up-ids-'));
  const run = (args: readonly string[]) => runCli([...args, '--graph-url', server.url, '--data-dir', dir, '--token-stdin'], { input: server.token('admin-never') });
  try {
    const waba = `--waba ${MADE_UP}: Meta cannot find this WhatsApp Business account, or the token cannot see it. Check the ID; the accounts this token can use: waba-access wabas --business ${BIZ}`;
    for (const command of ['assign', 'verify']) {
      const tail = command === 'assign' ? ['--tasks', 'DEVELOP', '--yes'] : ['--tasks', 'DEVELOP'];
      const wrongWaba = await run([command, '--waba', MADE_UP, '--business', BIZ, '--user', EMPLOYEE, ...tail]);
      expect(wrongWaba.code, wrongWaba.stdout + wrongWaba.stderr).toBe(4);
      expect(wrongWaba.stderr).toContain(waba);
    }
    const wrongBusiness = await run(['assign', '--waba', OWNED, '--business', MADE_UP, '--user', EMPLOYEE, '--tasks', 'DEVELOP', '--yes']);
    expect(wrongBusiness.code, wrongBusiness.stderr).toBe(4);
    expect(wrongBusiness.stderr).toContain(`--business ${MADE_UP}: Meta cannot find this business portfolio, or the token cannot see it.`);
    const json = await run(['assign', '--waba', OWNED, '--business', MADE_UP, '--user', EMPLOYEE, '--tasks', 'DEVELOP', '--yes', '--json']);
    expect(json.code).toBe(4);
    expect(lastJson(json)).toMatchObject({ error: { kind: 'not-found', fields: ['business'], graph: { code: 100, subcode: 33 } } });
    // In the user's language.
    const spanish = await run(['assign', '--waba', MADE_UP, '--business', BIZ, '--user', EMPLOYEE, '--tasks', 'DEVELOP', '--yes', '--lang', 'es']);
    expect(spanish.stderr).toContain(`--waba ${MADE_UP}: Meta no encuentra esta cuenta de WhatsApp Business`);

    // A user that is no system user of the business (a made-up one, a person's id).
    for (const user of [MADE_UP, '10229876543210987']) {
      const refused = await run(['assign', '--waba', OWNED, '--business', BIZ, '--user', user, '--tasks', 'DEVELOP', '--yes']);
      expect(refused.code, refused.stderr).toBe(2);
      expect(refused.stderr).toContain(`--user ${user} is not one of the system users of business ${BIZ}. Check the ID; that business's system users: waba-access system-users --business ${BIZ}`);
    }
    // remove without --business: the advice is to give it, not to leave it out.
    const removed = await run(['remove', '--waba', OWNED, '--user', MADE_UP, '--yes']);
    expect(removed.code, removed.stderr).toBe(2);
    expect(removed.stderr).toContain(`--user ${MADE_UP} is not one of the system users of business ${BIZ} (used because --business was left out).`);
    expect(removed.stderr).toContain('or give the business the system user belongs to with --business.');
    expect(removed.stderr).not.toContain('leave --business out');
    expect(server.writeRequests).toBe(0);
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
