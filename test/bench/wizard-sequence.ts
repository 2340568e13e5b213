/**
 * The wizard's whole sequence (inspect, discover, system users, plan, apply,
 * verify) as the app's core runs it, in a child process of its own so its CPU
 * time and peak RSS are its own. The benchmark starts this file's bundle with
 * `wizard-child <graph url> <data dir>` and the token on stdin.
 */
import { readFileSync } from 'node:fs';
import { silentLogger } from '../../main/core/log/logger';
import { createCore } from '../../main/core/onboarding/session';
import { createMemoryStore } from '../../main/core/vault/memory-store';

const IDS = { business: '506914307656634', waba: '102290129340398', employee: '1972555232742222' } as const;

export async function wizardChild(url: string, dataDir: string): Promise<void> {
  const created = await createCore({ dataDir, graph: { baseUrl: url }, secretStore: createMemoryStore(), log: silentLogger });
  if (!created.ok) throw new Error(created.error.message);
  const core = created.value;
  const call = async (channel: Parameters<typeof core.invoke>[0], request: unknown): Promise<unknown> => {
    const reply = await core.invoke(channel, request as never);
    if (!reply.ok) throw new Error(`${channel}: ${reply.error.kind} ${reply.error.message}`);
    return reply.value;
  };
  const request = { wabaId: IDS.waba, businessId: IDS.business, userId: IDS.employee, tasks: ['DEVELOP'] };
  try {
    await call('token.connect', { token: readFileSync(0, 'utf8').trim() });
    await call('account.wabas', { businessId: IDS.business });
    await call('account.systemUsers', { businessId: IDS.business, wabaId: IDS.waba });
    await call('access.plan', request);
    await call('access.apply', request);
    const verified = (await call('access.verify', request)) as { verified: boolean };
    if (!verified.verified) throw new Error('the wizard sequence did not verify');
  } finally {
    await core.close();
  }
}

type RunNode = (args: readonly string[], options: { input?: string }) => Promise<{ wallMs: number; cpuMs: number; rssMb: number; status: number | null; stderr: string }>;

export async function runWizardSequence(runNode: RunNode, url: string, token: string, dataDir: string): Promise<{ wallMs: number; cpuMs: number; rssMb: number }> {
  const self = process.argv[1] ?? '';
  const run = await runNode([self, 'wizard-child', url, dataDir], { input: token });
  if (run.status !== 0) throw new Error(`the wizard sequence failed: ${run.stderr}`);
  return run;
}
