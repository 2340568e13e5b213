/** POST/GET/DELETE assigned_users: task encodings and parameter rules (graph-api.md §2.2-§2.4). */
import { BIZ, call, expect, graphError, SU_ADMIN, SU_EMP, test, WABA } from './helpers';

const path = `/v26.0/${WABA}/assigned_users`;

test('tasks are accepted as JSON (double or single quotes), tasks[n] fields, a JSON body and multipart', async ({ server }) => {
  const token = server.token('admin-never');
  const cases: [Parameters<typeof call>[2], string[]][] = [
    [{ token, form: `user=${SU_EMP}&tasks=%5B%22MANAGE%22%2C%22DEVELOP%22%5D` }, ['MANAGE', 'DEVELOP']],
    [{ token, form: { user: SU_EMP, tasks: "['MANAGE', 'VIEW_COST']" } }, ['MANAGE', 'VIEW_COST']],
    [{ token, form: { user: SU_EMP, 'tasks[1]': 'DEVELOP', 'tasks[0]': 'MANAGE_TEMPLATES' } }, ['MANAGE_TEMPLATES', 'DEVELOP']],
    [{ token, json: { user: SU_EMP, tasks: ['MANAGE_PHONE'] } }, ['MANAGE_PHONE']],
    [{ token, json: { user: Number(SU_EMP), tasks: ['VIEW_TEMPLATES', 'VIEW_TEMPLATES'] } }, ['VIEW_TEMPLATES']],
  ];
  for (const [init, tasks] of cases) {
    const answer = await call(server, path, init);
    expect(answer.text).toBe('{"success":true}');
    expect(server.assignedTasks(WABA, SU_EMP)).toEqual(tasks);
  }
  const form = new FormData();
  form.set('user', SU_EMP);
  form.set('tasks', "['MANAGE', 'DEVELOP']");
  expect((await call(server, path, { token, body: form })).text).toBe('{"success":true}');
  expect(server.assignedTasks(WABA, SU_EMP)).toEqual(['MANAGE', 'DEVELOP']);
  // Task values in the query string work too (Meta's guide puts them there).
  expect((await call(server, `${path}?user=${SU_EMP}&tasks=['VIEW_COST']`, { token, method: 'POST' })).text).toBe('{"success":true}');
  expect(server.appliedPosts).toBe(7);
});

test('missing user, missing tasks, empty list, bare string, invalid value', async ({ server }) => {
  const token = server.token('admin-never');
  const message = async (form: Record<string, string>): Promise<string> => graphError(await call(server, path, { token, form })).message;
  expect(await message({ tasks: '["MANAGE"]' })).toBe('(#100) The parameter user is required');
  expect(await message({ user: SU_EMP })).toBe('(#100) The parameter tasks is required');
  expect(await message({ user: SU_EMP, tasks: '[]' })).toBe('(#100) The parameter tasks is required');
  expect(await message({ user: SU_EMP, tasks: 'MANAGE' })).toBe('(#100) Param tasks must be an array');
  expect(await message({ user: SU_EMP, tasks: '[MANAGE' })).toBe('(#100) Param tasks must be an array');
  expect(await message({ user: SU_EMP, tasks: '["MANAGE","ADVERTISE"]' })).toBe(
    '(#100) Param tasks[1] must be one of {MANAGE, DEVELOP, MANAGE_TEMPLATES, MANAGE_PHONE, VIEW_COST, MANAGE_EXTENSIONS, VIEW_PHONE_ASSETS, MANAGE_PHONE_ASSETS, VIEW_TEMPLATES, MESSAGING, VIEW_INSIGHTS, MANAGE_USERS, MANAGE_BILLING, RECEIVE_INCOMING_MESSAGES, FULL_CONTROL} - got "ADVERTISE"',
  );
  expect(server.appliedPosts).toBe(0);
});

test('GET lists explicit assignments with the requested fields', async ({ server }) => {
  const token = server.token('admin-never');
  await call(server, path, { token, form: { user: SU_EMP, tasks: '["DEVELOP"]' } });
  const answer = await call(server, `${path}?business=${BIZ}&fields=id,name,tasks,user_type,business`, { token });
  expect((answer.json() as { data: unknown[] }).data).toEqual([
    { id: SU_EMP, name: 'BSP Integration', tasks: ['DEVELOP'], user_type: 'SYSTEM_USER', business: { id: BIZ, name: 'Lucky Shrub' } },
  ]);
  const bad = await call(server, `${path}?business=${BIZ}&fields=id,permitted_tasks`, { token });
  expect(graphError(bad).message).toBe('(#100) Tried accessing nonexisting field (permitted_tasks) on node type (AssignedUser)');
  // The admin has implicit access and is not listed by default.
  expect(JSON.stringify(answer.json())).not.toContain(SU_ADMIN);
});

test('DELETE takes user from the query or the form; an unassigned user answers the spec-example 803', async ({ server }) => {
  const token = server.token('admin-never');
  await call(server, path, { token, form: { user: SU_EMP, tasks: '["DEVELOP"]' } });
  expect((await call(server, path, { token, method: 'DELETE', form: { user: SU_EMP } })).text).toBe('{"success":true}');
  expect(server.assignedTasks(WABA, SU_EMP)).toBeUndefined();
  const again = await call(server, `${path}?user=${SU_EMP}`, { token, method: 'DELETE' });
  expect(again.status).toBe(400);
  expect(graphError(again)).toMatchObject({ code: 803, type: 'GraphMethodException', message: 'User is not assigned to this WhatsApp Business Account' });
  const noUser = await call(server, path, { token, method: 'DELETE' });
  expect(graphError(noUser).message).toBe('(#100) The parameter user is required');
});
