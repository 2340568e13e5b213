import { expect, test } from '@playwright/test';
import * as map from '../../../main/core/graph/map';

test('debug_token (A2) maps to TokenInfo', () => {
  const info = map.mapTokenInfo({
    data: {
      app_id: '634974688087057', type: 'SYSTEM_USER', application: 'Lucky Shrub', data_access_expires_at: 0, expires_at: 0, is_valid: true,
      issued_at: 1712099387, scopes: ['business_management', 'whatsapp_business_management'],
      granular_scopes: [{ scope: 'business_management' }, { scope: 'whatsapp_business_management', target_ids: ['102290129340398'] }],
      user_id: '1972555232742220',
    },
  });
  expect(info).toEqual({
    ok: true,
    value: {
      isValid: true, type: 'SYSTEM_USER', appId: '634974688087057', application: 'Lucky Shrub', expiresAt: 0, dataAccessExpiresAt: 0,
      issuedAt: 1712099387, scopes: ['business_management', 'whatsapp_business_management'],
      granularScopes: [{ scope: 'business_management' }, { scope: 'whatsapp_business_management', targetIds: ['102290129340398'] }],
      userId: '1972555232742220',
    },
  });
});

test('an invalid input token keeps Meta reason', () => {
  const info = map.mapTokenInfo({ data: { error: { code: 190, message: 'The access token could not be decrypted' }, is_valid: false, scopes: [] } });
  expect(info.ok && info.value).toMatchObject({ isValid: false, invalidReason: { code: 190, message: 'The access token could not be decrypted' }, appId: null, expiresAt: null });
});

test('WABA details (A5) and the Multi-Partner restriction from permitted_tasks', () => {
  const details = map.mapWabaDetails({
    id: '102290129340398', name: 'My WhatsApp Business Account', currency: 'USD', timezone_id: '1', message_template_namespace: 'abc',
    account_review_status: 'APPROVED', ownership_type: 'SELF', owner_business_info: { id: '506914307656634', name: 'Lucky Shrub' },
  });
  expect(details.ok && details.value).toEqual({
    id: '102290129340398', name: 'My WhatsApp Business Account', currency: 'USD', timezoneId: '1', messageTemplateNamespace: 'abc',
    accountReviewStatus: 'APPROVED', ownershipType: 'SELF', ownerBusiness: { id: '506914307656634', name: 'Lucky Shrub' },
  });
  const restricted = map.mapClientWaba({ id: '104996122399160', name: 'Shared', permitted_tasks: ['DEVELOP', 'MANAGE_TEMPLATES'] });
  expect(restricted.ok && restricted.value).toMatchObject({ relation: 'client', multiPartner: { messagingGranted: false } });
  const full = map.mapClientWaba({ id: '104996122399160', name: 'Shared', permitted_tasks: ['MANAGE', 'MESSAGING'] });
  expect(full.ok && 'multiPartner' in full.value).toBe(false);
});

test('list items: phone numbers, system users, assigned users, assignments', () => {
  expect(map.mapPhoneNumber({ verified_name: "Jasper's Market", display_phone_number: '+1 631-555-5555', id: '1906385232743451', quality_rating: 'GREEN' })).toEqual({
    ok: true, value: { id: '1906385232743451', displayPhoneNumber: '+1 631-555-5555', verifiedName: "Jasper's Market", qualityRating: 'GREEN' },
  });
  expect(map.mapSystemUser({ id: '1972555232742222', name: 'My System User', role: 'EMPLOYEE' })).toEqual({ ok: true, value: { id: '1972555232742222', name: 'My System User', role: 'EMPLOYEE' } });
  expect(map.mapAssignedUser({ id: '1', name: ' ', tasks: ['MANAGE', 42, 'FUTURE_TASK'] })).toEqual({ ok: true, value: { id: '1', name: ' ', tasks: ['MANAGE', 'FUTURE_TASK'] } });
  expect(map.mapWabaAssignment({ id: '102290129340398', name: 'W', tasks: ['MANAGE'] })).toEqual({ ok: true, value: { wabaId: '102290129340398', name: 'W', tasks: ['MANAGE'] } });
});

test('an item without a usable id fails the list instead of vanishing', () => {
  expect(map.mapAll([{ id: '1' }, { name: 'no id' }], map.mapBusiness).ok).toBe(false);
  expect(map.mapIdentity({ id: '../me', name: 'x' }).ok).toBe(false);
  expect(map.mapIdentity('nope').ok).toBe(false);
  expect(map.mapTokenInfo({ nodata: true }).ok).toBe(false);
});
