/**
 * A single-WABA onboarding (inspect -> discover -> list -> plan -> apply ->
 * verify) makes a fixed, small number of Graph requests, counted in the
 * practice server's log. The README quotes ONBOARDING_REQUESTS.
 */
import { expect, test } from '@playwright/test';
import { ONBOARDING_REQUESTS, ONBOARDING_SEQUENTIAL_ROUND_TRIPS } from '../../../main/core/onboarding/round-trips';
import { IDS, startHarness } from './support';
import { assertCredentialsRule, assertNoLeaks } from '../../support/leak-oracle';

test(`a single-WABA onboarding takes ${ONBOARDING_REQUESTS} Graph requests`, async () => {
  const h = await startHarness();
  try {
    const request = { wabaId: IDS.ownedWaba, businessId: IDS.business, userId: IDS.employee, tasks: ['DEVELOP' as const] };
    const steps: [string, number][] = [];
    const step = async (name: string, run: () => Promise<unknown>): Promise<void> => {
      const before = h.server.log.length;
      await run();
      steps.push([name, h.server.log.length - before]);
    };
    await step('inspect', () => h.call('token.connect', { token: h.server.token('admin-never') }));
    await step('discover', () => h.call('account.wabas', { businessId: IDS.business }));
    await step('list', () => h.call('account.systemUsers', { businessId: IDS.business, wabaId: IDS.ownedWaba }));
    await step('plan', () => h.call('access.plan', request));
    await step('apply', () => h.call('access.apply', request));
    await step('verify', async () => expect((await h.call('access.verify', request)).verified).toBe(true));

    expect(steps).toEqual([
      ['inspect', 3],
      ['discover', 1],
      ['list', 1],
      ['plan', 0],
      ['apply', 1],
      ['verify', 1],
    ]);
    expect(h.server.log).toHaveLength(ONBOARDING_REQUESTS);
    // inspect's debug_token and its first batch go out together; every other request waits for the one before.
    const [first, second] = h.server.log;
    expect(first?.method === 'POST' && second?.method === 'POST').toBe(true);
    expect(ONBOARDING_SEQUENTIAL_ROUND_TRIPS).toBe(ONBOARDING_REQUESTS - 1);
    expect(h.server.log.every((e) => !e.tokenInUrl)).toBe(true);
    assertCredentialsRule(h.server, h.server.scenario.tokens.map((t) => t.value));
    assertNoLeaks(h.server, h.server.scenario.tokens.map((t) => t.value));
    expect(h.server.appliedPosts).toBe(1);
  } finally {
    await h.dispose();
  }
});
