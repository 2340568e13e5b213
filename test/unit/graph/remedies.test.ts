/** The remedy table (shared/remedies.ts): documented codes map to their own remedy; anything else falls back to the kind. */
import { expect, test } from '@playwright/test';
import { LANGUAGES, resources } from '../../../shared/i18n';
import { REMEDY_IDS, remedyFor, remedyKey, remedyText } from '../../../shared/remedies';

test('documented codes and subcodes map to their own remedy', () => {
  const cases: [Parameters<typeof remedyFor>[0], string | null][] = [
    [{ code: 190, subcode: 463 }, 'token-expired'],
    [{ code: 190, subcode: 460 }, 'token-password-changed'],
    [{ code: 190, subcode: 467 }, 'token-invalid'],
    [{ code: 190 }, 'token-invalid'],
    [{ code: 190, subcode: 459 }, 'token-account-blocked'],
    [{ code: 102 }, 'token-invalid'],
    [{ code: 2500, message: 'An active access token must be used to query information about the current user.' }, 'no-active-token'],
    [{ code: 2500, message: 'Unknown path components: /v2.80/me' }, 'unknown-path'],
    [{ code: 100, subcode: 33 }, 'object-not-visible'],
    [{ code: 100, message: '(#100) Tried accessing nonexisting field (system_users) on node type (WhatsAppBusinessAccount)' }, 'wrong-id-kind'],
    [{ code: 100, message: 'Invalid parameter' }, null],
    [{ code: 100, message: 'API calls from the server require an appsecret_proof argument' }, null],
    [{ code: 200, message: '(#200) Requires business_management permission to manage the object' }, 'missing-scope'],
    [{ code: 200, subcode: 1349174 }, 'not-admin'],
    [{ code: 200, message: '(#200) The task MANAGE needs full access on the Multi-Partner Solution, including MESSAGING.' }, 'multi-partner'],
    [{ code: 200, userMessage: 'shared through a Multi-Partner Solution' }, 'multi-partner'],
    [{ code: 200 }, 'no-asset-access'],
    [{ code: 10 }, 'app-permission'],
    [{ code: 3 }, 'capability'],
    [{ code: 4 }, 'rate-app'],
    [{ code: 17 }, 'rate-user'],
    [{ code: 32 }, 'rate-user'],
    [{ code: 613 }, 'rate-custom'],
    [{ code: 80008 }, 'rate-waba'],
    [{ code: 368 }, 'policy-block'],
    [{ code: 2 }, null],
    [{ code: 131000 }, null],
    [undefined, null],
    [{ httpStatus: 500 }, null],
  ];
  for (const [graph, id] of cases) expect(remedyFor(graph)?.id ?? null, JSON.stringify(graph)).toBe(id);
  expect(remedyFor({ code: 200, message: '(#200) Requires business_management permission to manage the object' })?.params).toEqual({ scope: 'business_management' });
});

test('every remedy has a text in every language, with its placeholder filled', () => {
  for (const { code } of LANGUAGES) {
    for (const id of REMEDY_IDS) expect((resources[code] as Record<string, string>)[remedyKey(id)], `${code} ${id}`).toBeTruthy();
    const text = remedyText(code, { graph: { code: 200, message: '(#200) Requires business_management permission to manage the object' } });
    expect(text, code).toContain('business_management');
    expect(text, code).not.toContain('{{');
  }
});
