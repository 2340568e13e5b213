/**
 * What Graph calls trust (security.md N5, X1, X2; issue 10.1): Node's bundled
 * roots + the OS store + the user's corporate CA files, all added together.
 * An explicit CA list replaces Node's defaults, so NODE_EXTRA_CA_CERTS is
 * read here explicitly (in the app the release fuses stop Node from reading
 * it). Certificate checks can never be turned off: NODE_TLS_REJECT_UNAUTHORIZED=0
 * is ignored for Graph, and said so once.
 */
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import tls from 'node:tls';
import type { AppError } from '../../../shared/errors';
import { fileError } from '../../../shared/file-error';
import { saidError } from '../said-error';
import { err, ok, type Result } from '../../../shared/result';

import type { CaFileRef } from './ca-files';

export { caFilesFromEnv, type CaFileRef } from './ca-files';

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----\r?\n([\s\S]*?)\r?\n?-----END \1-----/g;
/** Certificates are small; a file far larger than any CA bundle is not one. */
const MAX_CA_FILE_BYTES = 8 * 1024 * 1024;

/** What can be wrong with a CA file (shared/i18n coreError.caFile.*). */
type CaFileProblem = 'otherBlock' | 'badCertificate' | 'noCertificate' | 'tooLarge';

const notCertificates = (ref: CaFileRef, why: CaFileProblem, params: Readonly<Record<string, string | number>> = {}): AppError =>
  saidError('bad-input', `coreError.caFile.${why}`, { path: ref.path, source: ref.source, ...params }, { fields: [ref.source] });

/** The PEM certificates in `text`; an error when there is none, when one does not parse, or when another kind of block is mixed in. */
export function parsePemCertificates(text: string, ref: CaFileRef): Result<string[], AppError> {
  const certificates: string[] = [];
  for (const match of text.matchAll(PEM_BLOCK)) {
    if (match[1] !== 'CERTIFICATE') return err(notCertificates(ref, 'otherBlock', { block: match[1] ?? '' }));
    const pem = match[0];
    try {
      new X509Certificate(pem);
    } catch {
      return err(notCertificates(ref, 'badCertificate', { number: certificates.length + 1 }));
    }
    certificates.push(pem.replace(/\r\n/g, '\n'));
  }
  if (certificates.length === 0) return err(notCertificates(ref, 'noCertificate'));
  return ok(certificates);
}

/** Reads and checks one CA file. */
export function readCaFile(ref: CaFileRef): Result<string[], AppError> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(ref.path);
  } catch (error) {
    return err(fileError(ref.source, ref.path, error, ref.source));
  }
  if (bytes.length > MAX_CA_FILE_BYTES) return err(notCertificates(ref, 'tooLarge'));
  return parsePemCertificates(bytes.toString('utf8'), ref);
}

/** Every certificate of every file, in order; the first bad file stops it. */
export function readCaFiles(refs: readonly CaFileRef[]): Result<string[], AppError> {
  const all: string[] = [];
  for (const ref of refs) {
    const read = readCaFile(ref);
    if (!read.ok) return read;
    all.push(...read.value);
  }
  return ok(all);
}

/** Node's bundled roots, the OS store, and the given PEMs, without duplicates. */
export function trustedCas(extraCaPem: readonly string[] = []): string[] {
  let system: string[] = [];
  try {
    system = tls.getCACertificates('system');
  } catch {
    // No readable OS store on this machine: the bundled roots and the user's files still apply.
    system = [];
  }
  return [...new Set([...tls.rootCertificates, ...system, ...extraCaPem])];
}

export const TLS_ENV_NOTICE =
  'NODE_TLS_REJECT_UNAUTHORIZED=0 is set; it is ignored: Graph calls always check certificates. To trust a company CA, give its file (--ca-file, WABA_CA_FILE or the CA file in Settings).';

/** The variable that turns certificate checks off for Node's own TLS; this file alone names it (lint). */
export const TLS_REJECT_ENV = 'NODE_TLS_REJECT_UNAUTHORIZED';

/** The notice to give once when the environment asks to turn certificate checks off; null otherwise. */
export function tlsEnvNotice(env: Readonly<Record<string, string | undefined>>): string | null {
  return env[TLS_REJECT_ENV] === '0' ? TLS_ENV_NOTICE : null;
}
