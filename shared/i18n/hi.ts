/** Hindi. Same keys as en.ts. */
import type { Messages } from './en';
import { hiCoreErrors } from './hi-core-errors';
import { hiErrors } from './hi-errors';
import { hiFiles } from './hi-files';
import { hiFinish } from './hi-finish';
import { hiMany } from './hi-many';
import { hiDomain } from './hi-domain';
import { hiHandoff } from './hi-handoff';
import { hiRemedy } from './hi-remedy';
import { hiUi } from './hi-ui';

export const hi: Messages = { ...hiDomain, ...hiUi, ...hiHandoff, ...hiFinish, ...hiMany, ...hiRemedy, ...hiErrors, ...hiCoreErrors, ...hiFiles };
