/** Indonesian command-line guidance (same keys as en-cli-guidance.ts; commands, flags and file names unchanged). */
import type { enCliGuidance } from './en-cli-guidance';

export const idCliGuidance: Readonly<Record<keyof typeof enCliGuidance, string>> = {
  'cli.unknownCommandSuggest': 'Perintah "{{name}}" tidak dikenal. Maksud Anda {{suggestion}}? Jalankan "waba-access --help" untuk melihat daftar perintah.',
  'cli.unknownOptionFor': 'Opsi --{{name}} tidak dikenal untuk {{command}}. Lihat waba-access {{command}} --help.',
  'cli.unknownOptionForSuggest': 'Opsi --{{name}} tidak dikenal untuk {{command}}. Maksud Anda --{{suggestion}}? Lihat waba-access {{command}} --help.',
  'cli.unknownOption': 'Opsi --{{name}} tidak dikenal. Lihat waba-access --help.',
  'cli.groupNeedsSub': 'Perintah {{group}} yang mana: {{commands}}? Lihat waba-access {{group}} --help.',
  'cli.optionNeedsValue': 'Opsi --{{name}} memerlukan nilai sesudahnya: --{{name}} NILAI.',
  'cli.optionTwice': 'Opsi --{{name}} diberikan lebih dari sekali dengan nilai berbeda ({{values}}): berikan sekali saja.',
  'cli.strayWord': '{{command}} tidak membaca "{{word}}": perintah ini tidak menerima kata selain opsinya. Hapus, atau letakkan setelah opsi yang sesuai.',
  'cli.strayValue': '"{{word}}" setelah --{{name}} tidak dibaca: satu opsi hanya menerima satu nilai. Untuk beberapa nilai, pisahkan dengan koma: --{{name}} {{joined}}',
  'cli.help.token': `Penggunaan: waba-access token <set|status|forget> [--json]
  token set      simpan token pengguna sistem (dibaca dari input standar, tidak pernah dari baris perintah)
  token status   apakah ada token tersimpan, di mana, dan yang mana (hanya 4 karakter terakhir)
  token forget   hapus token yang tersimpan
Lihat waba-access token set --help (atau status, forget) untuk masing-masing.`,
  'cli.help.app-secret': `Penggunaan: waba-access app-secret <set|forget> [--app APP_ID] [--json]
  app-secret set      simpan rahasia aplikasi Meta yang mengaktifkan "Require App Secret" (dibaca dari input standar)
  app-secret forget   hapus rahasia aplikasi yang tersimpan (semuanya tanpa --app)
Lihat waba-access app-secret set --help (atau forget) untuk masing-masing.`,
  'cli.planBlockedJson': 'Tidak ada yang diubah: rencana menolak perubahan ini. {{problems}} Perbaiki kolom yang disebut di "fields" lalu jalankan perintahnya lagi.',
  'cli.inspectBusiness': 'Bisnis: {{name}} ({{id}})',
  'cli.appSecretNoKeychain':
    'Keychain sistem tidak bisa dipakai di sini, jadi rahasia aplikasi tidak bisa disimpan. Berikan pada setiap eksekusi dengan --app-secret-file PATH (file yang hanya berisi rahasia itu), atau buka kunci atau siapkan keychain.',
  'cli.keychainUnreachable':
    'Keychain sistem tidak bisa dijangkau di sini ({{why}}), jadi tidak ada yang bisa dihapus darinya: apa pun yang disimpan sebelumnya masih ada di sana.',
  'cli.keychainUnreachableAction': 'Buka kunci atau siapkan keychain sistem, lalu jalankan perintahnya lagi.',
  'cli.handoff.unfitTokenJson': 'Token penyedia tidak bisa dipakai untuk serah terima: pemeriksaan yang gagal tercantum di "checks".',
  'cli.handoff.tokenNotFromArgv':
    'Token penyedia dibaca dari input standar atau prompt tersembunyi, tidak pernah dari baris perintah. Contoh: waba-access handoff --waba ID --token-stdin < provider-token.txt',
  'cli.handoff.emptyStdin': 'Tidak ada token yang masuk lewat input standar. Kirimkan token penyedia, misalnya: waba-access handoff --waba {{waba}} --token-stdin < provider-token.txt',
  'cli.handoff.action.token':
    'Minta token baru dari pengguna sistem penyedia Anda, atau buat sendiri: Business Suite → Pengaturan → Pengguna sistem → pengguna sistem penyedia → Buat token, masa berlaku "Tidak pernah", dengan whatsapp_business_management dan whatsapp_business_messaging. Lalu jalankan handoff lagi dengan token itu.',
  'cli.handoff.action.reach':
    'Beri pengguna sistem penyedia akses ke akun WhatsApp ini: Pengaturan Bisnis → Pengguna sistem → pengguna sistem penyedia → Tetapkan aset → akun WhatsApp itu. Lalu jalankan handoff lagi dengan token yang sama.',
  'cli.bulk.delimiterFound':
    'Baris judul dipisah pada "{{found}}" menjadi {{count}} kolom. Sel boleh dipisah dengan koma atau titik koma (baris judul yang menentukan); judulnya harus waba,business,user,tasks atau waba;business;user;tasks.',
  'cli.bulk.delimiterNone':
    'Baris judul tidak memiliki koma atau titik koma di antara kolomnya. Sel boleh dipisah dengan koma atau titik koma (baris judul yang menentukan); judulnya harus waba,business,user,tasks atau waba;business;user;tasks.',
  'cli.bulk.rowDelimiter': 'baris ini dipisah dengan "{{other}}", tetapi baris judul dengan "{{used}}": pisahkan setiap baris seperti baris judul.',
  'cli.keychainWhy.no-dbus': 'tidak ada sesi D-Bus yang berjalan',
  'cli.keychainWhy.no-secret-service': 'tidak ada layanan penyimpanan kata sandi (Secret Service) yang berjalan',
  'cli.keychainWhy.keyring-locked': 'penyimpanan kata sandi terkunci',
  'cli.keychainWhy.keychain-error': 'penyimpanan kata sandi menjawab dengan galat',
  'cli.receiptKind.waba-access-receipt': '(akses diberikan)',
  'cli.receiptKind.waba-access-bulk-receipt': '(proses massal)',
  'cli.receiptKind.waba-access-removal-receipt': '(akses dicabut)',
};
