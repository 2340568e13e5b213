/**
 * Which CA files the environment names (issue 10.1), apart from trust.ts so
 * that reading the command line loads no TLS or crypto module (issue 11:
 * `--help` starts as fast as bare Node).
 */
import { delimiter } from 'node:path';

/** A CA file and where it was named, for messages: "--ca-file", "WABA_CA_FILE", "NODE_EXTRA_CA_CERTS", "caFile" (settings). */
export interface CaFileRef {
  readonly path: string;
  readonly source: string;
}

/** The CA files the environment names: WABA_CA_FILE (one path, or several joined by the OS path delimiter) and NODE_EXTRA_CA_CERTS. */
export function caFilesFromEnv(env: Readonly<Record<string, string | undefined>>): CaFileRef[] {
  const refs: CaFileRef[] = [];
  for (const path of (env['WABA_CA_FILE'] ?? '').split(delimiter)) {
    if (path.trim() !== '') refs.push({ path: path.trim(), source: 'WABA_CA_FILE' });
  }
  const extra = env['NODE_EXTRA_CA_CERTS']?.trim();
  if (extra) refs.push({ path: extra, source: 'NODE_EXTRA_CA_CERTS' });
  return refs;
}
