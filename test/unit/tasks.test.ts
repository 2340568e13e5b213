import { expect, test } from '@playwright/test';
import { manageAllowed, presetsFor, GRANULAR_TASKS } from '../../shared/tasks';

test('MANAGE is offered only with full access on a multi-partner WABA', () => {
  expect(manageAllowed({ multiPartner: false, messagingGranted: false })).toBe(true);
  expect(manageAllowed({ multiPartner: true, messagingGranted: true })).toBe(true);
  expect(manageAllowed({ multiPartner: true, messagingGranted: false })).toBe(false);
  const ids = presetsFor({ multiPartner: true, messagingGranted: false }).map((p) => p.id);
  expect(ids).not.toContain('full');
  expect(ids).toContain('granular');
  expect(GRANULAR_TASKS).not.toContain('MANAGE');
});
