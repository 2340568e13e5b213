/** Turkish. Same keys as en.ts. */
import type { Messages } from './en';
import { trDomain } from './tr-domain';
import { trUi } from './tr-ui';

export const tr: Messages = { ...trDomain, ...trUi };
