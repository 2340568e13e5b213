/** Spanish, neutral for Latin America (tú, no voseo, no vosotros). Same keys as en.ts. */
import type { Messages } from './en';
import { esCoreErrors } from './es-core-errors';
import { esErrors } from './es-errors';
import { esFiles } from './es-files';
import { esFinish } from './es-finish';
import { esMany } from './es-many';
import { esDomain } from './es-domain';
import { esHandoff } from './es-handoff';
import { esRemedy } from './es-remedy';
import { esUi } from './es-ui';

export const es: Messages = { ...esDomain, ...esUi, ...esHandoff, ...esFinish, ...esMany, ...esRemedy, ...esErrors, ...esCoreErrors, ...esFiles };
