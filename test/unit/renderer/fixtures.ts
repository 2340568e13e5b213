/** Domain values for the renderer's state tests. */
import type { Business } from '../../../shared/domain';
import { asBusinessId, asSystemUserId, asWabaId } from '../../../shared/ids';
import type { AccessPlan, ApplyOutcome, DiscoveredWaba, SystemUserAccess, TokenDiagnosis, VerifyReport } from '../../../shared/onboarding';
import type { ModeInfo } from '../../../shared/ipc/contract';
import type { WabaTask } from '../../../shared/tasks';

export const bizA: Business = { id: asBusinessId('111111111111111'), name: 'Jasper Market' };
export const bizB: Business = { id: asBusinessId('222222222222222'), name: 'Jasper Holding' };

const waba = (id: string, name: string, multiPartner: boolean, messagingGranted: boolean): DiscoveredWaba => ({
  id: asWabaId(id),
  name,
  phoneNumbers: [],
  sharing: { multiPartner, messagingGranted },
});
export const wabaPlain = waba('333333333333333', 'Main line', false, false);
export const wabaRestricted = waba('444444444444444', 'Partner line', true, false);
export const wabasOfB = [waba('555555555555555', 'Holding line', false, false)];

export const employee: SystemUserAccess = { id: asSystemUserId('666666666666666'), name: 'BSP Integration', role: 'EMPLOYEE', currentTasks: null };
export const admin: SystemUserAccess = { id: asSystemUserId('777777777777777'), name: 'Admin Bot', role: 'ADMIN', currentTasks: ['MANAGE'] };

export const practiceMode: ModeInfo = { mode: 'practice', practiceTokens: [{ label: 'admin', note: 'works' }] };

export const diagnosis = (usable: boolean): TokenDiagnosis => ({
  usable,
  fingerprint: null,
  identity: null,
  businesses: [],
  layers: [
    { layer: 'token', verdict: usable ? 'ok' : 'problem', findings: [{ code: usable ? 'token-valid' : 'token-invalid', severity: usable ? 'ok' : 'problem' }] },
    { layer: 'identity', verdict: 'ok', findings: [] },
    { layer: 'reach', verdict: 'ok', findings: [] },
  ],
});

export const planFor = (tasks: readonly WabaTask[], canApply = true, target: DiscoveredWaba = wabaPlain): AccessPlan => ({
  wabaId: target.id,
  businessId: bizA.id,
  userId: employee.id,
  tasks,
  current: [],
  diff: { add: [...tasks], remove: [], keep: [] },
  sharing: target.sharing,
  problems: canApply ? [] : [{ code: 'manage-needs-full-access', severity: 'problem' }],
  canApply,
});

export const applied: ApplyOutcome = { changeId: 'c1', reconciled: false, appliedAt: '2026-01-01T00:00:00Z', fbtraceIds: ['T1'] };

export const reportFor = (tasks: readonly WabaTask[]): VerifyReport => ({
  wabaId: wabaPlain.id,
  businessId: bizA.id,
  userId: employee.id,
  tasks: tasks.map((task) => ({ task, state: 'granted' as const })),
  verified: true,
  checkedAt: '2026-01-01T00:00:01Z',
  fbtraceIds: ['T2'],
});
