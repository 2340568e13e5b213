/** Arabic texts of a file that cannot be used; same keys as en-files.ts. */
import type { enFiles } from './en-files';

export const arFiles: Readonly<Record<keyof typeof enFiles, string>> = {
  'file.not-found': "{{option}}: لا يوجد ملف في {{path}}. تحقّق من المجلد ومن اسم الملف.",
  'file.is-folder': "{{option}}: {{path}} مجلد وليس ملفًا. أعطِ مسار الملف نفسه.",
  'file.no-permission': "{{option}}: تتعذّر قراءة {{path}}: ليس لديك إذن بقراءته. غيّر أذونات الملف، أو انسخه إلى مجلد خاص بك.",
  'file.unreadable': "{{option}}: تتعذّر قراءة {{path}}. تأكّد من أن الملف موجود وغير مستخدم، ثم حاول مرة أخرى.",
  'file.not-json': "{{option}}: {{path}} ليس JSON صالحًا. تأكّد من أنه الملف الذي تقصده وأنه لم يُعدَّل يدويًا.",
  'file.empty': "{{option}}: {{path}} فارغ. تأكّد من أنه الملف الذي تقصده.",
  'file.not-a-folder': "{{option}}: {{path}} ملف وليس مجلدًا. أعطِ مجلدًا (يُنشأ إن لم يكن موجودًا بعد).",
  'file.no-folder': "{{option}}: تتعذّر كتابة {{path}}: المجلد الذي سيُحفظ فيه غير موجود. أنشئ المجلد أولًا، أو أعطِ مسارًا في مجلد موجود.",
  'file.folder-unusable': "{{option}}: يتعذّر إنشاء المجلد {{path}} أو الكتابة فيه. أعطِ مجلدًا يمكنك الكتابة فيه.",
  'file.receipt-kept': "{{option}}: تعذّرت كتابة الإيصال في {{path}}، لذا يبقى في {{saved}}.",
};
