import { expect, test } from '@playwright/test';
import { identifyItems, readIdentifyAnswers } from '../../../main/core/graph/identify';
import type { BatchItemResult } from '../../../main/core/graph/api';
import { appError } from '../../../shared/errors';
import { err, ok } from '../../../shared/result';

const ID = '102290129340398';
const field = (nodeType: string): BatchItemResult => ({
  status: 400,
  result: err(appError('invalid-request', 'x', { graph: { code: 100, message: `(#100) Tried accessing nonexisting field (f) on node type (${nodeType})` } })),
});
const missing: BatchItemResult = { status: 400, result: err(appError('not-found', 'x', { graph: { code: 100, subcode: 33 } })) };

test('one GET probe per kind, each with a kind-specific field', () => {
  const items = identifyItems(ID);
  expect(items.map((i) => i.relativeUrl)).toEqual([
    `${ID}?fields=id,name,owner_business_info`,
    `${ID}?fields=id,display_phone_number,verified_name`,
    `${ID}?fields=id,name,finance_permission`,
    `${ID}?fields=id,name,verification_status`,
  ]);
  expect(items.every((i) => i.method === 'GET')).toBe(true);
});

test('the probe that succeeds names the kind', () => {
  const waba = readIdentifyAnswers(ID, [{ status: 200, result: ok({ id: ID, name: 'W', owner_business_info: { id: '1' } }) }, field('WhatsAppBusinessAccount'), field('WhatsAppBusinessAccount'), field('WhatsAppBusinessAccount')]);
  expect(waba).toEqual(ok({ id: ID, kind: 'waba', name: 'W' }));
  const phone = readIdentifyAnswers(ID, [field('WhatsAppBusinessPhoneNumber'), { status: 200, result: ok({ id: ID, display_phone_number: '+1 631', verified_name: 'Shop' }) }, field('x'), field('x')]);
  expect(phone).toEqual(ok({ id: ID, kind: 'phone-number', name: 'Shop' }));
});

test('when every probe fails, the node type Meta names decides', () => {
  expect(readIdentifyAnswers(ID, [field('SystemUser'), field('SystemUser'), field('SystemUser'), field('SystemUser')])).toEqual(ok({ id: ID, kind: 'system-user' }));
  expect(readIdentifyAnswers(ID, [field('User'), field('User'), field('User'), field('User')])).toEqual(ok({ id: ID, kind: 'unknown' }));
});

test('ids the token cannot see are not-found; token problems are passed through', () => {
  const nf = readIdentifyAnswers(ID, [missing, missing, missing, missing]);
  expect(!nf.ok && nf.error.kind).toBe('not-found');
  const tokenBad: BatchItemResult = { status: 400, result: err(appError('token-invalid', 't')) };
  const ti = readIdentifyAnswers(ID, [missing, tokenBad, missing, missing]);
  expect(!ti.ok && ti.error.kind).toBe('token-invalid');
});
