/**
 * The one check of an exact change's read-back for what it took away
 * (shared/taken-away.ts), on verify's comparison rows: a task listed on its
 * own is still there; MANAGE read back unpacked counts as MANAGE (so a
 * granular task it stands for is not "still there" when MANAGE was asked).
 */
import { expect, test } from '@playwright/test';
import { compareTasks } from '../../main/core/onboarding/verify';
import { takenAwayStillThere } from '../../shared/taken-away';
import { MANAGE_UNPACKED } from '../../shared/tasks';

const exact = { exact: true };

test('a task taken away that Meta still lists is still there; one it no longer lists is gone', () => {
  expect(takenAwayStillThere(['VIEW_COST'], compareTasks(['DEVELOP'], ['DEVELOP', 'VIEW_COST'], exact))).toEqual(['VIEW_COST']);
  expect(takenAwayStillThere(['VIEW_COST', 'MANAGE_TEMPLATES'], compareTasks(['DEVELOP'], ['MANAGE_TEMPLATES', 'DEVELOP'], exact))).toEqual(['MANAGE_TEMPLATES']);
  expect(takenAwayStillThere(['VIEW_COST'], compareTasks(['DEVELOP'], ['DEVELOP'], exact))).toEqual([]);
  expect(takenAwayStillThere([], compareTasks(['DEVELOP'], ['DEVELOP', 'VIEW_COST']))).toEqual([]);
  // The user no longer assigned at all: nothing is still there.
  expect(takenAwayStillThere(['VIEW_COST'], compareTasks(['DEVELOP'], null, exact))).toEqual([]);
});

test('MANAGE read back unpacked: taken away yet still held is named as MANAGE; asked for, the granular tasks it stands for are not "still there"', () => {
  expect(takenAwayStillThere(['MANAGE'], compareTasks(['DEVELOP'], [...MANAGE_UNPACKED], exact))).toEqual(['MANAGE']);
  expect(takenAwayStillThere(['DEVELOP'], compareTasks(['MANAGE'], [...MANAGE_UNPACKED], exact))).toEqual([]);
  expect(takenAwayStillThere(['MANAGE'], compareTasks(['DEVELOP'], ['DEVELOP'], exact))).toEqual([]);
});
