/**
 * MANAGE is full control (graph-api.md §3.1: "Provides admin access"), so a
 * user who holds it holds every task: verify counts a task asked for that
 * Meta does not list on its own as `included`, against the practice server,
 * with MANAGE read back packed and unpacked (the UNCONFIRMED switch). Only an
 * exact change checks each task literally. The receipt's verified tasks say
 * the same, in words.
 */
import { expect, test } from '@playwright/test';
import { translate, type Language } from '../../../shared/i18n';
import { renderReceiptHtml } from '../../../main/core/onboarding/receipt-html';
import { compareTasks } from '../../../main/core/onboarding/verify';
import { IDS, startHarness } from './support';

const html = (receipt: Parameters<typeof renderReceiptHtml>[0], language: Language): string =>
  renderReceiptHtml(receipt, (key, params) => translate(language, key, params), language);
const target = { wabaId: IDS.ownedWaba, businessId: IDS.business, userId: IDS.employee };

test('compareTasks: a task is included in MANAGE (also unpacked), unless the check is exact', () => {
  expect(compareTasks(['DEVELOP'], ['MANAGE'])).toEqual([
    { task: 'DEVELOP', state: 'included' },
    { task: 'MANAGE', state: 'extra' },
  ]);
  expect(compareTasks(['DEVELOP', 'MANAGE'], ['MANAGE'])).toEqual([
    { task: 'DEVELOP', state: 'included' },
    { task: 'MANAGE', state: 'granted' },
  ]);
  expect(compareTasks(['DEVELOP'], ['MANAGE'], { exact: true })).toEqual([
    { task: 'DEVELOP', state: 'missing' },
    { task: 'MANAGE', state: 'extra' },
  ]);
  // Without MANAGE nothing is included.
  expect(compareTasks(['DEVELOP'], ['VIEW_COST'])).toEqual([
    { task: 'DEVELOP', state: 'missing' },
    { task: 'VIEW_COST', state: 'extra' },
  ]);
});

for (const manageReadBack of ['packed', 'unpacked'] as const) {
  test(`a user who holds MANAGE (read back ${manageReadBack}) is verified for DEVELOP, "included in Full control"; an exact check is not`, async () => {
    const h = await startHarness({ server: { behaviours: { manageReadBack } } });
    try {
      await h.call('token.connect', { token: h.server.token('admin-never') });
      await h.call('access.apply', { ...target, tasks: ['MANAGE'] });
      expect(h.server.assignedTasks(IDS.ownedWaba, IDS.employee)).toEqual(['MANAGE']);

      const report = await h.call('access.verify', { ...target, tasks: ['DEVELOP', 'VIEW_COST'] });
      expect(report.verified).toBe(true);
      expect(report.tasks).toEqual([
        { task: 'DEVELOP', state: 'included' },
        { task: 'VIEW_COST', state: 'included' },
        { task: 'MANAGE', state: 'extra' },
      ]);
      // The receipt of this check carries the same states, said in the reader's language.
      const receipt = await h.call('receipt.get', target);
      expect(receipt.verification.tasks).toEqual(report.tasks);
      expect(html(receipt, 'en')).toContain('<li>Developer (DEVELOP): Included in Full control (MANAGE), which this user has</li>');
      expect(html(receipt, 'es')).toContain('<li>Desarrollador (DEVELOP): Incluido en Control total (MANAGE), que este usuario tiene</li>');

      // Exactness asked for: only what Meta lists counts.
      const exact = await h.call('access.verify', { ...target, tasks: ['DEVELOP'], exact: true });
      expect(exact).toMatchObject({ verified: false, tasks: [{ task: 'DEVELOP', state: 'missing' }, { task: 'MANAGE', state: 'extra' }] });
      // A verify only reads.
      expect(h.server.appliedPosts).toBe(1);
    } finally {
      await h.dispose();
    }
  });
}
