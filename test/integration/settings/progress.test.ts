/** The wizard's saved progress (issue 9.8): private, validated, never a token, and a damaged file is no progress. */
import { expect, test } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { openProgressStore } from '../../../main/core/settings/progress-store';
import type { WizardProgress } from '../../../shared/progress';
import { CANARY, filesContaining, modeOf, tempDir } from './helpers';

const progress: WizardProgress = { step: 'access', mode: 'live', businessId: '506914307656634', wabaIds: ['102290129340398'], userId: '1972555232742222', tasks: ['DEVELOP'] };

test('saves and loads the progress in a private file', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const store = openProgressStore(dir);
    expect(await store.load()).toBeNull();
    expect((await store.save(progress)).ok).toBe(true);
    expect(modeOf(store.path)).toBe(0o600);
    expect(await openProgressStore(dir).load()).toEqual(progress);
    await store.clear();
    expect(await store.load()).toBeNull();
  } finally {
    cleanup();
  }
});

test('refuses anything but ids, steps and task names; a token never reaches the disk', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const store = openProgressStore(dir);
    for (const bad of [
      { ...progress, token: CANARY },
      { ...progress, businessId: CANARY },
      { ...progress, tasks: [CANARY] },
      { ...progress, step: 'welcome' },
    ]) {
      const saved = await store.save(bad as never);
      expect(saved.ok).toBe(false);
      if (!saved.ok) expect(saved.error.message).not.toContain(CANARY);
    }
    expect(filesContaining(dir, CANARY)).toEqual([]);
    expect(await store.load()).toBeNull();
  } finally {
    cleanup();
  }
});

test('a damaged or hand-edited file reads as no progress', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const store = openProgressStore(dir);
    for (const text of ['{not json', JSON.stringify({ ...progress, step: 'nowhere' }), JSON.stringify({ ...progress, note: CANARY })]) {
      writeFileSync(store.path, text);
      expect(await store.load()).toBeNull();
    }
  } finally {
    cleanup();
  }
});
