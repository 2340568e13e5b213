/**
 * The controller's issue-9 effects (style.md P7): the provider profile, the
 * hand-off check of the provider's token (sent once, never kept), saving the
 * kit and the reminder, and checking an earlier receipt.
 */
import { appError } from '../../shared/errors';
import type { WizardApi } from '../../shared/ipc/bridge';
import type { PracticeTokenLabel } from '../../shared/ipc/schemas';
import { PROFILE_MAX_BYTES } from '../../shared/provider-profile';
import { err, ok, type Result } from '../../shared/result';
import { receiptText } from '../../shared/ipc/schemas';
import { idle } from './loadable';
import type { Runner } from './runner';
import { at } from './slots';
import type { SavedFile } from './state';
import type { Store } from './store';

/** Larger files are not read at all: the core would refuse them anyway. */
export const RECEIPT_MAX_BYTES = receiptText.maxLength ?? 8 * 1024 * 1024;

export interface FinishActions {
  /** A picked or dropped provider file; `size` is checked before anything is read. */
  loadProfile(file: { readonly size: number; text(): Promise<string> }): void;
  clearProfile(): void;
  /** Reads the session's profile again: one opened with the already running app (second launch, macOS open-file). */
  refreshProfile(): void;
  /** The provider's token (live) or a practice token's label; the token is not kept. */
  checkHandoff(source: { readonly token: string } | { readonly practiceLabel: PracticeTokenLabel }): void;
  saveKit(format: 'json' | 'html'): void;
  saveReminder(): void;
  openCheck(): void;
  /** From "Check an earlier receipt" without a token: choose the mode, connect, come back. */
  connectForCheck(mode: 'live' | 'practice'): void;
  checkReceipt(file: { readonly name: string; readonly size: number; text(): Promise<string> }): void;
}

const saved = (path: string, format: SavedFile['format']): SavedFile => ({ path, format });

export function createFinishActions(api: WizardApi, store: Store, runner: Runner, enter: () => void): FinishActions {
  const dispatch = store.dispatch;
  const state = () => store.getState();
  // A profile can change the language main chooses: read the settings again.
  const reloadSettings = (): void => void runner.run('settings', () => api.settingsGet({}));

  return {
    loadProfile(file) {
      void runner.run('profileLoad', async () => {
        if (file.size > PROFILE_MAX_BYTES) return err(appError('bad-input', 'The provider file is too big.', { fields: ['profile'] }));
        return api.profileLoad({ text: await file.text() });
      }, { onReady: reloadSettings });
    },
    refreshProfile() {
      void api.profileCurrent({}).then((current) => {
        const known = state().profile;
        const knownSha = known.status === 'ready' ? (known.value?.sha256 ?? null) : undefined;
        if (!current.ok || (current.value?.sha256 ?? null) === knownSha) return;
        void runner.run('profile', () => Promise.resolve(current), { onReady: reloadSettings });
      });
    },
    clearProfile() {
      void runner.run('profile', async () => {
        const cleared = await api.profileClear({});
        return cleared.ok ? ok(null) : cleared;
      }, { onReady: reloadSettings });
    },
    checkHandoff(source) {
      const w = at(state(), 'handoff');
      if (!w) return;
      const target = { wabaId: w.pick.waba.id, businessId: w.pick.business.id, userId: w.pick.user.id };
      const request = 'token' in source ? { ...target, token: source.token.trim() } : { ...target, practiceLabel: source.practiceLabel };
      if ('token' in request && !request.token) return;
      // "Try again" never re-sends a pasted token: it asks to paste again instead.
      const replay = async (): Promise<Result<never, ReturnType<typeof appError>>> =>
        err(appError('bad-input', "Paste the provider's token again.", { fields: ['token'] }));
      void runner.run('handoff', () => api.handoffCheck(request), 'token' in request ? { replay } : {});
    },
    saveKit(format) {
      void runner.run('kitSave', async () => {
        const r = await api.handoffSaveKit({ format });
        return r.ok ? ok(saved(r.value.path, format)) : r;
      });
    },
    saveReminder() {
      void runner.run('reminder', async () => {
        const r = await api.reminderSave({ token: 'provider' });
        return r.ok ? ok(saved(r.value.path, 'ics')) : r;
      });
    },
    openCheck() {
      dispatch({ type: 'restore', wizard: { step: 'checkReceipt', fileName: null, check: idle } });
    },
    connectForCheck(mode) {
      void runner.run('mode', () => api.appSetMode({ mode }), {
        onReady: () => {
          dispatch({ type: 'restore', wizard: { step: 'connect', diagnosis: idle, then: 'checkReceipt' } });
          void api.tokenStatus({}).then((r) => r.ok && dispatch({ type: 'token-status', status: r.value }));
          enter();
        },
      });
    },
    checkReceipt(file) {
      dispatch({ type: 'restore', wizard: { step: 'checkReceipt', fileName: file.name, check: idle } });
      void runner.run('check', async () => {
        if (file.size > RECEIPT_MAX_BYTES) return err(appError('bad-input', 'This file is too big to be a receipt.', { fields: ['size'] }));
        return api.receiptCheck({ text: await file.text() });
      });
    },
  };
}
