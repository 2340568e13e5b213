/** Brazilian Portuguese command-line guidance (same keys as en-cli-guidance.ts; commands, flags and file names unchanged). */
import type { enCliGuidance } from './en-cli-guidance';

export const ptBRCliGuidance: Readonly<Record<keyof typeof enCliGuidance, string>> = {
  'cli.unknownCommandSuggest': 'Comando desconhecido "{{name}}". Você quis dizer {{suggestion}}? Execute "waba-access --help" para ver os comandos.',
  'cli.unknownOptionFor': 'Opção desconhecida --{{name}} para {{command}}. Veja waba-access {{command}} --help.',
  'cli.unknownOptionForSuggest': 'Opção desconhecida --{{name}} para {{command}}. Você quis dizer --{{suggestion}}? Veja waba-access {{command}} --help.',
  'cli.unknownOption': 'Opção desconhecida --{{name}}. Veja waba-access --help.',
  'cli.groupNeedsSub': 'Qual comando de {{group}}: {{commands}}? Veja waba-access {{group}} --help.',
  'cli.optionNeedsValue': 'A opção --{{name}} precisa de um valor depois dela: --{{name}} VALOR.',
  'cli.optionTwice': 'A opção --{{name}} foi informada mais de uma vez com valores diferentes ({{values}}): informe-a uma vez só.',
  'cli.strayWord': '{{command}} não lê "{{word}}": ele não aceita palavras além das opções. Tire-a ou coloque-a depois da opção a que pertence.',
  'cli.strayValue': '"{{word}}" depois de --{{name}} não é lido: uma opção recebe um só valor. Para informar vários, separe-os com vírgulas: --{{name}} {{joined}}',
  'cli.help.token': `Uso: waba-access token <set|status|forget> [--json]
  token set      guarda um token de usuário do sistema (lido da entrada padrão, nunca da linha de comando)
  token status   diz se há um token guardado, onde e qual (só os últimos 4 caracteres)
  token forget   apaga o token guardado
Veja waba-access token set --help (ou status, forget) para cada um.`,
  'cli.help.app-secret': `Uso: waba-access app-secret <set|forget> [--app APP_ID] [--json]
  app-secret set      guarda a chave secreta de um app da Meta com "Exigir chave secreta do app" ativado (lida da entrada padrão)
  app-secret forget   apaga uma chave secreta guardada (todas, sem --app)
Veja waba-access app-secret set --help (ou forget) para cada um.`,
  'cli.planBlockedJson': 'Nada foi alterado: o plano recusa esta mudança. {{problems}} Corrija o campo indicado em "fields" e execute o comando de novo.',
  'cli.inspectBusiness': 'Negócio: {{name}} ({{id}})',
  'cli.appSecretNoKeychain':
    'O chaveiro do sistema não pode ser usado aqui, então a chave secreta do app não pode ser guardada. Informe-a a cada execução com --app-secret-file PATH (um arquivo só com a chave), ou desbloqueie ou configure o chaveiro.',
  'cli.keychainUnreachable':
    'Não é possível acessar o chaveiro do sistema aqui ({{why}}), então nada pôde ser apagado dele: o que foi guardado antes continua lá.',
  'cli.keychainUnreachableAction': 'Desbloqueie ou configure o chaveiro do sistema e execute o comando de novo.',
  'cli.handoff.unfitTokenJson': 'O token do provedor não serve para a entrega: as verificações que falharam estão em "checks".',
  'cli.handoff.tokenNotFromArgv':
    'O token do provedor é lido da entrada padrão ou de um prompt oculto, nunca da linha de comando. Exemplo: waba-access handoff --waba ID --token-stdin < provider-token.txt',
  'cli.handoff.emptyStdin': 'Nenhum token chegou pela entrada padrão. Envie o token do provedor, por exemplo: waba-access handoff --waba {{waba}} --token-stdin < provider-token.txt',
  'cli.handoff.action.token':
    'Peça ao seu provedor um token novo do usuário do sistema dele, ou crie um: Business Suite → Configurações → Usuários do sistema → o usuário do sistema do provedor → Gerar token, validade "Nunca", com whatsapp_business_management e whatsapp_business_messaging. Depois execute handoff de novo com esse token.',
  'cli.handoff.action.reach':
    'Dê ao usuário do sistema do provedor acesso a esta conta do WhatsApp: Configurações do negócio → Usuários do sistema → o usuário do sistema do provedor → Atribuir ativos → a conta do WhatsApp. Depois execute handoff de novo com o mesmo token.',
  'cli.bulk.delimiterFound':
    'A linha de cabeçalho foi dividida em "{{found}}" em {{count}} coluna(s). As células podem ser separadas por vírgulas ou por ponto e vírgula (a linha de cabeçalho decide); o cabeçalho deve ser waba,business,user,tasks ou waba;business;user;tasks.',
  'cli.bulk.delimiterNone':
    'A linha de cabeçalho não tem vírgula nem ponto e vírgula entre as colunas. As células podem ser separadas por vírgulas ou por ponto e vírgula (a linha de cabeçalho decide); o cabeçalho deve ser waba,business,user,tasks ou waba;business;user;tasks.',
  'cli.bulk.rowDelimiter': 'esta linha está separada por "{{other}}", mas a linha de cabeçalho por "{{used}}": separe cada linha como o cabeçalho.',
  'cli.keychainWhy.no-dbus': 'não há sessão do D-Bus em execução',
  'cli.keychainWhy.no-secret-service': 'não há serviço de cofre de senhas (Secret Service) em execução',
  'cli.keychainWhy.keyring-locked': 'o cofre de senhas está bloqueado',
  'cli.keychainWhy.keychain-error': 'o cofre de senhas respondeu com um erro',
  'cli.receiptKind.waba-access-receipt': '(acesso concedido)',
  'cli.receiptKind.waba-access-bulk-receipt': '(execução em lote)',
  'cli.receiptKind.waba-access-removal-receipt': '(acesso removido)',
};
