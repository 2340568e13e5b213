/** Russian texts of a file that cannot be used; same keys as en-files.ts. */
import type { enFiles } from './en-files';

export const ruFiles: Readonly<Record<keyof typeof enFiles, string>> = {
  'file.not-found': "{{option}}: по пути {{path}} нет файла. Проверьте папку и имя файла.",
  'file.is-folder': "{{option}}: {{path}} — это папка, а не файл. Укажите путь к самому файлу.",
  'file.no-permission': "{{option}}: не удаётся прочитать {{path}}: у вас нет прав на чтение этого файла. Измените права доступа к файлу или скопируйте его в свою папку.",
  'file.unreadable': "{{option}}: не удаётся прочитать {{path}}. Проверьте, что файл на месте и не занят другой программой, и попробуйте снова.",
  'file.not-json': "{{option}}: {{path}} — не корректный JSON. Проверьте, что это нужный файл и что его не меняли вручную.",
  'file.empty': "{{option}}: файл {{path}} пуст. Проверьте, что это нужный файл.",
  'file.not-a-folder': "{{option}}: {{path}} — это файл, а не папка. Укажите папку (если её ещё нет, она будет создана).",
  'file.no-folder': "{{option}}: не удаётся записать {{path}}: папки, в которую он должен попасть, нет. Сначала создайте папку или укажите путь в существующей папке.",
  'file.folder-unusable': "{{option}}: не удаётся создать папку {{path}} или записать в неё. Укажите папку, в которую у вас есть право записи.",
  'file.receipt-kept': "{{option}}: не удалось записать квитанцию в {{path}}, поэтому она остаётся в {{saved}}.",
};
