import { expect, test } from '@playwright/test';
import { manageAllowed, presetsFor, sameGrant, GRANULAR_TASKS, MANAGE_UNPACKED } from '../../shared/tasks';

test('MANAGE is offered only with full access on a multi-partner WABA', () => {
  expect(manageAllowed({ multiPartner: false, messagingGranted: false })).toBe(true);
  expect(manageAllowed({ multiPartner: true, messagingGranted: true })).toBe(true);
  expect(manageAllowed({ multiPartner: true, messagingGranted: false })).toBe(false);
  const ids = presetsFor({ multiPartner: true, messagingGranted: false }).map((p) => p.id);
  expect(ids).not.toContain('full');
  expect(ids).toContain('granular');
  expect(GRANULAR_TASKS).not.toContain('MANAGE');
});

test('sameGrant: MANAGE stands for every task, read back packed or unpacked; without it the lists must match', () => {
  expect(sameGrant(['MANAGE'], ['MANAGE', 'DEVELOP'])).toBe(true);
  expect(sameGrant([...MANAGE_UNPACKED], ['MANAGE', 'DEVELOP'])).toBe(true);
  expect(sameGrant([...MANAGE_UNPACKED], ['MANAGE'])).toBe(true);
  expect(sameGrant(['DEVELOP', 'VIEW_COST'], ['VIEW_COST', 'DEVELOP'])).toBe(true);
  // Not applied: the user still holds MANAGE after an exact DEVELOP, or lacks a task sent.
  expect(sameGrant(['MANAGE'], ['DEVELOP'])).toBe(false);
  expect(sameGrant(['DEVELOP'], ['DEVELOP', 'VIEW_COST'])).toBe(false);
  expect(sameGrant(['DEVELOP'], ['MANAGE'])).toBe(false);
});
