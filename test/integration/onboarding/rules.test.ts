/**
 * The pure rules under the use cases: token normalisation, the plan, the
 * multi-partner sharing rule, the task comparison and the diagnosis.
 */
import assert from 'node:assert/strict';
import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import type { TokenInfo } from '../../../shared/domain';
import { asBusinessId, asSystemUserId, asWabaId } from '../../../shared/ids';
import { foldManage, GRANULAR_TASKS, MANAGE_UNPACKED, readTaskNames, WABA_TASKS } from '../../../shared/tasks';
import { diagnose, type DiagnosisInput } from '../../../main/core/onboarding/diagnose';
import { normalizeToken } from '../../../main/core/onboarding/normalize-token';
import { planAccess, type PlanFacts } from '../../../main/core/onboarding/plan';
import { sharingOf } from '../../../main/core/onboarding/sharing';
import { compareTasks } from '../../../main/core/onboarding/verify';

const TOKEN = 'EAAJBxZCpsLkBOHWANcmDb0sxDXmKeHV7HJPxSLI|pe.q_3-ul5';

test('pasted tokens lose Bearer, quotes, spaces and line breaks', () => {
  for (const pasted of [
    TOKEN,
    `  ${TOKEN}\n`,
    `Bearer ${TOKEN}`,
    `bearer   ${TOKEN}`,
    `"${TOKEN}"`,
    `'Bearer ${TOKEN}'`,
    `Bearer "${TOKEN}"`,
    `Authorization: Bearer ${TOKEN}`,
    `access_token=${TOKEN}`,
    `\u201c${TOKEN}\u201d`,
    `${TOKEN.slice(0, 20)}\n${TOKEN.slice(20, 35)}\r\n ${TOKEN.slice(35)}`,
    `\`${TOKEN}\``,
  ]) {
    expect(normalizeToken(pasted), JSON.stringify(pasted)).toEqual({ ok: true, value: TOKEN });
  }
});

test('what is still not a token is refused in plain words, without echoing it', () => {
  for (const pasted of ['', '   ', 'short', `${TOKEN}<script>`, `${TOKEN}/../x`, `${TOKEN}é`, 'x'.repeat(2049), `${TOKEN}?a=b`]) {
    const result = normalizeToken(pasted);
    expect(result.ok, JSON.stringify(pasted)).toBe(false);
    if (result.ok) continue;
    expect(result.error).toMatchObject({ kind: 'bad-input', fields: ['token'] });
    expect(result.error.message).not.toContain(TOKEN);
    expect(result.error.message.length).toBeGreaterThan(20);
  }
});

const tokenArb = fc.stringMatching(/^[A-Za-z0-9_\-.|]{20,300}$/);
/** A token with paste noise: a prefix, quotes, and whitespace/line breaks spliced in. */
const noisy = fc
  .tuple(tokenArb, fc.constantFrom('', 'Bearer ', 'bearer  ', 'Authorization: Bearer '), fc.constantFrom(['', ''], ['"', '"'], ["'", "'"], ['\u201c', '\u201d']), fc.array(fc.tuple(fc.nat(), fc.constantFrom(' ', '\n', '\r\n', '\t')), { maxLength: 4 }))
  .map(([token, prefix, [open, close], breaks]) => {
    let body = token;
    for (const [at, ws] of breaks) body = `${body.slice(0, at % body.length)}${ws}${body.slice(at % body.length)}`;
    return { token, pasted: ` ${open}${prefix}${body}${close}\n` };
  });

test('any token survives any paste noise unchanged', () => {
  fc.assert(
    fc.property(noisy, ({ token, pasted }) => {
      assert.deepEqual(normalizeToken(pasted), { ok: true, value: token });
    }),
    { numRuns: 2000 },
  );
});

test('normalisation is idempotent and never returns a character outside the token alphabet', () => {
  fc.assert(
    fc.property(fc.oneof(fc.string({ maxLength: 300 }), noisy.map((n) => n.pasted)), (pasted) => {
      const once = normalizeToken(pasted);
      if (!once.ok) return;
      assert.match(once.value, /^[A-Za-z0-9_\-.|]{20,2048}$/);
      assert.deepEqual(normalizeToken(once.value), once);
    }),
    { numRuns: 2000 },
  );
});

const request = (tasks: readonly string[], exact = false) => ({
  wabaId: asWabaId('102290129340398'),
  businessId: asBusinessId('506914307656634'),
  userId: asSystemUserId('1972555232742222'),
  tasks,
  ...(exact ? { exact } : {}),
});
const FULL: PlanFacts = { sharing: { multiPartner: false, messagingGranted: true }, current: null, targetRole: 'EMPLOYEE', userInBusiness: true };
const MPS: PlanFacts = { ...FULL, sharing: { multiPartner: true, messagingGranted: false } };
const codes = (facts: PlanFacts, tasks: readonly string[]) => planAccess(request(tasks), facts).problems.map((p) => `${p.code}:${p.severity}`);

test('the plan applies the catalogue and the multi-partner rules', () => {
  expect(codes(FULL, ['MANAGE'])).toEqual([]);
  expect(codes(MPS, ['MANAGE'])).toEqual(['manage-needs-full-access:problem']);
  expect(codes({ ...MPS, sharing: { multiPartner: true, messagingGranted: true } }, ['MANAGE'])).toEqual([]);
  expect(codes(MPS, ['DEVELOP'])).toEqual(['manage-billing-for-credit-line:ok']);
  expect(codes(MPS, ['DEVELOP', 'MANAGE_BILLING'])).toEqual([]);
  expect(codes(FULL, [])).toEqual(['no-tasks:problem']);
  expect(codes(FULL, ['DEVELOP', 'FLY'])).toEqual(['unknown-task:problem']);
  expect(codes({ ...FULL, targetRole: 'ADMIN' }, ['DEVELOP'])).toEqual(['target-is-admin:warning']);
  expect(codes({ ...FULL, userInBusiness: false }, ['DEVELOP'])).toEqual(['user-not-in-business:problem']);
  expect(codes({ ...FULL, current: ['VIEW_COST', 'DEVELOP'] }, ['DEVELOP', 'VIEW_COST'])).toEqual(['no-change:ok']);
  expect(planAccess(request(['MANAGE']), MPS).canApply).toBe(false);
  expect(planAccess(request(['DEVELOP']), { ...FULL, targetRole: 'ADMIN' }).canApply).toBe(true);
});

test('with --exact the diff is exact: add + keep = requested, remove + keep = current (MANAGE unpacked folded back)', () => {
  const task = fc.constantFrom(...WABA_TASKS);
  fc.assert(
    fc.property(fc.array(task, { maxLength: 8 }), fc.option(fc.array(task, { maxLength: 13 }), { nil: null }), (tasks, current) => {
      const plan = planAccess(request(tasks, true), { ...FULL, current });
      const wanted = new Set<string>(tasks);
      const had = new Set<string>(current === null ? [] : foldManage(current));
      assert.deepEqual(new Set([...plan.diff.add, ...plan.diff.keep]), wanted);
      assert.deepEqual(new Set([...plan.diff.remove, ...plan.diff.keep]), had);
      assert.ok(plan.diff.add.every((t) => !had.has(t)));
      assert.ok(plan.diff.remove.every((t) => !wanted.has(t)));
      assert.equal(plan.canApply, !plan.problems.some((p) => p.severity === 'problem'));
    }),
    { numRuns: 1000 },
  );
});

test('additive by default: nothing is taken away, the plan sends what the user has plus what was asked', () => {
  const task = fc.constantFrom(...WABA_TASKS.filter((t) => t !== 'MANAGE'));
  fc.assert(
    fc.property(fc.array(task, { minLength: 1, maxLength: 8 }), fc.option(fc.array(task, { maxLength: 8 }), { nil: null }), (tasks, current) => {
      const plan = planAccess(request(tasks), { ...FULL, current });
      assert.deepEqual(plan.diff.remove, []);
      assert.deepEqual(new Set(plan.tasks), new Set([...(current ?? []), ...tasks]));
      assert.equal(plan.problems.some((p) => p.code === 'no-change'), current !== null && tasks.every((t) => current.includes(t)));
    }),
    { numRuns: 500 },
  );
  // The case: VIEW_INSIGHTS for a user with DEVELOP|MANAGE_TEMPLATES keeps both.
  const plan = planAccess(request(['VIEW_INSIGHTS']), { ...FULL, current: ['DEVELOP', 'MANAGE_TEMPLATES'] });
  expect(plan).toMatchObject({ tasks: ['DEVELOP', 'MANAGE_TEMPLATES', 'VIEW_INSIGHTS'], diff: { add: ['VIEW_INSIGHTS'], remove: [] } });
  // A read-back with MANAGE unpacked is MANAGE before the union.
  const unpacked = planAccess(request(['DEVELOP']), { ...FULL, current: [...MANAGE_UNPACKED] });
  expect(unpacked.current).toEqual(['MANAGE']);
  expect(unpacked.tasks).toEqual(['MANAGE', 'DEVELOP']);
});

test('sharing rules refuse what Meta will refuse, naming the allowed set and the least-privilege alternative', () => {
  const problem = (facts: PlanFacts, tasks: readonly string[]) => planAccess(request(tasks), facts).problems.filter((p) => p.severity === 'problem');
  const messaging = problem(MPS, ['MESSAGING', 'DEVELOP']);
  expect(messaging).toEqual([
    { code: 'messaging-not-shared', severity: 'problem', params: { task: 'MESSAGING', allowed: GRANULAR_TASKS.join(', '), alternative: 'DEVELOP' } },
  ]);
  expect(problem(MPS, ['MANAGE'])[0]?.params).toMatchObject({ alternative: 'DEVELOP, MANAGE_TEMPLATES, VIEW_PHONE_ASSETS, VIEW_INSIGHTS' });
  const listed = { ...FULL, sharing: { multiPartner: true, messagingGranted: false, permittedTasks: ['DEVELOP', 'VIEW_TEMPLATES'] } };
  expect(problem(listed, ['MANAGE_TEMPLATES', 'DEVELOP'])).toEqual([
    { code: 'task-not-permitted', severity: 'problem', params: { task: 'MANAGE_TEMPLATES', allowed: 'DEVELOP, VIEW_TEMPLATES', alternative: 'DEVELOP' } },
  ]);
  // A permitted_tasks list holding MANAGE permits every task.
  expect(problem({ ...FULL, sharing: { multiPartner: false, messagingGranted: true, permittedTasks: ['MANAGE'] } }, ['MESSAGING', 'VIEW_COST'])).toEqual([]);
  expect(problem({ ...FULL, tokenRole: 'EMPLOYEE' }, ['DEVELOP'])).toEqual([{ code: 'token-not-admin', severity: 'problem', params: { role: 'EMPLOYEE' } }]);
  expect(problem({ ...FULL, tokenRole: 'ADMIN' }, ['DEVELOP'])).toEqual([]);
});

test('task names: FULL_CONTROL is MANAGE, a typo gets the closest task', () => {
  expect(readTaskNames(['full_control', 'DEVELOP'])).toEqual({ tasks: ['MANAGE', 'DEVELOP'], aliases: [{ typed: 'FULL_CONTROL', sent: 'MANAGE' }], unknown: [] });
  expect(readTaskNames(['DEVLOP', 'MANAGE_TEMPLATE', 'XYZZY'])).toEqual({
    tasks: [],
    aliases: [],
    unknown: [
      { typed: 'DEVLOP', suggestion: 'DEVELOP' },
      { typed: 'MANAGE_TEMPLATE', suggestion: 'MANAGE_TEMPLATES' },
      { typed: 'XYZZY', suggestion: null },
    ],
  });
});

test('one sharing rule: owned is full; client follows permitted_tasks; unknown does not block', () => {
  const businessId = '506914307656634';
  expect(sharingOf({ businessId, relation: 'owned', sharedWithPartners: true })).toEqual({ multiPartner: false, messagingGranted: true });
  expect(sharingOf({ businessId, ownerBusinessId: businessId })).toEqual({ multiPartner: false, messagingGranted: true });
  expect(sharingOf({ businessId, relation: 'client', permittedTasks: ['DEVELOP', 'MANAGE_TEMPLATES'] })).toEqual({
    multiPartner: true,
    messagingGranted: false,
    permittedTasks: ['DEVELOP', 'MANAGE_TEMPLATES'],
  });
  expect(sharingOf({ businessId, relation: 'client', permittedTasks: ['MANAGE', 'MESSAGING'], sharedWithPartners: true })).toEqual({
    multiPartner: true,
    messagingGranted: true,
    permittedTasks: ['MANAGE', 'MESSAGING'],
  });
  expect(sharingOf({ businessId, relation: 'client', permittedTasks: ['MANAGE', 'DEVELOP'] })).toEqual({
    multiPartner: false,
    messagingGranted: true,
    permittedTasks: ['MANAGE', 'DEVELOP'],
  });
  expect(sharingOf({ businessId, relation: 'client' })).toEqual({ multiPartner: false, messagingGranted: true });
});

test('verification compares task by task: granted, missing, extra', () => {
  expect(compareTasks(['DEVELOP', 'VIEW_COST'], ['DEVELOP', 'MANAGE_TEMPLATES'])).toEqual([
    { task: 'DEVELOP', state: 'granted' },
    { task: 'VIEW_COST', state: 'missing' },
    { task: 'MANAGE_TEMPLATES', state: 'extra' },
  ]);
  expect(compareTasks(['DEVELOP'], null)).toEqual([{ task: 'DEVELOP', state: 'missing' }]);
});

const NOW = new Date('2026-11-01T00:00:00Z');
const nowS = NOW.getTime() / 1000;
const info = (over: Partial<TokenInfo>): TokenInfo => ({
  isValid: true,
  type: 'SYSTEM_USER',
  appId: null,
  application: null,
  expiresAt: 0,
  dataAccessExpiresAt: 0,
  issuedAt: 0,
  scopes: ['business_management', 'whatsapp_business_management', 'whatsapp_business_messaging'],
  granularScopes: [],
  userId: null,
  ...over,
});
const input = (over: Partial<DiagnosisInput>): DiagnosisInput => ({
  now: NOW,
  last4: 'abcd',
  info: info({}),
  me: { id: asSystemUserId('1'), name: 'Bot' },
  role: 'ADMIN',
  businesses: [{ id: asBusinessId('2'), name: 'B' }],
  wabaCount: 1,
  businessEdgesBlocked: false,
  businessEdgesWorked: true,
  ...over,
});
const findings = (over: Partial<DiagnosisInput>) => diagnose(input(over)).layers.flatMap((l) => l.findings.map((f) => `${f.code}:${f.severity}`));

test('the diagnosis recognises the classic token mistakes', () => {
  expect(diagnose(input({})).usable).toBe(true);
  expect(findings({ info: info({ expiresAt: nowS + 20 * 3600 }) })).toContain('token-expires-24-hour:warning');
  expect(findings({ info: info({ expiresAt: nowS + 55 * 86400 }) })).toContain('token-expires-60-day:warning');
  expect(findings({ info: info({ expiresAt: nowS + 600 }) })).toContain('token-expires-soon:warning');
  expect(findings({ info: info({ expiresAt: nowS - 10 }) })).toContain('token-expired:problem');
  expect(findings({ info: null, refusedSubcode: 463 })).toContain('token-expired:problem');
  expect(findings({ info: info({ isValid: false }) })).toContain('token-invalid:problem');
  // A person's token: named a person, never asked about as a system user whose role could not be read.
  expect(findings({ info: info({ type: 'USER' }), role: null })).toEqual(expect.arrayContaining(['token-not-system-user:problem', 'identity-person:warning']));
  expect(findings({ info: info({ type: 'USER' }), role: null })).not.toContain('identity-role-unknown:warning');
  expect(findings({ role: null })).toContain('identity-role-unknown:warning');
  expect(findings({ me: null, role: null })).toContain('identity-unknown:warning');
  // A refused token: the other two layers were not checked, and say so instead of offering fixes that do not apply.
  expect(findings({ info: null, refusedSubcode: 463 })).toEqual(['token-expired:problem', 'check-skipped:warning', 'check-skipped:warning']);
  expect(findings({ role: 'EMPLOYEE' })).toContain('identity-employee:warning');
  expect(diagnose(input({ info: info({ expiresAt: nowS - 10 }) })).usable).toBe(false);
});

test('a missing scope is a problem unless the token demonstrably works (renamed scopes)', () => {
  const noWa = info({ scopes: ['business_management', 'whatsapp_business_messaging'] });
  expect(findings({ info: noWa })).toContain('scope-missing:warning');
  expect(findings({ info: noWa, wabaCount: 0 })).toContain('scope-missing:problem');
  const noBm = info({ scopes: ['whatsapp_business_management', 'whatsapp_business_messaging'] });
  expect(findings({ info: noBm, businesses: [], wabaCount: 0, businessEdgesBlocked: true, businessEdgesWorked: false })).toEqual(
    expect.arrayContaining(['scope-missing:problem', 'reach-business-management-missing:problem']),
  );
  expect(findings({ businesses: [], wabaCount: 0 })).toContain('reach-none:problem');
});
