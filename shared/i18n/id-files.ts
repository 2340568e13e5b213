/** Indonesian texts of a file that cannot be used; same keys as en-files.ts. */
import type { enFiles } from './en-files';

export const idFiles: Readonly<Record<keyof typeof enFiles, string>> = {
  'file.not-found': "{{option}}: tidak ada file di {{path}}. Periksa folder dan nama file-nya.",
  'file.is-folder': "{{option}}: {{path}} adalah folder, bukan file. Berikan path file itu sendiri.",
  'file.no-permission': "{{option}}: {{path}} tidak dapat dibaca: Anda tidak punya izin untuk membacanya. Ubah izin file itu, atau salin ke folder milik Anda.",
  'file.unreadable': "{{option}}: {{path}} tidak dapat dibaca. Pastikan file-nya ada dan tidak sedang dipakai, lalu coba lagi.",
  'file.not-json': "{{option}}: {{path}} bukan JSON yang valid. Pastikan ini file yang Anda maksud dan tidak diubah secara manual.",
  'file.empty': "{{option}}: {{path}} kosong. Pastikan ini file yang Anda maksud.",
  'file.not-a-folder': "{{option}}: {{path}} adalah file, bukan folder. Berikan sebuah folder (folder dibuat jika belum ada).",
  'file.no-folder': "{{option}}: {{path}} tidak dapat ditulis: folder tujuannya tidak ada. Buat folder itu dulu, atau berikan path di folder yang sudah ada.",
  'file.folder-unusable': "{{option}}: folder {{path}} tidak dapat dibuat atau ditulisi. Berikan folder yang bisa Anda tulisi.",
  'file.receipt-kept': "{{option}}: bukti tidak dapat ditulis ke {{path}}, jadi bukti tetap berada di {{saved}}.",
};
