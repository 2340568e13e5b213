import { expect, test } from '@playwright/test';
import { asBusinessId, asSystemUserId, asWabaId } from '../../../shared/ids';
import { assertCredentialsOnly, BIZ, CLIENT_WABA, PHONE, rig, SU_ADMIN, SU_EMP, WABA } from './harness';
import { batchItemsOf } from '../../support/batch-items';

test('token inspection: debug_token as self-inspection, never with the token in a URL', async () => {
  const r = await rig();
  try {
    const info = await r.client.debugToken();
    expect(info.ok && info.value).toMatchObject({
      isValid: true,
      type: 'SYSTEM_USER',
      appId: '634974688087057',
      expiresAt: 0,
      userId: SU_ADMIN,
      scopes: ['business_management', 'whatsapp_business_management', 'whatsapp_business_messaging'],
    });
    r.use('admin-60-day');
    const sixty = await r.client.debugToken();
    expect(sixty.ok && (sixty.value.expiresAt ?? 0)).toBeGreaterThan(Date.now() / 1000 + 50 * 86400);
    r.use('user-24-hour');
    const user = await r.client.debugToken();
    expect(user.ok && user.value.type).toBe('USER');
    expect(user.ok && user.value.granularScopes.find((g) => g.scope === 'whatsapp_business_management')?.targetIds).toEqual([WABA]);
    expect(r.server.log.every((e) => e.method === 'POST' && e.batchSize === 1)).toBe(true);
    assertCredentialsOnly(r.server);
  } finally {
    await r.close();
  }
});

test('identity and discovery: me, businesses, system users, owned and client WABAs, details, phone numbers', async () => {
  const r = await rig();
  try {
    expect(await r.client.me()).toEqual({ ok: true, value: { id: SU_ADMIN, name: 'Admin Bot' } });
    const businesses = await r.client.myBusinesses();
    expect(businesses.ok && businesses.value.map((b) => b.id)).toContain(BIZ);
    const users = await r.client.systemUsers(asBusinessId(BIZ));
    expect(users.ok && users.value).toEqual([
      { id: SU_ADMIN, name: 'Admin Bot', role: 'ADMIN' },
      { id: SU_EMP, name: 'BSP Integration', role: 'EMPLOYEE' },
    ]);
    const owned = await r.client.ownedWabas(asBusinessId(BIZ));
    expect(owned.ok && owned.value).toEqual([
      { id: WABA, name: 'Lucky Shrub WhatsApp', currency: 'USD', timezoneId: '1', messageTemplateNamespace: 'abcdefghijk_12lmnop', relation: 'owned' },
    ]);
    const client = await r.client.clientWabas(asBusinessId(BIZ));
    expect(client.ok && client.value).toEqual([
      expect.objectContaining({ id: CLIENT_WABA, relation: 'client', multiPartner: { messagingGranted: false } }),
    ]);
    const details = await r.client.waba(asWabaId(WABA));
    expect(details.ok && details.value).toMatchObject({
      id: WABA,
      accountReviewStatus: 'APPROVED',
      ownershipType: 'SELF',
      ownerBusiness: { id: BIZ, name: 'Lucky Shrub' },
    });
    const phones = await r.client.phoneNumbers(asWabaId(WABA));
    expect(phones.ok && phones.value).toEqual([{ id: PHONE, displayPhoneNumber: '+1 631-555-5555', verifiedName: 'Lucky Shrub', qualityRating: 'GREEN' }]);
    // system_users is asked of the business, never of a WABA.
    expect(r.server.log.filter((e) => e.path.endsWith('/system_users')).map((e) => e.path)).toEqual([`/v26.0/${BIZ}/system_users`]);
    assertCredentialsOnly(r.server);
    // The served version is logged once, on the first answer.
    expect(r.lines.filter((l) => l.includes('Graph API version in use'))).toHaveLength(1);
    expect(r.lines.find((l) => l.includes('Graph API version in use'))).toContain('v26.0');
  } finally {
    await r.close();
  }
});

test('assigned users: GET always sends business and the four fields; assign, verify from both sides, remove', async () => {
  const r = await rig();
  try {
    const before = await r.client.assignedUsers(asWabaId(CLIENT_WABA), asBusinessId(BIZ));
    expect(before.ok && before.value).toEqual([{ id: SU_EMP, name: 'BSP Integration', tasks: ['DEVELOP'], userType: 'SYSTEM_USER' }]);
    const get = r.server.log.at(-1)!;
    expect(get.query).toMatchObject({ business: BIZ, fields: 'id,name,tasks,user_type' });

    const assigned = await r.client.assignUser({ wabaId: asWabaId(WABA), businessId: asBusinessId(BIZ), userId: asSystemUserId(SU_EMP), tasks: ['MANAGE', 'DEVELOP'] });
    expect(assigned.ok && assigned.value.reconciled).toBe(false);
    expect(assigned.ok && assigned.value.fbtraceIds.length).toBe(1);
    expect(r.server.assignedTasks(WABA, SU_EMP)).toEqual(['MANAGE', 'DEVELOP']);
    expect(r.server.appliedPosts).toBe(1);
    // One batch: the POST (form in the item's body, never in a URL) named, and its read-back depending on it.
    const post = r.server.log.at(-1)!;
    expect(post).toMatchObject({ method: 'POST', path: '/v26.0', query: {}, batchSize: 2 });
    const items = batchItemsOf(r.server.rawRequests.at(-1)!.body);
    expect(items[0]).toMatchObject({ method: 'POST', relative_url: `${WABA}/assigned_users`, name: 'assign' });
    expect(Object.fromEntries(new URLSearchParams(items[0]!.body))).toEqual({ user: SU_EMP, tasks: '["MANAGE","DEVELOP"]' });
    expect(items[1]).toMatchObject({ method: 'GET', depends_on: 'assign' });
    expect(items[1]!.relative_url).toContain(`${WABA}/assigned_users?`);

    const fromUser = await r.client.userAssignedWabas(asSystemUserId(SU_EMP));
    expect(fromUser.ok && fromUser.value).toEqual(expect.arrayContaining([{ wabaId: WABA, name: 'Lucky Shrub WhatsApp', tasks: ['MANAGE', 'DEVELOP'] }]));

    const removed = await r.client.removeUser(asWabaId(WABA), asSystemUserId(SU_EMP));
    expect(removed.ok).toBe(true);
    expect(r.server.assignedTasks(WABA, SU_EMP)).toBeUndefined();
    expect(r.server.log.at(-1)).toMatchObject({ method: 'DELETE', query: { user: SU_EMP } });
    assertCredentialsOnly(r.server);
  } finally {
    await r.close();
  }
});

test('what is this id: business, WABA, phone number, system user, person, invisible, malformed', async () => {
  const r = await rig();
  try {
    expect(await r.client.identify(BIZ)).toEqual({ ok: true, value: { id: BIZ, kind: 'business', name: 'Lucky Shrub' } });
    expect(await r.client.identify(WABA)).toEqual({ ok: true, value: { id: WABA, kind: 'waba', name: 'Lucky Shrub WhatsApp' } });
    expect(await r.client.identify(PHONE)).toEqual({ ok: true, value: { id: PHONE, kind: 'phone-number', name: 'Lucky Shrub' } });
    const su = await r.client.identify(SU_EMP);
    expect(su.ok && su.value.kind).toBe('system-user');
    r.use('user-24-hour');
    const person = await r.client.identify('10229876543210987');
    expect(person.ok && person.value.kind).toBe('unknown');
    r.use('admin-never');
    const invisible = await r.client.identify('999999999999999');
    expect(!invisible.ok && invisible.error.kind).toBe('not-found');
    const before = r.server.log.length;
    for (const bad of ['', '12/../me', 'me', '1 2', `${WABA}?fields=x`, '1'.repeat(21)]) {
      const result = await r.client.identify(bad);
      expect(!result.ok && result.error).toMatchObject({ kind: 'bad-input', fields: ['id'] });
    }
    expect(r.server.log.length).toBe(before);
    // One batch request per identify.
    expect(r.server.log.every((e) => e.batchSize === 4)).toBe(true);
  } finally {
    await r.close();
  }
});

test('ids are checked before any request is built (I3)', async () => {
  const r = await rig();
  try {
    const bad = asWabaId('102290129340398/../../me');
    expect((await r.client.waba(bad)).ok).toBe(false);
    expect((await r.client.assignedUsers(asWabaId(WABA), asBusinessId('x'))).ok).toBe(false);
    expect((await r.client.systemUsers(asBusinessId('?access_token=1'))).ok).toBe(false);
    const unknownTask = await r.client.assignUser({ wabaId: asWabaId(WABA), businessId: asBusinessId(BIZ), userId: asSystemUserId(SU_EMP), tasks: ['NOPE' as 'MANAGE'] });
    expect(!unknownTask.ok && unknownTask.error.fields).toEqual(['tasks']);
    expect(r.server.log).toHaveLength(0);
  } finally {
    await r.close();
  }
});

test('batch: the token once in the form body and no header, bodies as strings, answers parsed, more than 50 items split', async () => {
  const r = await rig();
  try {
    const result = await r.client.batch([
      { method: 'POST', relativeUrl: `${WABA}/assigned_users`, body: { user: SU_EMP, tasks: '["DEVELOP"]' }, name: 'assign' },
      { method: 'GET', relativeUrl: `${WABA}/assigned_users?business=${BIZ}&fields=id,name,tasks`, dependsOn: 'assign' },
      { method: 'GET', relativeUrl: '999999999999999?fields=id' },
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value[0]).toEqual({ status: 200, result: { ok: true, value: { success: true } } });
    expect(result.value[1]!.result.ok && result.value[1]!.result.value).toMatchObject({ data: [{ id: SU_EMP, tasks: ['DEVELOP'] }] });
    expect(!result.value[2]!.result.ok && result.value[2]!.result.error.kind).toBe('not-found');
    expect(r.server.assignedTasks(WABA, SU_EMP)).toEqual(['DEVELOP']);

    const many = await r.client.batch(Array.from({ length: 60 }, () => ({ method: 'GET' as const, relativeUrl: 'me?fields=id' })));
    expect(many.ok && many.value.length).toBe(60);
    expect(many.ok && many.value.every((item) => item.result.ok)).toBe(true);
    expect(r.server.log.slice(-2).map((e) => e.batchSize)).toEqual([50, 10]);
    assertCredentialsOnly(r.server);

    const tokenItem = await r.client.batch([{ method: 'GET', relativeUrl: 'me?access_token=x' }]);
    expect(!tokenItem.ok && tokenItem.error.kind).toBe('bad-input');
  } finally {
    await r.close();
  }
});

test('paging: a next link carrying the token as input_token is refused, and the token is never sent back (X3)', async () => {
  const r = await rig({ config: { pageSize: 1 }, server: { behaviours: { nextTokenParam: 'input_token' } } });
  try {
    const users = await r.client.systemUsers(asBusinessId(BIZ));
    expect(!users.ok && users.error).toMatchObject({ kind: 'unexpected', message: expect.stringContaining('input_token') });
    expect(JSON.stringify(users)).not.toContain(r.token!.slice(20, 32));
    // Only the first page was asked for; nothing on the wire carries the token outside the header.
    expect(r.server.log).toHaveLength(1);
    assertCredentialsOnly(r.server);
  } finally {
    await r.close();
  }
});

test('paging: follows next across pages with the token only in the header', async () => {
  const r = await rig({ config: { pageSize: 1 }, server: { behaviours: { nextIncludesAccessToken: true } } });
  try {
    const users = await r.client.systemUsers(asBusinessId(BIZ));
    expect(users.ok && users.value.map((u) => u.id)).toEqual([SU_ADMIN, SU_EMP]);
    expect(r.server.log).toHaveLength(2);
    expect(r.server.log[1]!.query.after).toBeTruthy();
    assertCredentialsOnly(r.server);
  } finally {
    await r.close();
  }
});

test('paging: a next link to another host is refused and never requested', async () => {
  const r = await rig({ config: { pageSize: 1 }, server: { behaviours: { nextHostOverride: 'http://attacker.example:8080' } } });
  try {
    const users = await r.client.systemUsers(asBusinessId(BIZ));
    expect(users.ok).toBe(false);
    if (!users.ok) expect(users.error.message).toContain('another host');
    expect(r.server.log).toHaveLength(1);
  } finally {
    await r.close();
  }
});
