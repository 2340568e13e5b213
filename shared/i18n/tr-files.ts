/** Turkish texts of a file that cannot be used; same keys as en-files.ts. */
import type { enFiles } from './en-files';

export const trFiles: Readonly<Record<keyof typeof enFiles, string>> = {
  'file.not-found': "{{option}}: {{path}} konumunda dosya yok. Klasörü ve dosya adını kontrol edin.",
  'file.is-folder': "{{option}}: {{path}} bir klasör, dosya değil. Dosyanın kendi yolunu verin.",
  'file.no-permission': "{{option}}: {{path}} okunamıyor: bu dosyayı okuma izniniz yok. Dosyanın izinlerini değiştirin ya da onu kendi klasörlerinizden birine kopyalayın.",
  'file.unreadable': "{{option}}: {{path}} okunamıyor. Dosyanın orada olduğunu ve kullanımda olmadığını kontrol edip yeniden deneyin.",
  'file.not-json': "{{option}}: {{path}} geçerli bir JSON değil. Kastettiğiniz dosya olduğunu ve elle değiştirilmediğini kontrol edin.",
  'file.empty': "{{option}}: {{path}} boş. Kastettiğiniz dosya olduğunu kontrol edin.",
  'file.not-a-folder': "{{option}}: {{path}} bir dosya, klasör değil. Bir klasör verin (henüz yoksa oluşturulur).",
  'file.no-folder': "{{option}}: {{path}} yazılamıyor: gireceği klasör yok. Önce klasörü oluşturun ya da var olan bir klasörde bir yol verin.",
  'file.folder-unusable': "{{option}}: {{path}} klasörü oluşturulamıyor ya da içine yazılamıyor. Yazabileceğiniz bir klasör verin.",
  'file.receipt-kept': "{{option}}: makbuz {{path}} konumuna yazılamadı; {{saved}} konumunda duruyor.",
};
