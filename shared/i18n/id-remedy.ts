/** Indonesian texts for Meta's refusals by code (same keys as en-remedy.ts). */
import type { enRemedy } from './en-remedy';

export const idRemedy: Readonly<Record<keyof typeof enRemedy, string>> = {
  'remedy.token-expired':
    'Token sudah kedaluwarsa. Buat yang baru di Business Suite: Pengaturan → Pengguna sistem → Buat token, masa berlaku "Tidak pernah", dengan izin business_management, whatsapp_business_management, dan whatsapp_business_messaging. Lalu gunakan token baru itu sebagai gantinya.',
  'remedy.token-password-changed':
    'Token berhenti berfungsi karena kata sandi orang pemilik token diubah. Gunakan token pengguna sistem sebagai gantinya: Business Suite → Pengaturan → Pengguna sistem → Buat token.',
  'remedy.token-invalid':
    'Meta menyatakan token tidak valid: token dicabut, atau tidak tersalin utuh. Buat yang baru di Business Suite → Pengaturan → Pengguna sistem → Buat token, lalu salin seluruhnya.',
  'remedy.token-app-not-installed':
    'Aplikasi token belum disiapkan untuk pengguna ini. Di Business Suite → Pengaturan → Pengguna sistem, berikan aplikasi itu ke pengguna sistem ("Tetapkan aset" → Aplikasi), lalu buat token lagi untuk aplikasi tersebut.',
  'remedy.token-account-blocked':
    'Meta menangguhkan akun pemilik token sampai seseorang masuk di facebook.com dan mengonfirmasinya. Lakukan itu, atau gunakan token pengguna sistem sebagai gantinya (Business Suite → Pengaturan → Pengguna sistem → Buat token).',
  'remedy.no-active-token':
    'Tidak ada token yang bisa dipakai sampai ke Meta bersama panggilan itu. Berikan token lagi, tersalin utuh, tanpa spasi atau tanda kutip di sekitarnya.',
  'remedy.unknown-path':
    'Meta tidak mengenal alamat yang dipanggil: versi API atau alamat Graph salah. Gunakan versi seperti v26.0 dan alamat https://graph.facebook.com.',
  'remedy.object-not-visible':
    'Meta tidak menemukan ID ini, atau token tidak bisa melihatnya. Periksa ID-nya (WhatsApp Manager menampilkan ID akun WhatsApp Business; Pengaturan Bisnis → Info bisnis menampilkan ID bisnis), dan pastikan akun itu sudah diberikan ke pengguna sistem (Pengaturan Bisnis → Pengguna sistem → Tetapkan aset).',
  'remedy.wrong-id-kind':
    'ID ini berbeda jenis dari yang diminta, misalnya ID nomor telepon di tempat yang butuh ID akun WhatsApp Business. Periksa ID itu milik apa dan gunakan yang benar.',
  'remedy.app-permission':
    'Aplikasi Meta tempat token dibuat tidak diizinkan melakukan ini. Di App Dashboard, periksa bahwa aplikasi memiliki produk WhatsApp dan, untuk akun milik bisnis lain, Advanced access ke whatsapp_business_management.',
  'remedy.missing-scope':
    'Token tidak memiliki izin {{scope}}. Buat token baru di Business Suite → Pengaturan → Pengguna sistem → Buat token dengan {{scope}} dicentang, lalu gunakan sebagai gantinya.',
  'remedy.not-admin':
    'Hanya token pengguna sistem admin yang bisa memberi akses. Gunakan token pengguna sistem admin bisnis itu, atau minta admin bisnis melakukan langkah ini.',
  'remedy.multi-partner':
    'Akun WhatsApp Business ini dibagikan melalui Solusi Multi-Mitra tanpa perpesanan, jadi Meta menolak MANAGE dan MESSAGING di akun ini. Pilih izin terperinci sebagai gantinya (misalnya DEVELOP dan MANAGE_TEMPLATES), atau minta bisnis pemiliknya membagikannya dengan perpesanan.',
  'remedy.no-asset-access':
    'Pengguna sistem token ini tidak boleh bertindak di akun ini. Di Pengaturan Bisnis → Pengguna sistem, periksa bahwa ia memiliki akun WhatsApp (Kontrol penuh untuk memberi akses ke orang lain) dan token memiliki business_management dan whatsapp_business_management. Akun milik bisnis lain juga memerlukan Advanced access untuk aplikasi.',
  'remedy.capability':
    'Aplikasi Meta tempat token dibuat tidak memiliki kemampuan untuk panggilan ini. Periksa di App Dashboard bahwa aplikasi memiliki produk WhatsApp, dan token dibuat untuk aplikasi itu.',
  'remedy.rate-app':
    'Aplikasi Meta sudah membuat terlalu banyak panggilan dalam satu jam terakhir (hitungan ini dibagi oleh semua alat yang memakai aplikasi). Tunggu, lalu coba lagi; panggilan dihitung dalam satu jam bergulir.',
  'remedy.rate-user':
    'Token ini membuat terlalu banyak panggilan dalam waktu singkat. Tunggu beberapa menit, lalu coba lagi.',
  'remedy.rate-custom':
    'Meta membatasi panggilan yang datang bergelombang tidak teratur. Tunggu beberapa menit, lalu coba lagi dengan lebih sedikit panggilan sekaligus.',
  'remedy.rate-waba':
    'Akun WhatsApp Business ini hanya menerima sekitar 200 perubahan akses per jam sampai memiliki nomor telepon terdaftar. Tunggu waktu yang diberikan Meta, lalu coba lagi; mendaftarkan nomor telepon menaikkan batasnya.',
  'remedy.policy-block':
    'Meta memblokir ini untuk sementara karena masalah kebijakan. Tunggu, dan baca alasannya di Business Suite → Pusat dukungan bisnis (Kualitas akun).',
};
