/** The company CA file in Settings (issue 10.1): refused by name when it is not PEM certificates, saved when it is. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tls from 'node:tls';
import { test, expect, unexpectedConsole } from './support/fixtures';

test('Settings: a file that is not a certificate is refused with the field named; a PEM file is saved', async ({ wizard, harness }) => {
  const { page } = wizard;
  const dir = mkdtempSync(join(tmpdir(), 'waba-e2e-ca-'));
  try {
    const junk = join(dir, 'notes.txt');
    writeFileSync(junk, 'not a certificate\n');
    const pem = join(dir, 'company-ca.pem');
    writeFileSync(pem, tls.rootCertificates[0] ?? '');

    await wizard.openSettings();
    const field = page.getByLabel(wizard.t('ui.settings.caFile'), { exact: true });
    await field.fill(junk);
    await wizard.button('ui.settings.save').click();
    await expect(page.getByText(wizard.t('ui.settings.caFileInvalid'), { exact: true })).toBeVisible();
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(harness.core.services.settings.get().caFile).toBeNull();

    await field.fill(pem);
    await wizard.button('ui.settings.save').click();
    await expect(page.getByText(wizard.t('ui.settings.saved'), { exact: true })).toBeVisible();
    expect(harness.core.services.settings.get().caFile).toBe(pem);
    await expect(page.getByLabel(wizard.t('ui.settings.caFile'), { exact: true })).toHaveValue(pem);
    expect(unexpectedConsole(harness)).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
