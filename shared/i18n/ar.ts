/** Arabic. Same keys as en.ts. */
import type { Messages } from './en';
import { arCoreErrors } from './ar-core-errors';
import { arErrors } from './ar-errors';
import { arFiles } from './ar-files';
import { arFinish } from './ar-finish';
import { arMany } from './ar-many';
import { arDomain } from './ar-domain';
import { arHandoff } from './ar-handoff';
import { arRemedy } from './ar-remedy';
import { arUi } from './ar-ui';

export const ar: Messages = { ...arDomain, ...arUi, ...arHandoff, ...arFinish, ...arMany, ...arRemedy, ...arErrors, ...arCoreErrors, ...arFiles };
