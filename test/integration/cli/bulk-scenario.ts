/**
 * A practice world for bulk runs: the default scenario (Lucky Shrub, its own
 * WABA, the restricted multi-partner WABA) plus client WABAs shared with
 * Lucky Shrub with full access, and more employee system users. Shared by
 * the bulk CLI test and the bulk benchmark.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const BIZ = '506914307656634';
export const OWN_WABA = '102290129340398';
export const RESTRICTED_WABA = '104996122399160';
/** Starts with DEVELOP on the restricted WABA. */
export const BSP_USER = '1972555232742222';

interface Scenario {
  wabas: object[];
  systemUsers: object[];
  businesses: object[];
  [key: string]: unknown;
}

/** The id of the i-th added client WABA (0-based). */
export const clientWaba = (i: number): string => String(3_100_000_000_000 + i);
/** The id of the i-th added employee system user (0-based). */
export const extraUser = (i: number): string => String(1_972_555_232_900_000 + i);

/** The shipped default scenario: next to this file's repo, or (bundled for a benchmark) under the working directory. */
function defaultScenario(): Scenario {
  const here = new URL('../../../main/practice/scenarios/default.json', import.meta.url).pathname;
  const path = existsSync(here) ? here : join(process.cwd(), 'main/practice/scenarios/default.json');
  return JSON.parse(readFileSync(path, 'utf8')) as Scenario;
}

export function bulkScenario(clientWabas: number, extraUsers: number): Scenario {
  const base = defaultScenario();
  const owner = { id: '609873456789099', name: 'Client Florist', verificationStatus: 'verified', timezoneId: 1 };
  const wabas = Array.from({ length: clientWabas }, (_, i) => ({
    id: clientWaba(i),
    name: `Client Account ${i + 1}`,
    ownerBusinessId: owner.id,
    ownershipType: 'CLIENT_OWNED',
    messageTemplateNamespace: `client_ns_${i}`,
    sharedWith: [{ businessId: BIZ, multiPartner: false, messaging: true }],
  }));
  const users = Array.from({ length: extraUsers }, (_, i) => ({ id: extraUser(i), name: `Integration ${i + 1}`, role: 'EMPLOYEE', businessId: BIZ }));
  return {
    ...base,
    businesses: [...base.businesses, owner],
    wabas: [...base.wabas, ...wabas],
    systemUsers: [...base.systemUsers, ...users],
  };
}
