/**
 * What the token's own role and identity mean for each command (issue 8.1):
 * `inspect` ends with a true conclusion for an employee system user's token
 * (it reads, it cannot give access; exit 4, `canGiveAccess` in --json), and
 * `whatis` on the token's own app names it from debug_token, in the same
 * batch as its probes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startPracticeServer, type RunningPracticeServer } from '../../../main/practice/start-practice-server';
import { ensureCliBuilt, lastJson, runCli, type CliRun } from './support';

const BIZ = '506914307656634';
const APP = '634974688087057';
const EMPLOYEE = '1972555232742222';

test.beforeAll(ensureCliBuilt);

interface World {
  readonly server: RunningPracticeServer;
  run(label: string, args: readonly string[]): Promise<CliRun>;
  dispose(): Promise<void>;
}

async function world(): Promise<World> {
  const server = await startPracticeServer();
  const dataDir = mkdtempSync(join(tmpdir(), 'waba-roles-'));
  return {
    server,
    run: (label, args) => runCli([...args, '--token-stdin'], { input: server.token(label), env: { WABA_GRAPH_URL: server.url, WABA_DATA_DIR: dataDir } }),
    async dispose() {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

test("inspect with an employee's token: it can read but cannot give access, says who can, exit 4 (--json: canGiveAccess false)", async () => {
  const w = await world();
  try {
    const employee = await w.run('employee', ['inspect']);
    expect(employee.code, employee.stdout + employee.stderr).toBe(4);
    expect(employee.stdout).not.toContain('The token can be used.');
    expect(employee.stdout).toContain('The token can read, but it cannot give access');
    expect(employee.stdout).toContain('the token of an admin system user of this business, or by an admin of the business in Business Settings > Users > System users');
    const json = await w.run('employee', ['inspect', '--json']);
    expect(json.code).toBe(4);
    expect(lastJson(json)).toMatchObject({ usable: true, canGiveAccess: false, identity: { role: 'EMPLOYEE' } });

    const admin = await w.run('admin-never', ['inspect', '--json']);
    expect(admin.code).toBe(0);
    expect(lastJson(admin)).toMatchObject({ usable: true, canGiveAccess: true });
    const refused = await w.run('admin-no-business-management', ['inspect', '--json']);
    expect(refused.code).toBe(3);
    expect(lastJson(refused)).toMatchObject({ usable: false, canGiveAccess: false });
    const spanish = await w.run('employee', ['inspect', '--lang', 'es']);
    expect(spanish.stdout).toContain('El token puede leer, pero no puede dar acceso');
  } finally {
    await w.dispose();
  }
});

test("whatis on the token's own app names the app from debug_token, in the probes' one batch; its own system user and business too", async () => {
  const w = await world();
  try {
    for (const label of ['employee', 'admin-never']) {
      w.server.clearLog();
      const app = await w.run(label, ['whatis', APP]);
      expect(app.code, app.stdout + app.stderr).toBe(0);
      expect(app.stdout).toContain(`${APP} is the Meta app this token belongs to: Lucky Shrub.`);
      // One request: debug_token travelled with the probes.
      expect(w.server.log.length, label).toBe(1);
      expect(w.server.log[0]?.batchSize).toBe(5);
      const json = await w.run(label, ['whatis', APP, '--json']);
      expect(lastJson(json)).toEqual({ id: APP, kind: 'app', name: 'Lucky Shrub' });
    }
    const own = await w.run('employee', ['whatis', EMPLOYEE]);
    expect(own.code).toBe(0);
    expect(own.stdout).toContain(`${EMPLOYEE} is a system user: BSP Integration.`);
    const business = await w.run('employee', ['whatis', BIZ]);
    expect(business.code).toBe(0);
    expect(business.stdout).toContain(`${BIZ} is a business portfolio: Lucky Shrub.`);
    // Another app's id stays something this token cannot see.
    const other = await w.run('employee', ['whatis', '999999999999999']);
    expect(other.code).toBe(4);
    expect(w.server.writeRequests).toBe(0);
  } finally {
    await w.dispose();
  }
});
