/**
 * The hand-off through the IPC channels the wizard uses, in practice mode:
 * the provider token picked by label (it stays in main), the tasks verified in
 * this session in the kit, the kit saved as JSON and printable HTML (never the
 * token), the .ics reminder for a 60-day token, a loaded profile naming the
 * provider, and no token in any log line or file.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { translate } from '../../../shared/i18n';
import { allFiles } from '../cli/support';
import { IDS, startHarness } from './support';

const SAMPLE = readFileSync(new URL('../../../build/provider-profile.sample.json', import.meta.url), 'utf8');

test('practice hand-off: fit kit with the session tasks, saved as JSON and HTML, reminder only for an expiring token', async () => {
  const h = await startHarness();
  try {
    await h.call('app.setMode', { mode: 'practice' });
    await h.call('token.usePractice', { label: 'admin-never' });
    const loaded = await h.call('profile.load', { text: SAMPLE });
    expect(loaded.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await h.call('profile.current', {})).toEqual(loaded);
    const target = { wabaId: IDS.ownedWaba, businessId: IDS.business, userId: IDS.employee };
    await h.call('access.apply', { ...target, tasks: ['MESSAGING', 'VIEW_COST'] });
    expect((await h.call('access.verify', { ...target, tasks: ['MESSAGING', 'VIEW_COST'] })).verified).toBe(true);
    const receipt = await h.call('receipt.get', target);
    expect(receipt.provider).toEqual({ name: 'Lucky Shrub Messaging', profileSha256: loaded.sha256 });

    const report = await h.call('handoff.check', { ...target, practiceLabel: 'employee' });
    expect(report.verdict).toBe('fit');
    expect(report.kit).toMatchObject({ mode: 'practice', tasksVerified: ['MESSAGING', 'VIEW_COST'], provider: { name: 'Lucky Shrub Messaging' }, phoneNumbers: [{ id: IDS.phone }] });
    expect(report.reminderDate).toBeNull();
    const json = await h.call('handoff.saveKit', { format: 'json' });
    const html = await h.call('handoff.saveKit', { format: 'html' });
    expect(JSON.parse(readFileSync(json.path, 'utf8'))).toEqual(report.kit);
    const page = readFileSync(html.path, 'utf8');
    expect(page).toContain(IDS.phone);
    expect(page).not.toContain('<script');
    // No language chosen yet: the page speaks the profile's default language (es).
    expect(page).toContain('<html lang="es"');
    expect(page).toContain(translate('es', 'kit.howToPass'));
    const never = await h.core.invoke('reminder.save', { token: 'provider' });
    expect(!never.ok && never.error.kind).toBe('bad-input');

    const sixty = await h.call('handoff.check', { wabaId: IDS.ownedWaba, practiceLabel: 'admin-60-day' });
    expect(sixty.verdict).toBe('fit');
    expect(sixty.checks.map((c) => c.code)).toEqual(expect.arrayContaining(['admin-system-user', 'token-expires-60-day']));
    const ics = readFileSync((await h.call('reminder.save', { token: 'provider' })).path, 'utf8');
    expect(ics).toContain('BEGIN:VEVENT');
    expect(ics).toContain('Lucky Shrub Messaging');
    expect(ics).toContain(`SUMMARY:${translate('es', 'reminder.summaryProvider', { provider: 'Lucky Shrub Messaging' })}`);

    const person = await h.call('handoff.check', { wabaId: IDS.ownedWaba, practiceLabel: 'user-24-hour' });
    expect(person.verdict).toBe('token-unfit');
    // A live-mode token field is refused in practice only by label; a label in live mode is refused.
    await h.call('app.setMode', { mode: 'live' });
    const label = await h.core.invoke('handoff.check', { wabaId: IDS.ownedWaba, practiceLabel: 'employee' });
    expect(!label.ok && label.error.fields).toEqual(['practiceLabel']);

    for (const token of ['employee', 'admin-60-day', 'user-24-hour', 'admin-never'].map((l) => h.server.token(l))) {
      expect(h.logLines.join('\n')).not.toContain(token);
      for (const file of allFiles(h.dataDir)) expect(readFileSync(file, 'utf8').includes(token), file).toBe(false);
    }
  } finally {
    await h.dispose();
  }
});

test('a refused profile names the field and keeps the previous one', async () => {
  const h = await startHarness();
  try {
    const first = await h.call('profile.load', { text: SAMPLE });
    const bad = await h.core.invoke('profile.load', { text: SAMPLE.replace('"634974688087057"', '"63497x"') });
    expect(!bad.ok && bad.error.fields).toEqual(['profile.appIds.0']);
    expect(await h.call('profile.current', {})).toEqual(first);
    expect(await h.call('profile.clear', {})).toBeNull();
    expect(await h.call('profile.current', {})).toBeNull();
  } finally {
    await h.dispose();
  }
});
