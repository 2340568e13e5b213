/**
 * Hostnames that mean "this computer" (as `new URL(...).hostname` spells
 * them). Plain http is allowed only there: the practice server, a local dev
 * server; everything else must be https.
 */
const LOOPBACK_HOSTNAMES: ReadonlySet<string> = new Set(['127.0.0.1', 'localhost', '[::1]']);

export const isLoopbackHostname = (hostname: string): boolean => LOOPBACK_HOSTNAMES.has(hostname);
