/** Indonesian. Same keys as en.ts. */
import type { Messages } from './en';
import { idCoreErrors } from './id-core-errors';
import { idErrors } from './id-errors';
import { idFiles } from './id-files';
import { idFinish } from './id-finish';
import { idMany } from './id-many';
import { idDomain } from './id-domain';
import { idHandoff } from './id-handoff';
import { idRemedy } from './id-remedy';
import { idUi } from './id-ui';

export const id: Messages = { ...idDomain, ...idUi, ...idHandoff, ...idFinish, ...idMany, ...idRemedy, ...idErrors, ...idCoreErrors, ...idFiles };
