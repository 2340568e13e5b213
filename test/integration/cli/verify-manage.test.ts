/**
 * `verify`, `assign` and `bulk` with a user who holds MANAGE (full control),
 * the real CLI bundle against the practice server, MANAGE read back packed and
 * unpacked: a task asked for is "included in MANAGE (full control)", exit 0;
 * `verify --exact` and `assign --exact` still check each task literally.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startPracticeServer } from '../../../main/practice/start-practice-server';
import { BIZ, bulkScenario, clientWaba } from './bulk-scenario';
import { ensureCliBuilt, lastJson, runCli } from './support';

const OWNED = '102290129340398';
const EMPLOYEE = '1972555232742222';

test.beforeAll(ensureCliBuilt);
test.setTimeout(180_000);

for (const manageReadBack of ['packed', 'unpacked'] as const) {
  test(`MANAGE read back ${manageReadBack}: verify --tasks DEVELOP passes as included in MANAGE; bulk's read-back too`, async () => {
    const server = await startPracticeServer({ scenario: bulkScenario(2, 0), behaviours: { manageReadBack } });
    const dir = mkdtempSync(join(tmpdir(), 'waba-verify-manage-'));
    const token = server.token('admin-never');
    const run = (args: readonly string[]) => runCli([...args, '--token-stdin'], { input: token, env: { WABA_GRAPH_URL: server.url, WABA_DATA_DIR: join(dir, 'data') } });
    try {
      const target = ['--waba', OWNED, '--business', BIZ, '--user', EMPLOYEE];
      expect((await run(['assign', ...target, '--tasks', 'MANAGE', '--yes'])).code).toBe(0);
      const writes = server.writeRequests;

      const verified = await run(['verify', ...target, '--tasks', 'DEVELOP']);
      expect(verified.code, verified.stdout + verified.stderr).toBe(0);
      expect(verified.stdout).toContain('Developer (DEVELOP): included in MANAGE (full control)');
      expect(verified.stdout).not.toContain('MISSING');
      const json = await run(['verify', ...target, '--tasks', 'DEVELOP,VIEW_COST', '--json']);
      expect(json.code).toBe(0);
      expect(lastJson(json)).toMatchObject({
        verified: true,
        tasks: [
          { task: 'DEVELOP', state: 'included' },
          { task: 'VIEW_COST', state: 'included' },
          { task: 'MANAGE', state: 'extra' },
        ],
      });
      // In the user's language.
      const spanish = await run(['verify', ...target, '--tasks', 'DEVELOP', '--lang', 'es']);
      expect(spanish.code).toBe(0);
      expect(spanish.stdout).toContain('Desarrollador (DEVELOP): incluida en MANAGE (control total)');
      // Exactness asked for: only the tasks Meta lists by name count.
      const literal = await run(['verify', ...target, '--tasks', 'DEVELOP', '--exact', '--json']);
      expect(literal.code).toBe(5);
      expect(lastJson(literal)).toMatchObject({ verified: false, tasks: [{ task: 'DEVELOP', state: 'missing' }, { task: 'MANAGE', state: 'extra' }] });
      expect((await run(['verify', ...target, '--tasks', 'MANAGE', '--exact'])).code).toBe(0);
      // verify only reads.
      expect(server.writeRequests).toBe(writes);

      // bulk: a row asking DEVELOP for a user who holds MANAGE is verified too (exit 0).
      expect((await run(['assign', '--waba', clientWaba(0), '--business', BIZ, '--user', EMPLOYEE, '--tasks', 'MANAGE', '--yes'])).code).toBe(0);
      const file = join(dir, 'rows.csv');
      writeFileSync(file, `waba,business,user,tasks\n${clientWaba(0)},${BIZ},${EMPLOYEE},DEVELOP\n`);
      const bulk = await run(['bulk', '--file', file, '--yes', '--json']);
      expect(bulk.code, bulk.stdout + bulk.stderr).toBe(0);
      const report = lastJson(bulk) as { summary: Record<string, number>; receiptPath: string };
      expect(report.summary).toMatchObject({ done: 1, 'not-verified': 0 });
      // The bulk receipt's verified tasks: MANAGE unpacked lists DEVELOP only inside MANAGE.
      const receipt = JSON.parse(readFileSync(report.receiptPath, 'utf8')) as { rows: { check: unknown }[] };
      expect(receipt.rows[0]?.check).toEqual(
        manageReadBack === 'unpacked'
          ? [{ task: 'DEVELOP', state: 'included' }, { task: 'MANAGE', state: 'extra' }]
          : [{ task: 'DEVELOP', state: 'granted' }, { task: 'MANAGE', state: 'extra' }],
      );

      // An exact change is checked literally: --exact DEVELOP takes MANAGE away, and DEVELOP is granted, not included.
      const exact = await run(['assign', ...target, '--tasks', 'DEVELOP', '--exact', '--yes', '--json']);
      expect(exact.code, exact.stdout + exact.stderr).toBe(0);
      expect(lastJson(exact)).toMatchObject({ verification: { verified: true, tasks: [{ task: 'DEVELOP', state: 'granted' }] } });
      expect(server.assignedTasks(OWNED, EMPLOYEE)).toEqual(['DEVELOP']);
      const gone = await run(['verify', ...target, '--tasks', 'VIEW_COST']);
      expect(gone.code).toBe(5);
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
