/** Turkish. Same keys as en.ts. */
import type { Messages } from './en';
import { trCoreErrors } from './tr-core-errors';
import { trErrors } from './tr-errors';
import { trFiles } from './tr-files';
import { trFinish } from './tr-finish';
import { trMany } from './tr-many';
import { trDomain } from './tr-domain';
import { trHandoff } from './tr-handoff';
import { trRemedy } from './tr-remedy';
import { trUi } from './tr-ui';

export const tr: Messages = { ...trDomain, ...trUi, ...trHandoff, ...trFinish, ...trMany, ...trRemedy, ...trErrors, ...trCoreErrors, ...trFiles };
