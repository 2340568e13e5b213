/** Brazilian Portuguese (você). Same keys as en.ts. */
import type { Messages } from './en';
import { ptBRCoreErrors } from './pt-BR-core-errors';
import { ptBRErrors } from './pt-BR-errors';
import { ptBRFiles } from './pt-BR-files';
import { ptBRFinish } from './pt-BR-finish';
import { ptBRMany } from './pt-BR-many';
import { ptBRDomain } from './pt-BR-domain';
import { ptBRHandoff } from './pt-BR-handoff';
import { ptBRRemedy } from './pt-BR-remedy';
import { ptBRUi } from './pt-BR-ui';

export const ptBR: Messages = { ...ptBRDomain, ...ptBRUi, ...ptBRHandoff, ...ptBRFinish, ...ptBRMany, ...ptBRRemedy, ...ptBRErrors, ...ptBRCoreErrors, ...ptBRFiles };
