/**
 * A scenario's per-share `permitted_tasks` (SCENARIOS.md, issue 8.11): the
 * client edge lists it, and POST refuses a task outside it with Meta's
 * user-facing pair; a list holding MANAGE permits every task.
 */
import { LIMITED_PERMITTED, permittedScenario } from '../../support/permitted-scenario';
import { BIZ, call, expect, graphError, MPS_WABA, SU_EMP, test, withServer } from './helpers';

const edge = `/v25.0/${BIZ}/client_whatsapp_business_accounts?fields=id,permitted_tasks`;
const assign = `/v25.0/${MPS_WABA}/assigned_users`;

test('the client edge lists the scenario permitted_tasks; a task outside them is refused, one inside is assigned', async () => {
  await withServer({ scenario: permittedScenario() }, async (server) => {
    const token = server.token('admin-never');
    const listed = (await call(server, edge, { token })).json() as { data: { id: string; permitted_tasks: string[] }[] };
    expect(listed.data.find((w) => w.id === MPS_WABA)?.permitted_tasks).toEqual([...LIMITED_PERMITTED]);

    const refused = await call(server, assign, { token, form: { user: SU_EMP, tasks: '["DEVELOP","MANAGE_TEMPLATES"]' } });
    expect(refused.status).toBe(403);
    expect(graphError(refused)).toMatchObject({
      code: 200,
      error_user_title: 'Task not available',
      error_user_msg: expect.stringContaining(`permits only: ${LIMITED_PERMITTED.join(', ')}`),
    });
    expect(server.assignedTasks(MPS_WABA, SU_EMP)).toEqual(['DEVELOP']);

    expect((await call(server, assign, { token, form: { user: SU_EMP, tasks: '["DEVELOP","VIEW_TEMPLATES"]' } })).text).toBe('{"success":true}');
    expect(server.assignedTasks(MPS_WABA, SU_EMP)).toEqual(['DEVELOP', 'VIEW_TEMPLATES']);
  });
});

test('a permitted_tasks list holding MANAGE permits every task; without a list the sharing decides', async ({ server }) => {
  await withServer({ scenario: permittedScenario(['MANAGE']) }, async (full) => {
    const token = full.token('admin-never');
    expect((await call(full, assign, { token, form: { user: SU_EMP, tasks: '["MANAGE_BILLING"]' } })).text).toBe('{"success":true}');
  });
  // The default scenario lists no permitted_tasks: the granular tasks follow from the multi-partner share.
  const token = server.token('admin-never');
  const listed = (await call(server, edge, { token })).json() as { data: { id: string; permitted_tasks: string[] }[] };
  expect(listed.data.find((w) => w.id === MPS_WABA)?.permitted_tasks).toContain('MANAGE_BILLING');
  expect((await call(server, assign, { token, form: { user: SU_EMP, tasks: '["MANAGE_BILLING"]' } })).text).toBe('{"success":true}');
});

test('a permitted task that is not a WABA task stops the scenario with its field named', async () => {
  await expect(withServer({ scenario: permittedScenario(['DEVELOP', 'SEND_FAXES']) }, async () => undefined)).rejects.toThrow(
    /wabas\[1\]\.sharedWith\[0\]\.permittedTasks\[1\]: "SEND_FAXES" is not a WABA task/,
  );
});
