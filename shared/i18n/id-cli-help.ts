/** Indonesian `waba-access --help` (same keys as en-cli-help.ts; commands, flags and IDs unchanged). */
import type { enCliHelp } from './en-cli-help';

export const idCliHelp: Readonly<Record<keyof typeof enCliHelp, string>> = {
  'cli.usage': `waba-access: beri pengguna sistem akses ke Akun WhatsApp Business, periksa, dan batalkan.

Cara pakai: waba-access <perintah> [opsi]

Perintah
  token set                 simpan token pengguna sistem (dibaca dari input standar, tidak pernah dari baris perintah)
  token status              apakah ada token tersimpan, di mana, dan yang mana (hanya 4 karakter terakhir)
  token forget              hapus token yang tersimpan
  app-secret set [--app ID] simpan kunci rahasia aplikasi Meta yang mengaktifkan "Wajibkan Kunci Rahasia Aplikasi" (dibaca dari input standar)
  app-secret forget [--app ID]
                            hapus kunci rahasia aplikasi yang tersimpan (semuanya jika tanpa --app)
  inspect                   periksa token: jenis, masa berlaku, izin, peran, apa yang bisa dilihatnya
  wabas --business ID       akun WhatsApp milik sebuah bisnis, dengan nomor telepon dan status berbagi
  system-users --business ID [--waba ID]
                            pengguna sistem sebuah bisnis (dengan tugas mereka di WABA)
  whatis ID                 sebutkan apakah sebuah ID adalah bisnis, WABA, nomor telepon, atau pengguna sistem
  assign --waba ID --business ID --user ID --tasks T1,T2 [--exact] [--yes] [--provider-profile FILE] [--receipt-out FILE]
                            tampilkan rencana, tanyakan, terapkan, lalu periksa
  verify --waba ID --business ID --user ID --tasks T1,T2 [--exact]
                            periksa bahwa pengguna punya tugas-tugas ini
  remove --waba ID --user ID [--business ID] [--yes] [--receipt-out FILE]
                            cabut akses pengguna ke WABA
  bulk --file FILE [--exact] [--yes] [--max-wait SECONDS] [--concurrency N] [--provider-profile FILE] [--receipt-out FILE]
                            tetapkan banyak baris (CSV atau JSON); tetap jalan meski ada batas laju dan gangguan
  handoff --waba ID [--business ID] [--user ID] [--provider-profile FILE]
                            periksa token PENYEDIA (input standar atau prompt tersembunyi, tidak pernah disimpan) dan cetak kit penyedia
  check --receipt FILE      baca ulang setiap akses yang disebut bukti sebelumnya: apakah masih berlaku?
  practice [--port N] [--scenario FILE]
                            jalankan server latihan (pengganti lokal untuk Meta) sampai Ctrl+C

Opsi untuk setiap perintah
  --graph-url URL           alamat Graph API (env WABA_GRAPH_URL; bawaan https://graph.facebook.com)
  --api-version vNN.0       versi Graph API (bawaan dari pengaturan, v26.0)
  --token-stdin             baca token dari input standar dan pakai hanya untuk kali ini (tidak disimpan)
  --app-secret-file PATH    kunci rahasia aplikasi Meta, dari file, untuk kali ini (mengalahkan penyimpanan kata sandi)
  --data-dir DIR            tempat pengaturan, jurnal, log, dan bukti disimpan (env WABA_DATA_DIR)
  --ca-file PATH            percayai juga file CA perusahaan ini (PEM); bisa diulang (env WABA_CA_FILE;
                            file yang disebut NODE_EXTRA_CA_CERTS juga dipercaya). Sertifikat selalu diperiksa.
  --lang CODE               bahasa teks: en, es, pt-BR, hi, id, tr, ru, ar (env WABA_LANG; bawaan en)
  --json                    keluaran yang bisa dibaca mesin di output standar
  --help                    bantuan untuk sebuah perintah

Kode keluar: 0 selesai/terverifikasi, 2 pemakaian atau input salah, 3 masalah token, 4 masalah izin,
5 tidak terverifikasi, 6 kena batas laju dan menyerah, 7 jaringan/proxy/waktu habis, 1 lainnya (termasuk menjawab
tidak pada konfirmasi: tidak ada yang diubah).`,
  'cli.help.token-set': `Cara pakai: waba-access token set [--json]
Membaca token pengguna sistem dari input standar (misalnya: waba-access token set < token.txt),
memeriksanya ke Meta, lalu menyimpannya di penyimpanan kata sandi sistem. Token tidak pernah diambil dari
baris perintah, karena baris perintah tercatat di riwayat shell dan daftar proses.`,
  'cli.help.token-status': 'Cara pakai: waba-access token status [--json]\nMenyebutkan apakah ada token tersimpan dan di mana, serta menampilkan jenis, masa berlaku, dan 4 karakter terakhirnya.',
  'cli.help.token-forget': 'Cara pakai: waba-access token forget [--json]\nMenghapus token tersimpan dari komputer ini. Akses yang sudah diberikan tetap ada.',
  'cli.help.app-secret-set': `Cara pakai: waba-access app-secret set [--app APP_ID] [--json]
Membaca kunci rahasia aplikasi Meta Anda dari input standar (misalnya: waba-access app-secret set --app 1234 < secret.txt)
dan menyimpannya di penyimpanan kata sandi sistem di samping token. Hanya perlu jika aplikasi mengaktifkan "Wajibkan Kunci Rahasia Aplikasi"
(Dasbor Aplikasi → Pengaturan → Lanjutan → Keamanan): setiap panggilan lalu membawa appsecret_proof, tanda tangan
token yang dibuat dengan kunci rahasia itu. Kunci rahasia ada di Dasbor Aplikasi → Pengaturan → Dasar → Kunci Rahasia Aplikasi. Tanpa --app,
aplikasi dari token tersimpan yang dipakai dan Meta memeriksa kunci rahasianya lebih dulu. Kunci rahasia tidak pernah diambil dari baris perintah.`,
  'cli.help.app-secret-forget': 'Cara pakai: waba-access app-secret forget [--app APP_ID] [--json]\nMenghapus kunci rahasia tersimpan milik satu aplikasi (semua kunci rahasia tersimpan jika tanpa --app).',
  'cli.help.inspect': 'Cara pakai: waba-access inspect [--json]\nMemeriksa token dalam tiga lapis: token itu sendiri, milik siapa, dan apa yang bisa dilihatnya.',
  'cli.help.wabas': 'Cara pakai: waba-access wabas --business ID [--json]\nMenampilkan akun WhatsApp yang dimiliki bisnis atau yang dibagikan kepadanya, dengan nomor telepon dan status berbagi.',
  'cli.help.system-users': 'Cara pakai: waba-access system-users --business ID [--waba ID] [--json]\nMenampilkan pengguna sistem bisnis beserta perannya; dengan --waba, juga tugas mereka saat ini di WABA itu.',
  'cli.help.whatis': 'Cara pakai: waba-access whatis ID [--json]\nMenyebutkan apa sebuah ID (bisnis, akun WhatsApp, nomor telepon, pengguna sistem) sejauh yang bisa dilihat token.',
  'cli.help.assign': `Cara pakai: waba-access assign --waba ID --business ID --user ID --tasks T1,T2 [--exact] [--yes] [--provider-profile FILE] [--receipt-out FILE] [--json]
Menampilkan rencana (apa yang ditambah dan apa yang dicabut), meminta konfirmasi (atau --yes), menerapkannya,
lalu memeriksanya. Tugas DITAMBAHKAN ke tugas yang sudah dimiliki pengguna; --exact membuat daftarnya persis
(tugas yang tidak tercantum dicabut). --yes tidak pernah mencabut apa pun tanpa --exact.
FULL_CONTROL ("Kontrol penuh" di Business Suite) diterima dan MANAGE yang dikirim sebagai gantinya.
Tanpa terminal untuk bertanya, --yes wajib. Jika menjawab tidak, tidak ada yang diubah dan keluar dengan kode 1. Tugas: {{tasks}}.
--provider-profile FILE: profil penyedia (JSON); tugasnya dipakai jika --tasks tidak
diberikan (--tasks yang menang, dengan pemberitahuan), SHA-256-nya dicetak, bukti menyebut nama penyedia, dan
pengguna sistem dengan nama yang berbeda dari profil ditandai. Profil yang rusak atau terlalu besar
ditolak (keluar 2) dengan menyebut kolom yang salah. --receipt-out FILE menulis bukti (dengan ringkasan
SHA-256-nya) ke FILE, bukan ke folder bukti. Jika token punya masa berlaku, pengingat kalender (.ics)
seminggu sebelumnya ditulis di samping bukti.`,
  'cli.help.verify': 'Cara pakai: waba-access verify --waba ID --business ID --user ID --tasks T1,T2 [--exact] [--json]\nMembaca ulang akses dari Meta dan memeriksa setiap tugas: diberikan, sudah termasuk dalam MANAGE (kontrol penuh), kurang, atau tambahan.\nPengguna yang punya MANAGE punya semua tugas; --exact hanya lolos bila daftarnya persis tugas-tugas ini:\nMANAGE tidak menggantikan tugas lain, dan tugas yang tidak diminta membuatnya gagal.',
  'cli.help.remove': 'Cara pakai: waba-access remove --waba ID --user ID [--business ID] [--yes] [--receipt-out FILE] [--json]\nMencabut semua akses pengguna ke akun WhatsApp (bertanya dulu kecuali dengan --yes; jika menjawab tidak, tidak ada yang diubah dan keluar dengan kode 1).\n--receipt-out FILE menulis bukti pencabutan (dengan ringkasan SHA-256-nya) ke FILE, bukan ke folder bukti.',
  'cli.help.bulk': `Cara pakai: waba-access bulk --file FILE [--exact] [--yes] [--max-wait SECONDS] [--concurrency N] [--provider-profile FILE] [--receipt-out FILE] [--json]
Memberi pengguna sistem akses ke banyak akun WhatsApp dari satu file, dan aman dilanjutkan jika terhenti.
Tugas setiap baris ditambahkan ke tugas yang dimiliki pengguna; --exact (untuk seluruh proses) mencabut sisanya.
FILE adalah CSV dengan header waba,business,user,tasks, selnya dipisah koma atau, jika
baris header memakainya, titik koma (tugas dipisah | atau ; di sel file berkoma,
mis. 102290129340398,506914307656634,1972555232742222,DEVELOP|MANAGE_TEMPLATES) atau array JSON
berisi {"waba","business","user","tasks"} dengan ID di dalam tanda kutip.
Setiap baris diperiksa dulu (baris yang salah dicantumkan dengan nomor barisnya dan tidak ada yang dikirim), lalu
direncanakan dengan pembacaan berkelompok; ringkasannya meminta konfirmasi (atau --yes; wajib tanpa
terminal). Perubahan dikirim ke Meta dalam kelompok berisi hingga 25 baris, tiap perubahan langsung diikuti pembacaan
ulang untuk memeriksanya (tidak pernah dua perubahan pada satu WABA dalam satu kelompok); baris yang gagal tidak menghentikan baris lain.
WABA yang dibatasi lajunya oleh Meta (error 80008) disisihkan sampai waktu tunggu Meta selesai sementara
baris lain terus berjalan; jika total waktu tunggunya melebihi --max-wait (bawaan 900 s) barisnya
dibiarkan "ditunda". --concurrency (1 sampai 4, bawaan 1) adalah jumlah kelompok
yang dikirim bersamaan, tidak pernah dua perubahan pada satu WABA sekaligus. Menjalankan file yang sama lagi menyelesaikan proses yang terhenti: baris yang sudah ada
dilewati dan tidak ada yang dikirim dua kali. Bukti proses disimpan di folder bukti pada folder data
(atau di --receipt-out FILE); --provider-profile FILE mencantumkan penyedia di dalamnya (ditolak, keluar 2, jika
rusak atau terlalu besar).
Kode keluar, yang pertama berlaku: 5 sebuah baris diterapkan tetapi tidak terverifikasi, 1 sebuah baris gagal atau
ditolak (atau Anda menjawab tidak saat konfirmasi: tidak ada yang dikirim), 6 sebuah baris ditunda karena batas laju, 0 semua baris selesai atau sudah ada.
Tugas: {{tasks}}.`,
  'cli.help.handoff': `Cara pakai: waba-access handoff --waba ID [--business ID] [--user ID] [--provider-profile FILE] [--token-stdin] [--json]
Memeriksa token yang akan dipakai PENYEDIA Anda (token pengguna sistem), tanpa menyimpan atau mencatatnya:
dibaca dari input standar dengan --token-stdin, atau diketik di prompt tersembunyi. Token admin yang tersimpan
tidak pernah dibaca, diganti, atau dibutuhkan. Yang diperiksa: token pengguna sistem (bukan milik orang), milik --user jika
diberikan (token pengguna sistem admin bisa dipakai, dengan saran); masa berlakunya (tidak pernah, atau tanggalnya; peringatan
untuk token 60 hari, dengan pengingat kalender .ics ditulis seminggu sebelumnya); izinnya
(minimal whatsapp_business_messaging dan whatsapp_business_management, ditambah izin dari profil); bahwa
token menjangkau WABA dan nomor teleponnya. Lalu mencetak kit penyedia: ID bisnis, ID WABA,
setiap ID nomor telepon dengan nomor tampilan dan nama terverifikasinya, ID aplikasi, tugas yang diverifikasi, masa berlaku
token (tidak pernah tokennya). --json mencetak kit. --provider-profile menyebut nama penyedia dan memperingatkan
tentang token dari aplikasi lain atau pengguna sistem dengan nama lain.
Keluar: 0 layak (peringatan tidak mengubahnya), 2 input salah, 3 token tidak layak (token orang, kedaluwarsa,
tidak valid, izin kurang, pengguna sistem lain), 4 tidak bisa menjangkau WABA, 6 batas laju,
7 jaringan, 1 lainnya.`,
  'cli.help.check': `Cara pakai: waba-access check --receipt FILE [--token-stdin] [--json]
Membaca ulang setiap akses yang disebut bukti sebelumnya (tunggal, massal, atau pencabutan; JSON), dengan token yang
dipakai (yang tersimpan, atau --token-stdin: penyedia bisa memakai tokennya sendiri di tempat ia bisa membaca WABA).
File harus utuh lebih dulu: "digest"-nya adalah SHA-256 dari bentuk kanonis RFC 8785 tanpa
kolom itu. Ringkasan menunjukkan file tidak diubah, bukan siapa pembuatnya; buktinya adalah jawaban Meta.
Keluar: 0 semua akses masih berlaku (tugas tambahan dicantumkan, bukan perubahan), 5 berubah (pengguna tidak lagi
ditetapkan atau kurang satu tugas; untuk bukti pencabutan, pengguna ditetapkan lagi), 2 file diubah,
bukan bukti, atau bukti latihan yang diperiksa ke Graph API sungguhan, 4 token tidak bisa
membaca penetapan sebuah WABA ("tidak bisa diperiksa", tidak pernah dilaporkan sebagai dicabut), 3 token, 6 batas laju,
7 jaringan.`,
  'cli.help.practice': `Cara pakai: waba-access practice [--port N] [--scenario FILE] [--json]
Menjalankan server latihan Graph di 127.0.0.1 sampai Ctrl+C. Arahkan perintah lain ke sana dengan
--graph-url dan pakai salah satu token latihan yang dicetaknya.`,
};
