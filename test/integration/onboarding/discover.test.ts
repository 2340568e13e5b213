/**
 * Discovery against the practice server: businesses (with the fallback to
 * the token's own target ids), owned and client WABAs with phone numbers and
 * multi-partner status, system users with roles and current tasks (ids
 * cached in settings), and "what is this ID?".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { GRANULAR_TASKS } from '../../../shared/tasks';
import { IDS, startHarness } from './support';

test('discover: a business lists its owned WABA with its phone number and the multi-partner client WABA', async () => {
  const h = await startHarness();
  try {
    await h.call('token.connect', { token: h.server.token('admin-never') });
    expect(await h.call('account.businesses', {})).toEqual([{ id: IDS.business, name: 'Lucky Shrub' }]);
    const wabas = await h.call('account.wabas', { businessId: IDS.business });
    expect(wabas.map((w) => [w.id, w.relation])).toEqual([
      [IDS.ownedWaba, 'owned'],
      [IDS.clientWaba, 'client'],
    ]);
    const [owned, client] = wabas;
    expect(owned?.sharing).toEqual({ multiPartner: false, messagingGranted: true });
    expect(owned?.phoneNumbers).toEqual([{ id: IDS.phone, displayPhoneNumber: '+1 631-555-5555', verifiedName: 'Lucky Shrub', qualityRating: 'GREEN' }]);
    expect(owned?.ownerBusiness).toEqual({ id: IDS.business, name: 'Lucky Shrub' });
    expect(client?.sharing).toEqual({ multiPartner: true, messagingGranted: false, permittedTasks: GRANULAR_TASKS });
    expect(client?.multiPartner).toEqual({ messagingGranted: false });
    expect(client?.ownerBusiness?.id).toBe('609873456789012');
    expect(client?.phoneNumbers).toEqual([]);
    // The business is remembered for next time.
    expect((await h.call('settings.get', {})).lastBusinessId).toBe(IDS.business);
  } finally {
    await h.dispose();
  }
});

test('discover without /me/businesses: the businesses come from the token\'s own target ids', async () => {
  // A system-user token whose permissions name their assets (granular_scopes target_ids), and a
  // Graph that refuses /me/businesses for it (UNCONFIRMED for system users, graph-api.md §4).
  const scenario = JSON.parse(readFileSync(new URL('../../../main/practice/scenarios/default.json', import.meta.url), 'utf8')) as {
    tokens: { label: string; granularScopes?: { scope: string; targetIds?: string[] }[] }[];
  };
  const admin = scenario.tokens.find((t) => t.label === 'admin-never');
  if (admin === undefined) throw new Error('the default scenario lost its admin-never token');
  admin.granularScopes = [
    { scope: 'business_management', targetIds: [IDS.business] },
    { scope: 'whatsapp_business_management', targetIds: [IDS.ownedWaba] },
  ];
  const h = await startHarness({ server: { scenario, behaviours: { meBusinesses: 'error' } } });
  try {
    await h.call('token.connect', { token: h.server.token('admin-never') });
    const businesses = await h.call('account.businesses', {});
    expect(businesses.map((b) => b.id)).toEqual([IDS.business]);
  } finally {
    await h.dispose();
  }
});

test('system users: roles, current tasks on the WABA, ids cached in the settings file', async () => {
  const h = await startHarness();
  try {
    await h.call('token.connect', { token: h.server.token('admin-never') });
    const plain = await h.call('account.systemUsers', { businessId: IDS.business });
    expect(plain.map((u) => [u.id, u.role, u.currentTasks])).toEqual([
      [IDS.admin, 'ADMIN', undefined],
      [IDS.employee, 'EMPLOYEE', undefined],
    ]);
    const onWaba = await h.call('account.systemUsers', { businessId: IDS.business, wabaId: IDS.clientWaba });
    expect(onWaba.map((u) => [u.id, u.currentTasks])).toEqual([
      [IDS.admin, null],
      [IDS.employee, ['DEVELOP']],
    ]);
    const file = JSON.parse(readFileSync(join(h.dataDir, 'settings.json'), 'utf8')) as { cachedSystemUserIds: Record<string, string[]> };
    expect(file.cachedSystemUserIds[IDS.business]).toEqual([IDS.admin, IDS.employee]);
    // system_users is read on the business id, never on a WABA id (graph-api.md §11.1).
    expect(h.server.log.some((e) => e.path.includes(`${IDS.ownedWaba}/system_users`) || e.path.includes(`${IDS.clientWaba}/system_users`))).toBe(false);
  } finally {
    await h.dispose();
  }
});

test('what is this ID? business, WABA, phone number, system user, or nothing the token sees', async () => {
  const h = await startHarness();
  try {
    await h.call('token.connect', { token: h.server.token('admin-never') });
    h.core.services.deps().facts.clear();
    expect(await h.call('account.identify', { id: IDS.business })).toMatchObject({ id: IDS.business, kind: 'business', name: 'Lucky Shrub' });
    expect(await h.call('account.identify', { id: ` ${IDS.ownedWaba} ` })).toMatchObject({ kind: 'waba', name: 'Lucky Shrub WhatsApp' });
    expect(await h.call('account.identify', { id: IDS.phone })).toMatchObject({ kind: 'phone-number' });
    expect(await h.call('account.identify', { id: IDS.employee })).toMatchObject({ kind: 'system-user', name: 'BSP Integration' });
    expect(await h.call('account.identify', { id: '999999999999999' })).toEqual({ id: '999999999999999', kind: 'unknown' });
    for (const id of ['+1 631-555-5555', 'abc', '12/34']) {
      expect(await h.core.invoke('account.identify', { id })).toMatchObject({ ok: false, error: { kind: 'bad-input', fields: ['id'] } });
    }
  } finally {
    await h.dispose();
  }
});
