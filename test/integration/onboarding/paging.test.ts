/**
 * A business with more client WABAs than one page (the app asks for 100 per
 * page): the WABAs on page 2 keep their sharing, so MANAGE is still refused
 * on a restricted multi-partner WABA found there.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { IDS, startHarness } from './support';

const DEFAULT_SCENARIO = fileURLToPath(new URL('../../../main/practice/scenarios/default.json', import.meta.url));
const EXTRA_CLIENT_WABAS = 105;
const CLIENT_OWNER = '609873456789012';

/** The default scenario with 105 full-access client WABAs listed before the restricted one. */
function crowdedScenario(): object {
  const scenario = JSON.parse(readFileSync(DEFAULT_SCENARIO, 'utf8')) as { wabas: Record<string, unknown>[] };
  const extra = Array.from({ length: EXTRA_CLIENT_WABAS }, (_, i) => ({
    id: String(300000000000000 + i),
    name: `Client account ${i + 1}`,
    ownerBusinessId: CLIENT_OWNER,
    messageTemplateNamespace: `ns_${i}`,
    sharedWith: [{ businessId: IDS.business, multiPartner: false, messaging: true }],
  }));
  const restricted = scenario.wabas.filter((w) => w.id === IDS.clientWaba);
  expect(restricted).toHaveLength(1);
  return { ...scenario, wabas: [...scenario.wabas.filter((w) => w.id !== IDS.clientWaba), ...extra, ...restricted] };
}

test('MANAGE stays blocked on a restricted multi-partner WABA listed on page 2', async () => {
  const h = await startHarness({ server: { scenario: crowdedScenario() } });
  try {
    await h.call('token.connect', { token: h.server.token('admin-never') });
    const request = { wabaId: IDS.clientWaba, businessId: IDS.business, userId: IDS.employee, tasks: ['MANAGE' as const] };
    const plan = await h.call('access.plan', request);
    expect(plan).toMatchObject({ canApply: false, sharing: { multiPartner: true, messagingGranted: false } });
    expect(plan.problems.map((p) => p.code)).toEqual(['manage-needs-full-access']);
    const reply = await h.core.invoke('access.apply', request);
    expect(reply).toMatchObject({ ok: false, error: { kind: 'bad-input', fields: ['tasks'] } });
    expect(h.server.appliedPosts).toBe(0);

    const wabas = await h.call('account.wabas', { businessId: IDS.business });
    expect(wabas).toHaveLength(EXTRA_CLIENT_WABAS + 2);
    expect(wabas.find((w) => w.id === IDS.clientWaba)?.sharing).toMatchObject({ multiPartner: true, messagingGranted: false });
    expect(wabas.filter((w) => w.sharing.messagingGranted)).toHaveLength(EXTRA_CLIENT_WABAS + 1);
  } finally {
    await h.dispose();
  }
});
