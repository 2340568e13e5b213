/** Brazilian Portuguese texts of the core's own error messages (same keys as en-errors.ts). */
import type { enErrors } from './en-errors';

export const ptBRErrors: Readonly<Record<keyof typeof enErrors, string>> = {
  'coreError.tokenEmpty': "Nenhum token foi informado. Cole o token do usuário do sistema.",
  'coreError.tokenTooShort': "Isto é curto demais para ser um token de acesso. Copie o token inteiro nas Configurações do negócio.",
  'coreError.tokenTooLong': "Isto é longo demais para ser um só token de acesso. Cole só o token.",
  'coreError.tokenBadCharacters': "Isto não parece um token de acesso: tem caracteres que um token nunca tem. Copie o token de novo.",
  'coreError.tokenNotConnected': "Nenhum token está conectado. Conecte primeiro um token de usuário do sistema.",
  'coreError.idLooksLikePhone': "Isto parece um número de telefone, não um ID. Use o ID da conta do WhatsApp ou o ID do número de telefone mostrado no Gerenciador do WhatsApp.",
  'coreError.idDigitsOnly': "Um ID tem só dígitos, como 102290129340398.",
  'coreError.wabaNotOfBusiness': "A conta do WhatsApp {{waba}} não é da empresa {{business}} nem foi compartilhada com ela, até onde este token consegue ver.",
  'coreError.practiceOnly': "Tokens de treino só funcionam no modo de treino.",
  'coreError.practiceNoSuchToken': "Este cenário de treino não tem nenhum token com esse nome.",
  'coreError.providerTokenMissing': "Cole o token do provedor.",
  'coreError.noProviderKit': "Ainda não há kit do provedor: confira primeiro o token do provedor.",
  'coreError.noExpiryToRemind': "Este token não vence (ou a validade dele não é conhecida), então não há nada para lembrar.",
  'coreError.practiceReceipt': "Este é um comprovante de treino: as contas dele só existem no servidor de treino, então ele não pode ser conferido na API Graph real da Meta.",
  'coreError.noCheckYet': "Ainda não há uma conferência deste acesso nesta sessão. Confira primeiro e depois peça o comprovante.",
  'coreError.appIdNotNumber': "O ID do app precisa ser um número, como aparece em Painel de Apps → Configurações → Básico → ID do app.",
  'app.startFailed': "O app não conseguiu iniciar. Feche e tente de novo. Se continuar acontecendo, reinstale o app.",
};
