#!/usr/bin/env node
/**
 * Decides, from the signing secrets present in the environment, whether the
 * installers of this OS are signed (and, on macOS, notarized), and says so:
 * in CI it appends electron-builder's variables to $GITHUB_ENV and prints a
 * `::notice::` for every step it skips (README "Release"). Secrets are never
 * printed; only their presence is read.
 *
 *   node build/release/signing.mjs <linux|win|mac>
 */
import { appendFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const present = (env, name) => typeof env[name] === 'string' && env[name].trim() !== '';

/** The plan for one OS: what is signed, the variables electron-builder needs, and the notices. */
export function signingPlan(os, env) {
  const notices = [];
  const set = {};
  if (os === 'win') {
    const sign = present(env, 'WIN_CSC_LINK');
    if (!sign) notices.push('Windows installer NOT signed: the secret WIN_CSC_LINK (and WIN_CSC_KEY_PASSWORD) is not configured.');
    return { os, sign, notarize: false, set, notices };
  }
  if (os === 'mac') {
    const sign = present(env, 'CSC_LINK');
    const notarize = sign && ['APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID'].every((name) => present(env, name));
    if (!sign) {
      // Without this electron-builder would pick any identity the runner's keychain happens to hold.
      set.CSC_IDENTITY_AUTO_DISCOVERY = 'false';
      notices.push('macOS DMG NOT signed: the secret MAC_CSC_LINK (and MAC_CSC_KEY_PASSWORD) is not configured.');
    }
    if (!notarize) notices.push('macOS DMG NOT notarized: it needs signing plus APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD and APPLE_TEAM_ID.');
    return { os, sign, notarize, set, notices };
  }
  if (os === 'linux') {
    notices.push('Linux AppImage and .deb are not signed (no signing for these formats); their SHA-256 checksums are published.');
    return { os, sign: false, notarize: false, set, notices };
  }
  throw new Error(`unknown OS "${os}": use linux, win or mac`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const plan = signingPlan(process.argv[2], process.env);
  for (const notice of plan.notices) console.log(`::notice title=Signing::${notice}`);
  const lines = Object.entries(plan.set).map(([name, value]) => `${name}=${value}\n`);
  if (process.env.GITHUB_ENV && lines.length > 0) appendFileSync(process.env.GITHUB_ENV, lines.join(''));
  console.log(`signing: ${plan.os} sign=${plan.sign} notarize=${plan.notarize}`);
}
