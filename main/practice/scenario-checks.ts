/**
 * Cross-reference checks a schema cannot express: every id a scenario points
 * at exists, ids and token values are unique. Returns plain-words problems.
 */
import type { Scenario } from './scenario';
import { OPENAPI_TASKS } from './tasks-param';

export function scenarioProblems(s: Scenario): string[] {
  const problems: string[] = [];
  const nodeIds = new Map<string, string>();
  const claim = (id: string, where: string): void => {
    const earlier = nodeIds.get(id);
    if (earlier) problems.push(`${where}: id ${id} is already used by ${earlier}`);
    else nodeIds.set(id, where);
  };
  s.businesses.forEach((b, i) => claim(b.id, `businesses[${i}]`));
  s.wabas.forEach((w, i) => claim(w.id, `wabas[${i}]`));
  s.phoneNumbers.forEach((p, i) => claim(p.id, `phoneNumbers[${i}]`));
  s.systemUsers.forEach((u, i) => claim(u.id, `systemUsers[${i}]`));
  s.people.forEach((p, i) => claim(p.id, `people[${i}]`));

  const businessIds = new Set(s.businesses.map((b) => b.id));
  const wabaIds = new Set(s.wabas.map((w) => w.id));
  const subjectIds = new Set([...s.systemUsers.map((u) => u.id), ...s.people.map((p) => p.id)]);
  const needBusiness = (id: string, where: string): void => {
    if (!businessIds.has(id)) problems.push(`${where}: business ${id} is not in "businesses"`);
  };
  s.wabas.forEach((w, i) => {
    needBusiness(w.ownerBusinessId, `wabas[${i}].ownerBusinessId`);
    w.sharedWith.forEach((share, j) => {
      needBusiness(share.businessId, `wabas[${i}].sharedWith[${j}].businessId`);
      share.permittedTasks?.forEach((task, k) => {
        if (!OPENAPI_TASKS.includes(task)) problems.push(`wabas[${i}].sharedWith[${j}].permittedTasks[${k}]: "${task}" is not a WABA task`);
      });
    });
  });
  s.phoneNumbers.forEach((p, i) => {
    if (!wabaIds.has(p.wabaId)) problems.push(`phoneNumbers[${i}].wabaId: WABA ${p.wabaId} is not in "wabas"`);
  });
  s.systemUsers.forEach((u, i) => needBusiness(u.businessId, `systemUsers[${i}].businessId`));
  s.people.forEach((p, i) => p.businesses.forEach((m, j) => needBusiness(m.businessId, `people[${i}].businesses[${j}]`)));
  const systemUserIds = new Set(s.systemUsers.map((u) => u.id));
  s.assignments.forEach((a, i) => {
    if (!wabaIds.has(a.wabaId)) problems.push(`assignments[${i}].wabaId: WABA ${a.wabaId} is not in "wabas"`);
    if (!systemUserIds.has(a.userId)) problems.push(`assignments[${i}].userId: ${a.userId} is not in "systemUsers"`);
  });

  const labels = new Set<string>();
  const values = new Set<string>();
  [...s.tokens, ...s.garbageTokens].forEach((t) => {
    if (labels.has(t.label)) problems.push(`token label "${t.label}" is used twice`);
    labels.add(t.label);
    if (values.has(t.value)) problems.push(`token "${t.label}": the same token value appears twice`);
    values.add(t.value);
  });
  s.tokens.forEach((t, i) => {
    if (!subjectIds.has(t.subjectId)) problems.push(`tokens[${i}].subjectId: ${t.subjectId} is not a system user or person`);
  });
  return problems;
}
