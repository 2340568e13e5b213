/** Brazilian Portuguese texts for Meta's refusals by code (same keys as en-remedy.ts). */
import type { enRemedy } from './en-remedy';

export const ptBRRemedy: Readonly<Record<keyof typeof enRemedy, string>> = {
  'remedy.token-expired':
    'O token expirou. Crie um novo no Business Suite: Configurações → Usuários do sistema → Gerar token, com validade "Nunca" e as permissões business_management, whatsapp_business_management e whatsapp_business_messaging. Depois use o token novo no lugar dele.',
  'remedy.token-password-changed':
    'O token parou de funcionar porque a senha da pessoa a quem ele pertence foi trocada. Use no lugar o token de um usuário do sistema: Business Suite → Configurações → Usuários do sistema → Gerar token.',
  'remedy.token-invalid':
    'A Meta diz que o token não é válido: foi revogado ou não foi copiado inteiro. Crie um novo no Business Suite → Configurações → Usuários do sistema → Gerar token e copie tudo.',
  'remedy.token-app-not-installed':
    'O app do token não está configurado para este usuário. No Business Suite → Configurações → Usuários do sistema, dê o app ao usuário do sistema ("Atribuir ativos" → Apps) e gere o token de novo para esse app.',
  'remedy.token-account-blocked':
    'A Meta pausou a conta a quem o token pertence até que alguém entre em facebook.com e a confirme. Faça isso, ou use no lugar o token de um usuário do sistema (Business Suite → Configurações → Usuários do sistema → Gerar token).',
  'remedy.no-active-token':
    'Nenhum token utilizável chegou à Meta com a chamada. Informe o token de novo, copiado inteiro, sem espaços nem aspas em volta.',
  'remedy.unknown-path':
    'A Meta não conhece o endereço chamado: a versão da API ou o endereço do Graph está errado. Use uma versão como v26.0 e o endereço https://graph.facebook.com.',
  'remedy.object-not-visible':
    'A Meta não encontra este ID, ou o token não consegue vê-lo. Confira o ID (o Gerenciador do WhatsApp mostra o ID da conta do WhatsApp Business; Configurações do negócio → Informações do negócio mostra o ID do negócio) e verifique se o usuário do sistema recebeu a conta (Configurações do negócio → Usuários do sistema → Atribuir ativos).',
  'remedy.wrong-id-kind':
    'Este ID é de outro tipo que o pedido, por exemplo o ID de um número de telefone onde é preciso o ID de uma conta do WhatsApp Business. Confira o que é o ID e use o certo.',
  'remedy.app-permission':
    'O app da Meta em que o token foi criado não tem permissão para isto. No Painel de apps, confira se o app tem o produto WhatsApp e, para contas de outros negócios, acesso avançado a whatsapp_business_management.',
  'remedy.missing-scope':
    'Falta ao token a permissão {{scope}}. Crie um token novo no Business Suite → Configurações → Usuários do sistema → Gerar token com {{scope}} marcada, e use-o no lugar.',
  'remedy.not-admin':
    'Só o token de um usuário do sistema administrador pode dar acesso. Use o token de um usuário do sistema administrador do negócio, ou peça a um administrador do negócio para fazer esta etapa.',
  'remedy.multi-partner':
    'Esta conta do WhatsApp Business é compartilhada por uma solução multiparceiro sem mensagens, então a Meta recusa MANAGE e MESSAGING nela. Escolha permissões detalhadas (por exemplo DEVELOP e MANAGE_TEMPLATES), ou peça ao negócio dono da conta para compartilhá-la com mensagens.',
  'remedy.no-asset-access':
    'O usuário do sistema do token não pode agir nesta conta. Em Configurações do negócio → Usuários do sistema, confira se ele tem a conta do WhatsApp (Controle total para dar acesso a outros) e se o token tem business_management e whatsapp_business_management. Contas de outros negócios também exigem acesso avançado para o app.',
  'remedy.capability':
    'Falta ao app da Meta em que o token foi criado a capacidade para esta chamada. Confira no Painel de apps se o app tem o produto WhatsApp e se o token foi criado para esse app.',
  'remedy.rate-app':
    'O app da Meta fez chamadas demais na última hora (essa contagem é dividida por todas as ferramentas que usam o app). Espere e tente de novo; as chamadas são contadas numa janela móvel de uma hora.',
  'remedy.rate-user':
    'Este token fez chamadas demais em pouco tempo. Espere alguns minutos e tente de novo.',
  'remedy.rate-custom':
    'A Meta limita chamadas que chegam em picos irregulares. Espere alguns minutos e tente de novo, com menos chamadas de cada vez.',
  'remedy.rate-waba':
    'Esta conta do WhatsApp Business aceita cerca de 200 mudanças de acesso por hora até ter um número de telefone registrado. Espere o tempo que a Meta indica e tente de novo; registrar um número aumenta o limite.',
  'remedy.policy-block':
    'A Meta bloqueou isto por um tempo por um problema de política. Espere e leia o motivo no Business Suite → Central de suporte para empresas (Qualidade da conta).',
};
