/** Russian. Same keys as en.ts. */
import type { Messages } from './en';
import { ruCoreErrors } from './ru-core-errors';
import { ruErrors } from './ru-errors';
import { ruFiles } from './ru-files';
import { ruFinish } from './ru-finish';
import { ruMany } from './ru-many';
import { ruDomain } from './ru-domain';
import { ruHandoff } from './ru-handoff';
import { ruRemedy } from './ru-remedy';
import { ruUi } from './ru-ui';

export const ru: Messages = { ...ruDomain, ...ruUi, ...ruHandoff, ...ruFinish, ...ruMany, ...ruRemedy, ...ruErrors, ...ruCoreErrors, ...ruFiles };
