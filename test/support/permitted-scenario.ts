/**
 * The default scenario with the Partner Shared Account's client list limited
 * (issue 8.11): Client Bakery permits Lucky Shrub only `permitted`, as a
 * client WABA whose `permitted_tasks` omit some tasks. Used by the practice
 * server, core and wizard tests alike.
 */
import { defaultScenario } from '../../main/practice/load-scenario';
import type { Scenario } from '../../main/practice/scenario';

export const PARTNER_WABA = '104996122399160';
export const LUCKY_BUSINESS = '506914307656634';

/** Developer, see templates, see insights: no template management, no phone-number details. */
export const LIMITED_PERMITTED = ['DEVELOP', 'VIEW_TEMPLATES', 'VIEW_INSIGHTS'] as const;

export function permittedScenario(permitted: readonly string[] = LIMITED_PERMITTED): Scenario {
  const s = structuredClone(defaultScenario());
  return {
    ...s,
    wabas: s.wabas.map((w) =>
      w.id === PARTNER_WABA
        ? { ...w, sharedWith: w.sharedWith.map((share) => (share.businessId === LUCKY_BUSINESS ? { ...share, permittedTasks: [...permitted] } : share)) }
        : w,
    ),
  };
}
