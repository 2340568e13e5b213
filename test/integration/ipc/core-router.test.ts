/**
 * The real core behind the router (every handler wired to its use case, a
 * practice server behind the Graph client): arbitrary input into every
 * channel always comes back as a Result, never a throw, and never carries
 * the connected token.
 */
import assert from 'node:assert/strict';
import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { CHANNEL_NAMES } from '../../../shared/ipc/contract';
import { startHarness } from '../onboarding/support';

test('the wired core answers anything on any channel with a Result', async () => {
  const h = await startHarness();
  try {
    const token = h.server.token('admin-never');
    expect((await h.core.invoke('token.connect', { token })).ok).toBe(true);
    let answered = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...CHANNEL_NAMES.filter((c) => c !== 'token.forget' && c !== 'app.setMode')), fc.anything(), async (channel, payload) => {
        const reply = await h.core.route(channel, payload);
        assert.equal(typeof reply.ok, 'boolean');
        if (!reply.ok) assert.equal(typeof reply.error.message, 'string');
        assert.ok(!JSON.stringify(reply).includes(token));
        answered += 1;
      }),
      { numRuns: 300 },
    );
    expect(answered).toBe(300);
    expect(h.logLines.join('\n')).not.toContain(token);
  } finally {
    await h.dispose();
  }
});
