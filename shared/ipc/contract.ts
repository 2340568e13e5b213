/**
 * The one IPC contract (style.md P1): each channel declared once with its
 * request schema and response type. Main's router, the preload, the renderer
 * and the browser test harness all derive from this map; a channel without a
 * handler is a compile error. The token crosses only inward (token.connect);
 * no response type contains it.
 */
import { z } from 'zod';
import type { Business, IdentifiedObject } from '../domain';
import type { AppError } from '../errors';
import type {
  AccessPlan,
  ApplyOutcome,
  ConnectOutcome,
  DiscoveredWaba,
  Receipt,
  RemoveOutcome,
  SystemUserAccess,
  TokenDiagnosis,
  TokenStatus,
  VerifyReport,
} from '../onboarding';
import type { HandoffReport } from '../handoff';
import type { Language } from '../languages';
import type { ManyProgress, MultiApplyReport, MultiPlan } from '../multi-account';
import type { LoadedProfile } from '../provider-profile';
import type { ReceiptCheckReport } from '../receipt-check';
import type { Result } from '../result';
import { wizardProgressSchema, type WizardProgress } from '../progress';
import {
  assignRequest,
  empty,
  handoffRequest,
  multiAccountRequest,
  profileText,
  receiptText,
  graphId,
  pastedToken,
  practiceTokenLabel,
  settingsPatch,
  wabaUserRequest,
} from './schemas';

/** What the renderer may read of the settings (no token, ever). */
export interface SettingsView {
  /** The language to speak: the saved choice, else a loaded profile's default, else the system's. */
  readonly language: Language;
  /** True when `language` is the user's saved choice (Settings then keeps it when other fields are saved). */
  readonly languageChosen: boolean;
  readonly theme: 'system' | 'light' | 'dark';
  readonly apiVersion: string;
  readonly proxy: { readonly mode: 'system' | 'none' | 'url'; readonly url?: string };
  readonly lastBusinessId: string | null;
  /** The company CA certificate file (PEM) trusted for Graph calls besides the system's, or null. */
  readonly caFile: string | null;
  /** Set when a corrupt settings file was backed up and reset at start. */
  readonly notice?:
    | { readonly kind: 'settings-reset'; readonly backupPath: string }
    | { readonly kind: 'settings-newer'; readonly backupPath: string; readonly version: number };
}

export interface ModeInfo {
  readonly mode: 'live' | 'practice';
  /** Practice tokens the user can pick by label (the tokens themselves stay in main). */
  readonly practiceTokens: readonly { readonly label: string; readonly note: string }[];
}

export const CHANNELS = {
  'app.mode': z.object({}).strict(),
  'app.setMode': z.object({ mode: z.enum(['live', 'practice']) }).strict(),
  // appSecret: asked only after Meta said the app requires it (app-secret-required); write-only like the token.
  'token.connect': z.object({ token: pastedToken, appSecret: z.string().min(1).max(256).optional() }).strict(),
  'token.usePractice': z.object({ label: practiceTokenLabel }).strict(),
  'token.status': empty,
  'token.inspect': empty,
  'token.forget': empty,
  'account.businesses': empty,
  'account.wabas': z.object({ businessId: graphId }).strict(),
  'account.identify': z.object({ id: z.string().min(1).max(64) }).strict(),
  'account.systemUsers': z.object({ businessId: graphId, wabaId: graphId.optional() }).strict(),
  'access.plan': assignRequest,
  'access.apply': assignRequest,
  'access.verify': assignRequest,
  'access.remove': wabaUserRequest,
  'receipt.get': wabaUserRequest,
  'receipt.save': wabaUserRequest.extend({ format: z.enum(['json', 'html']) }).strict(),
  'settings.get': empty,
  'settings.update': settingsPatch,
  'progress.get': empty,
  'progress.save': wizardProgressSchema,
  'progress.clear': empty,
  // issue 9: provider profile, hand-off, several accounts, receipt check, reminders (main/core/README-handoff.md)
  'profile.load': z.object({ text: profileText }).strict(),
  'profile.current': empty,
  'profile.clear': empty,
  'handoff.check': handoffRequest,
  'handoff.saveKit': z.object({ format: z.enum(['json', 'html']) }).strict(),
  'reminder.save': z.object({ token: z.enum(['connected', 'provider']) }).strict(),
  'access.planMany': multiAccountRequest,
  'access.applyMany': multiAccountRequest,
  'access.manyProgress': empty,
  'receipt.check': z.object({ text: receiptText }).strict(),
} as const;

export type Channel = keyof typeof CHANNELS;
export type Request<C extends Channel> = z.infer<(typeof CHANNELS)[C]>;

/** Response type of each channel. `satisfies` keeps this map and CHANNELS in step. */
export interface Responses {
  'app.mode': ModeInfo;
  'app.setMode': ModeInfo;
  'token.connect': ConnectOutcome;
  'token.usePractice': ConnectOutcome;
  'token.status': TokenStatus;
  'token.inspect': TokenDiagnosis;
  'token.forget': TokenStatus;
  'account.businesses': readonly Business[];
  'account.wabas': readonly DiscoveredWaba[];
  'account.identify': IdentifiedObject;
  'account.systemUsers': readonly SystemUserAccess[];
  'access.plan': AccessPlan;
  'access.apply': ApplyOutcome;
  'access.verify': VerifyReport;
  'access.remove': RemoveOutcome;
  'receipt.get': Receipt;
  'receipt.save': { readonly path: string };
  'settings.get': SettingsView;
  'settings.update': SettingsView;
  /** Where the wizard was when the app closed, or null for a fresh start. */
  'progress.get': WizardProgress | null;
  'progress.save': null;
  'progress.clear': null;
  'profile.load': LoadedProfile;
  'profile.current': LoadedProfile | null;
  'profile.clear': null;
  'handoff.check': HandoffReport;
  'handoff.saveKit': { readonly path: string };
  'reminder.save': { readonly path: string };
  'access.planMany': MultiPlan;
  'access.applyMany': MultiApplyReport;
  /** Per account, how the current (or last) multi-account run stands; null before the first run. */
  'access.manyProgress': ManyProgress | null;
  'receipt.check': ReceiptCheckReport;
}
type _SameChannels = [Channel] extends [keyof Responses] ? ([keyof Responses] extends [Channel] ? true : never) : never;
export const _channelsMatch: _SameChannels = true;

export type Response<C extends Channel> = Responses[C];
export type Reply<C extends Channel> = Result<Response<C>, AppError>;

export const CHANNEL_NAMES = Object.keys(CHANNELS) as readonly Channel[];
export const isChannel = (value: unknown): value is Channel =>
  typeof value === 'string' && Object.prototype.hasOwnProperty.call(CHANNELS, value);

/** Prefix for ipcMain/ipcRenderer channel names, so ours never collide with Electron's. */
export const IPC_PREFIX = 'waba:';
