/**
 * Child process for vault tests that need their own environment (no D-Bus,
 * a bus without a Secret Service, a locked keyring) or a second process.
 * Bundled by test/support/bundle-child.ts. Prints one JSON line; never the token.
 */
import { createVault, type VaultStatus } from '../../../main/core/vault/vault';

const mode = process.argv[2] ?? 'save-load';
const token = process.env.WABA_CHILD_TOKEN ?? '';
const unavailable: VaultStatus[] = [];
const vault = createVault({
  serviceName: process.env.WABA_CHILD_SERVICE,
  onUnavailable: (status) => unavailable.push(status),
  log: (module, message) => process.stderr.write(`[${module}] ${message}\n`),
});

const report: Record<string, unknown> = { mode };
if (mode === 'save-load' || mode === 'save') {
  report.before = await vault.status();
  const saved = await vault.save(token);
  report.saved = saved.ok ? saved.value : { error: saved.error.kind };
  report.loadedMatches = (await vault.load()) === token;
}
if (mode === 'save-load') {
  const forgot = await vault.forget();
  report.forgot = forgot.ok;
  report.loadedAfterForget = await vault.load();
}
if (mode === 'load') {
  const loaded = await vault.load();
  report.loadedMatches = loaded === token;
  report.loadedNull = loaded === null;
}
if (mode === 'forget') report.forgot = (await vault.forget()).ok;
report.after = await vault.status();
report.unavailable = unavailable;
process.stdout.write(`${JSON.stringify(report)}\n`);
