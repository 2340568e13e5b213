/** Brazilian Portuguese `waba-access --help` (same keys as en-cli-help.ts; commands, flags and IDs unchanged). */
import type { enCliHelp } from './en-cli-help';

export const ptBRCliHelp: Readonly<Record<keyof typeof enCliHelp, string>> = {
  'cli.usage': `waba-access: dá a um usuário do sistema acesso a uma conta do WhatsApp Business, confere e desfaz.

Uso: waba-access <comando> [opções]

Comandos
  token set                 guarda um token de usuário do sistema (lido da entrada padrão, nunca da linha de comando)
  token status              se há um token guardado, onde e qual (só os últimos 4 caracteres)
  token forget              apaga o token guardado
  app-secret set [--app ID] guarda a chave secreta de um app da Meta com "Exigir chave secreta do app" ativado (lida da entrada padrão)
  app-secret forget [--app ID]
                            apaga uma chave secreta guardada (todas, sem --app)
  inspect                   confere o token: tipo, validade, permissões, função e o que ele consegue ver
  wabas --business ID       as contas do WhatsApp de uma empresa, com números de telefone e compartilhamento
  system-users --business ID [--waba ID]
                            os usuários do sistema de uma empresa (com as tarefas deles na WABA)
  whatis ID                 diz se um ID é uma empresa, uma WABA, um número de telefone ou um usuário do sistema
  assign --waba ID --business ID --user ID --tasks T1,T2 [--exact] [--yes] [--provider-profile FILE] [--receipt-out FILE]
                            mostra o plano, pergunta, aplica e confere
  verify --waba ID --business ID --user ID --tasks T1,T2 [--exact]
                            confere se o usuário tem essas tarefas
  remove --waba ID --user ID [--business ID] [--yes] [--receipt-out FILE]
                            tira o acesso do usuário à WABA
  bulk --file FILE [--exact] [--yes] [--max-wait SECONDS] [--concurrency N] [--provider-profile FILE] [--receipt-out FILE]
                            atribui muitas linhas (CSV ou JSON); sobrevive a limites de frequência e interrupções
  handoff --waba ID [--business ID] [--user ID] [--provider-profile FILE]
                            confere o token do PROVEDOR (entrada padrão ou pergunta oculta, nunca guardado) e imprime o kit do provedor
  check --receipt FILE      relê cada acesso citado num comprovante anterior: ele ainda vale?
  practice [--port N] [--scenario FILE]
                            roda o servidor de treino (um substituto local da Meta) até Ctrl+C

Opções para todos os comandos
  --graph-url URL           endereço da API Graph (variável WABA_GRAPH_URL; padrão https://graph.facebook.com)
  --api-version vNN.0       versão da API Graph (padrão: a das configurações, v26.0)
  --token-stdin             lê um token da entrada padrão e usa só nesta execução (não é guardado)
  --app-secret-file PATH    a chave secreta do app da Meta, de um arquivo, para esta execução (vale mais que o cofre de senhas)
  --data-dir DIR            onde ficam configurações, diário, registros e comprovantes (variável WABA_DATA_DIR)
  --ca-file PATH            confia também neste arquivo de CA da empresa (PEM); pode repetir (variável WABA_CA_FILE;
                            o arquivo indicado em NODE_EXTRA_CA_CERTS também é aceito). Os certificados são sempre conferidos.
  --lang CODE               idioma dos textos: en, es, pt-BR, hi, id, tr, ru, ar (variável WABA_LANG; padrão en)
  --json                    saída legível por máquina na saída padrão
  --help                    ajuda de um comando

Códigos de saída: 0 feito/conferido, 2 uso ou dados errados, 3 problema com o token, 4 problema de permissão,
5 não conferido, 6 limite de frequência e desistiu, 7 rede/proxy/tempo esgotado, 1 qualquer outra coisa (inclusive
responder não a uma confirmação: nada foi alterado).`,
  'cli.help.token-set': `Uso: waba-access token set [--json]
Lê um token de usuário do sistema da entrada padrão (por exemplo: waba-access token set < token.txt),
confere com a Meta e guarda no cofre de senhas do sistema. O token nunca é lido da
linha de comando, porque linhas de comando acabam no histórico do terminal e nas listas de processos.`,
  'cli.help.token-status': 'Uso: waba-access token status [--json]\nDiz se há um token guardado e onde, e mostra o tipo, a validade e os últimos 4 caracteres dele.',
  'cli.help.token-forget': 'Uso: waba-access token forget [--json]\nApaga o token guardado deste computador. O acesso já dado continua valendo.',
  'cli.help.app-secret-set': `Uso: waba-access app-secret set [--app APP_ID] [--json]
Lê a chave secreta do seu app da Meta da entrada padrão (por exemplo: waba-access app-secret set --app 1234 < secret.txt)
e guarda no cofre de senhas do sistema, ao lado do token. Só é preciso quando o app tem "Exigir chave secreta do app" ativado
(Painel de Apps → Configurações → Avançado → Segurança): aí cada chamada leva appsecret_proof, uma assinatura do
token feita com a chave. A chave fica em Painel de Apps → Configurações → Básico → Chave secreta do app. Sem --app,
é usado o app do token guardado e a Meta confere a chave antes. A chave nunca é lida da linha de comando.`,
  'cli.help.app-secret-forget': 'Uso: waba-access app-secret forget [--app APP_ID] [--json]\nApaga a chave secreta guardada de um app (todas as chaves guardadas, sem --app).',
  'cli.help.inspect': 'Uso: waba-access inspect [--json]\nConfere o token em três camadas: o token em si, a quem ele pertence e o que ele consegue ver.',
  'cli.help.wabas': 'Uso: waba-access wabas --business ID [--json]\nLista as contas do WhatsApp que a empresa tem ou que foram compartilhadas com ela, com números de telefone e compartilhamento.',
  'cli.help.system-users': 'Uso: waba-access system-users --business ID [--waba ID] [--json]\nLista os usuários do sistema da empresa com a função de cada um; com --waba, também as tarefas atuais deles nela.',
  'cli.help.whatis': 'Uso: waba-access whatis ID [--json]\nDiz o que é um ID (empresa, conta do WhatsApp, número de telefone, usuário do sistema), até onde o token consegue ver.',
  'cli.help.assign': `Uso: waba-access assign --waba ID --business ID --user ID --tasks T1,T2 [--exact] [--yes] [--provider-profile FILE] [--receipt-out FILE] [--json]
Mostra o plano (o que é adicionado e o que é tirado), pede confirmação (ou --yes), aplica
e confere. As tarefas são ADICIONADAS às que o usuário já tem; --exact deixa a lista exata
(as tarefas fora da lista são tiradas). --yes nunca tira nada sem --exact.
FULL_CONTROL ("Controle total" do Business Suite) é aceito e MANAGE é enviado no lugar.
Sem um terminal para perguntar, --yes é obrigatório. Responder não não altera nada e termina com saída 1. Tarefas: {{tasks}}.
--provider-profile FILE: o perfil do provedor (JSON); as tarefas dele são usadas quando --tasks não é
dado (--tasks vale mais, com um aviso), o SHA-256 dele é impresso, o comprovante cita o provedor e um
usuário do sistema com nome diferente do perfil é apontado. Um perfil malformado ou grande demais é
recusado (saída 2) citando o campo errado. --receipt-out FILE grava o comprovante (com o resumo
SHA-256) em FILE em vez da pasta de comprovantes. Quando o token vence, um lembrete de agenda (.ics)
para uma semana antes é gravado junto dos comprovantes.`,
  'cli.help.verify': 'Uso: waba-access verify --waba ID --business ID --user ID --tasks T1,T2 [--exact] [--json]\nLê de novo o acesso na Meta e confere cada tarefa: concedida, incluída em MANAGE (controle total), faltando ou a mais.\nUm usuário com MANAGE tem todas as tarefas; --exact só passa quando a lista é exatamente estas tarefas:\nMANAGE não vale pelas outras, e uma tarefa não pedida faz falhar.',
  'cli.help.remove': 'Uso: waba-access remove --waba ID --user ID [--business ID] [--yes] [--receipt-out FILE] [--json]\nTira todo o acesso do usuário à conta do WhatsApp (pergunta antes, a não ser com --yes; responder não não altera nada e termina com saída 1).\n--receipt-out FILE grava o comprovante da remoção (com o resumo SHA-256) em FILE em vez da pasta de comprovantes.',
  'cli.help.bulk': `Uso: waba-access bulk --file FILE [--exact] [--yes] [--max-wait SECONDS] [--concurrency N] [--provider-profile FILE] [--receipt-out FILE] [--json]
Dá a usuários do sistema acesso a muitas contas do WhatsApp a partir de um arquivo; pode ser retomado com segurança.
As tarefas de cada linha são adicionadas às que o usuário tem; --exact (para a execução toda) tira o resto.
FILE é um CSV com o cabeçalho waba,business,user,tasks, com as células separadas por vírgulas ou, quando a
linha do cabeçalho usa, por ponto e vírgula (tarefas separadas por | ou ; na célula de um arquivo com vírgulas,
p. ex. 102290129340398,506914307656634,1972555232742222,DEVELOP|MANAGE_TEMPLATES) ou um array JSON
de {"waba","business","user","tasks"} com os IDs entre aspas.
Primeiro cada linha é conferida (as linhas erradas são listadas com o número da linha e nada é enviado), depois
planejada com leituras em lote; o resumo pede confirmação (ou --yes; obrigatório sem
terminal). As alterações vão para a Meta em lotes de até 25 linhas, cada alteração com a sua leitura de conferência
logo depois (nunca duas alterações na mesma WABA num lote); uma linha que falha não para as outras.
Uma WABA que a Meta limita por frequência (erro 80008) fica de lado até acabar a espera da Meta enquanto as
outras linhas seguem; se as esperas dela passarem de --max-wait (padrão 900 s) as linhas dela
ficam "adiadas". --concurrency (de 1 a 4, padrão 1) é quantos lotes
vão ao mesmo tempo, nunca duas alterações na mesma WABA ao mesmo tempo. Rodar o mesmo arquivo de novo termina uma execução interrompida: as linhas que já estão certas
são puladas e nada é enviado duas vezes. Um comprovante da execução é salvo nos comprovantes da pasta de dados
(ou em --receipt-out FILE); --provider-profile FILE cita o provedor nele (recusado, saída 2, quando
malformado ou grande demais).
Código de saída, o primeiro que se aplica: 5 uma linha foi aplicada mas não conferida, 1 uma linha falhou ou
foi recusada (ou você respondeu não na confirmação: nada foi enviado), 6 uma linha foi adiada por limite de frequência, 0 todas as linhas feitas ou já certas.
Tarefas: {{tasks}}.`,
  'cli.help.handoff': `Uso: waba-access handoff --waba ID [--business ID] [--user ID] [--provider-profile FILE] [--token-stdin] [--json]
Confere o token que o seu PROVEDOR vai usar (o token de um usuário do sistema), sem guardar nem registrar:
lido da entrada padrão com --token-stdin, ou digitado numa pergunta oculta. O token de administrador guardado
nunca é lido, trocado nem necessário. Confere: se é o token de um usuário do sistema (não de uma pessoa), do --user quando
dado (o token de um usuário do sistema administrador funciona, com um conselho); a validade (nunca, ou a data; um aviso
para tokens de 60 dias, com um lembrete de agenda .ics gravado uma semana antes); as permissões
(whatsapp_business_messaging e whatsapp_business_management no mínimo, mais as do perfil); se
ele alcança a WABA e os números de telefone dela. Depois imprime o kit do provedor: ID da empresa, ID da WABA,
o ID de cada número de telefone com o número exibido e o nome verificado, ID do app, tarefas conferidas e validade
do token (nunca o token). --json imprime o kit. --provider-profile cita o provedor e avisa
sobre um token de outro app ou um usuário do sistema com outro nome.
Saída: 0 apto (avisos não mudam isso), 2 dados errados, 3 token inapto (token de pessoa, vencido,
inválido, falta permissão, outro usuário do sistema), 4 não alcança a WABA, 6 limite de frequência,
7 rede, 1 outro.`,
  'cli.help.check': `Uso: waba-access check --receipt FILE [--token-stdin] [--json]
Relê cada acesso citado num comprovante anterior (individual, em lote ou de remoção; JSON), com o token em
uso (o guardado, ou --token-stdin: um provedor pode usar o próprio token onde ele consegue ler a WABA).
Primeiro o arquivo precisa estar intacto: o "digest" dele é o SHA-256 da forma canônica RFC 8785 sem
esse campo. O resumo mostra que o arquivo não foi mudado, não quem o fez; a prova é a resposta da Meta.
Saída: 0 todos os acessos ainda valem (tarefas a mais são listadas, não são mudança), 5 mudança (um usuário não mais
atribuído ou sem uma tarefa; num comprovante de remoção, o usuário atribuído de novo), 2 o arquivo foi alterado,
não é um comprovante ou é um comprovante de treino conferido na API Graph real, 4 o token não consegue
ler as atribuições de uma WABA ("não dá para conferir", nunca relatado como removido), 3 token, 6 limite de frequência,
7 rede.`,
  'cli.help.practice': `Uso: waba-access practice [--port N] [--scenario FILE] [--json]
Roda o servidor de treino da Graph em 127.0.0.1 até Ctrl+C. Aponte os outros comandos para ele com
--graph-url e use um dos tokens de treino que ele imprime.`,
};
