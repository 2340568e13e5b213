/** Brazilian Portuguese texts of a file that cannot be used; same keys as en-files.ts. */
import type { enFiles } from './en-files';

export const ptBRFiles: Readonly<Record<keyof typeof enFiles, string>> = {
  'file.not-found': "{{option}}: não há nenhum arquivo em {{path}}. Confira a pasta e o nome do arquivo.",
  'file.is-folder': "{{option}}: {{path}} é uma pasta, não um arquivo. Informe o caminho do próprio arquivo.",
  'file.no-permission': "{{option}}: não é possível ler {{path}}: você não tem permissão para lê-lo. Mude as permissões do arquivo ou copie-o para uma pasta sua.",
  'file.unreadable': "{{option}}: não é possível ler {{path}}. Confira se o arquivo está lá e não está em uso, e tente de novo.",
  'file.not-json': "{{option}}: {{path}} não é um JSON válido. Confira se é o arquivo que você queria e se não foi alterado à mão.",
  'file.empty': "{{option}}: {{path}} está vazio. Confira se é o arquivo que você queria.",
  'file.not-a-folder': "{{option}}: {{path}} é um arquivo, não uma pasta. Informe uma pasta (ela é criada se ainda não existir).",
  'file.no-folder': "{{option}}: não é possível gravar {{path}}: a pasta onde ele ficaria não existe. Crie a pasta antes ou informe um caminho em uma pasta que exista.",
  'file.folder-unusable': "{{option}}: não é possível criar a pasta {{path}} nem gravar nela. Informe uma pasta em que você possa gravar.",
  'file.receipt-kept': "{{option}}: não foi possível gravar o comprovante em {{path}}, então ele fica em {{saved}}.",
};
