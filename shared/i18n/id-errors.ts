/** Indonesian texts of the core's own error messages (same keys as en-errors.ts). */
import type { enErrors } from './en-errors';

export const idErrors: Readonly<Record<keyof typeof enErrors, string>> = {
  'coreError.tokenEmpty': "Tidak ada token yang diberikan. Tempel token pengguna sistem.",
  'coreError.tokenTooShort': "Ini terlalu pendek untuk token akses. Salin seluruh token dari Pengaturan Bisnis.",
  'coreError.tokenTooLong': "Ini terlalu panjang untuk satu token akses. Tempel tokennya saja.",
  'coreError.tokenBadCharacters': "Ini tidak terlihat seperti token akses: ada karakter yang tidak pernah ada di token. Salin lagi tokennya.",
  'coreError.tokenNotConnected': "Belum ada token yang terhubung. Hubungkan token pengguna sistem dulu.",
  'coreError.idLooksLikePhone': "Ini terlihat seperti nomor telepon, bukan ID. Pakai ID akun WhatsApp atau ID nomor telepon yang tampil di WhatsApp Manager.",
  'coreError.idDigitsOnly': "ID hanya berisi angka, seperti 102290129340398.",
  'coreError.wabaNotOfBusiness': "Akun WhatsApp {{waba}} bukan milik bisnis {{business}} dan tidak dibagikan kepadanya, sejauh yang bisa dilihat token ini.",
  'coreError.practiceOnly': "Token latihan hanya berfungsi dalam mode latihan.",
  'coreError.practiceNoSuchToken': "Skenario latihan ini tidak punya token dengan label itu.",
  'coreError.providerTokenMissing': "Tempel token penyedia.",
  'coreError.noProviderKit': "Belum ada kit penyedia: periksa token penyedia dulu.",
  'coreError.noExpiryToRemind': "Token ini tidak kedaluwarsa (atau masa berlakunya tidak diketahui), jadi tidak ada yang perlu diingatkan.",
  'coreError.practiceReceipt': "Ini bukti latihan: akunnya hanya ada di server latihan, jadi tidak bisa diperiksa ke Graph API Meta yang sungguhan.",
  'coreError.noCheckYet': "Belum ada pemeriksaan akses ini di sesi ini. Verifikasi dulu, lalu minta buktinya.",
  'coreError.appIdNotNumber': "ID aplikasi harus berupa angka, seperti yang tampil di Dasbor Aplikasi → Pengaturan → Dasar → ID Aplikasi.",
  'app.startFailed': "Aplikasi tidak bisa dimulai. Tutup lalu coba lagi. Jika terus terjadi, instal ulang aplikasinya.",
};
