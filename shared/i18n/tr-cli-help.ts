/** Turkish `waba-access --help` (same keys as en-cli-help.ts; commands, flags and IDs unchanged). */
import type { enCliHelp } from './en-cli-help';

export const trCliHelp: Readonly<Record<keyof typeof enCliHelp, string>> = {
  'cli.usage': `waba-access: bir sistem kullanıcısına WhatsApp Business Hesabı erişimi verin, kontrol edin, geri alın.

Kullanım: waba-access <komut> [seçenekler]

Komutlar
  token set                 bir sistem kullanıcısı token'ı kaydeder (standart girdiden okunur, asla komut satırından değil)
  token status              kayıtlı bir token var mı, nerede ve hangisi (yalnızca son 4 karakter)
  token forget              kayıtlı token'ı siler
  app-secret set [--app ID] "Uygulama Gizli Anahtarı Gerektir" açık olan bir Meta uygulamasının gizli anahtarını kaydeder (standart girdiden okunur)
  app-secret forget [--app ID]
                            kayıtlı bir uygulama gizli anahtarını siler (--app olmadan hepsini)
  inspect                   token'ı kontrol eder: tür, süre, izinler, rol, neleri görebildiği
  wabas --business ID       bir işletmenin WhatsApp hesapları, telefon numaraları ve paylaşım bilgisiyle
  system-users --business ID [--waba ID]
                            bir işletmenin sistem kullanıcıları (WABA'daki görevleriyle)
  whatis ID                 bir kimliğin işletme mi, WABA mı, telefon numarası mı yoksa sistem kullanıcısı mı olduğunu söyler
  assign --waba ID --business ID --user ID --tasks T1,T2 [--exact] [--yes] [--provider-profile FILE] [--receipt-out FILE]
                            planı gösterir, sorar, uygular ve doğrular
  verify --waba ID --business ID --user ID --tasks T1,T2 [--exact]
                            kullanıcının bu görevlere sahip olduğunu kontrol eder
  remove --waba ID --user ID [--business ID] [--yes] [--receipt-out FILE]
                            kullanıcının WABA erişimini kaldırır
  bulk --file FILE [--exact] [--yes] [--max-wait SECONDS] [--concurrency N] [--provider-profile FILE] [--receipt-out FILE]
                            birçok satırı atar (CSV veya JSON); hız sınırlarına ve kesintilere dayanır
  handoff --waba ID [--business ID] [--user ID] [--provider-profile FILE]
                            SAĞLAYICININ token'ını kontrol eder (standart girdi veya gizli istem, asla kaydedilmez) ve sağlayıcı kitini yazdırır
  check --receipt FILE      önceki bir makbuzdaki her erişimi yeniden okur: hâlâ geçerli mi?
  practice [--port N] [--scenario FILE]
                            alıştırma sunucusunu (Meta'nın yerel bir yedeği) Ctrl+C'ye kadar çalıştırır

Her komut için seçenekler
  --graph-url URL           Graph API adresi (ortam değişkeni WABA_GRAPH_URL; varsayılan https://graph.facebook.com)
  --api-version vNN.0       Graph API sürümü (varsayılan ayarlardan, v26.0)
  --token-stdin             standart girdiden bir token okur ve yalnızca bu çalıştırmada kullanır (kaydedilmez)
  --app-secret-file PATH    Meta uygulamasının gizli anahtarı, bir dosyadan, bu çalıştırma için (parola deposundakinden önce gelir)
  --data-dir DIR            ayarların, günlüğün, kayıtların ve makbuzların durduğu yer (ortam değişkeni WABA_DATA_DIR)
  --ca-file PATH            bu şirket CA dosyasına (PEM) da güvenir; tekrarlanabilir (ortam değişkeni WABA_CA_FILE;
                            NODE_EXTRA_CA_CERTS'in gösterdiği dosyaya da güvenilir). Sertifikalar her zaman kontrol edilir.
  --lang CODE               metinlerin dili: en, es, pt-BR, hi, id, tr, ru, ar (ortam değişkeni WABA_LANG; varsayılan en)
  --json                    standart çıktıda makinenin okuyabileceği çıktı
  --help                    bir komutun yardımı

Çıkış kodları: 0 tamam/doğrulandı, 2 hatalı kullanım veya girdi, 3 token sorunu, 4 izin sorunu,
5 doğrulanmadı, 6 hız sınırı nedeniyle vazgeçildi, 7 ağ/proxy/zaman aşımı, 1 diğer her şey (bir onay sorusuna
hayır demek dahil: hiçbir şey değiştirilmedi).`,
  'cli.help.token-set': `Kullanım: waba-access token set [--json]
Standart girdiden bir sistem kullanıcısı token'ı okur (örneğin: waba-access token set < token.txt),
Meta ile kontrol eder ve sistemin parola deposuna kaydeder. Token asla komut satırından
alınmaz, çünkü komut satırları kabuk geçmişine ve işlem listelerine düşer.`,
  'cli.help.token-status': "Kullanım: waba-access token status [--json]\nKayıtlı bir token olup olmadığını ve nerede olduğunu söyler; türünü, süresini ve son 4 karakterini gösterir.",
  'cli.help.token-forget': "Kullanım: waba-access token forget [--json]\nKayıtlı token'ı bu bilgisayardan siler. Daha önce verilen erişim yerinde kalır.",
  'cli.help.app-secret-set': `Kullanım: waba-access app-secret set [--app APP_ID] [--json]
Meta uygulamanızın gizli anahtarını standart girdiden okur (örneğin: waba-access app-secret set --app 1234 < secret.txt)
ve token'ın yanına, sistemin parola deposuna kaydeder. Yalnızca uygulamada "Uygulama Gizli Anahtarı Gerektir" açıksa gerekir
(Uygulama Paneli → Ayarlar → Gelişmiş → Güvenlik): o zaman her çağrı appsecret_proof taşır; bu, token'ın
gizli anahtarla yapılmış bir imzasıdır. Gizli anahtar Uygulama Paneli → Ayarlar → Temel → Uygulama Gizli Anahtarı altındadır. --app olmadan
kayıtlı token'ın uygulaması kullanılır ve Meta önce gizli anahtarı kontrol eder. Gizli anahtar asla komut satırından alınmaz.`,
  'cli.help.app-secret-forget': 'Kullanım: waba-access app-secret forget [--app APP_ID] [--json]\nBir uygulamanın kayıtlı gizli anahtarını siler (--app olmadan kayıtlı tüm gizli anahtarları).',
  'cli.help.inspect': "Kullanım: waba-access inspect [--json]\nToken'ı üç katmanda kontrol eder: token'ın kendisi, kime ait olduğu ve neleri görebildiği.",
  'cli.help.wabas': 'Kullanım: waba-access wabas --business ID [--json]\nİşletmenin sahip olduğu veya onunla paylaşılan WhatsApp hesaplarını telefon numaraları ve paylaşım bilgisiyle listeler.',
  'cli.help.system-users': "Kullanım: waba-access system-users --business ID [--waba ID] [--json]\nİşletmenin sistem kullanıcılarını rolleriyle listeler; --waba ile o hesaptaki mevcut görevlerini de.",
  'cli.help.whatis': "Kullanım: waba-access whatis ID [--json]\nBir kimliğin ne olduğunu (işletme, WhatsApp hesabı, telefon numarası, sistem kullanıcısı) token'ın görebildiği kadarıyla söyler.",
  'cli.help.assign': `Kullanım: waba-access assign --waba ID --business ID --user ID --tasks T1,T2 [--exact] [--yes] [--provider-profile FILE] [--receipt-out FILE] [--json]
Planı gösterir (nelerin ekleneceğini ve nelerin kaldırılacağını), onay ister (veya --yes), uygular
ve doğrular. Görevler kullanıcının zaten sahip olduklarına EKLENİR; --exact listeyi tam olarak uygular
(listede olmayan görevler kaldırılır). --yes, --exact olmadan hiçbir şeyi kaldırmaz.
FULL_CONTROL (Business Suite'teki "Tam kontrol") kabul edilir ve onun yerine MANAGE gönderilir.
Soru sorulacak bir terminal yoksa --yes zorunludur. Hayır demek hiçbir şeyi değiştirmez ve çıkış 1 ile biter. Görevler: {{tasks}}.
--provider-profile FILE: sağlayıcının profili (JSON); --tasks verilmediğinde onun görevleri kullanılır
(--tasks önceliklidir, bir uyarıyla), SHA-256 değeri yazdırılır, makbuzda sağlayıcının adı geçer ve
profildekinden farklı adlı bir sistem kullanıcısı işaretlenir. Bozuk veya çok büyük bir profil
hatalı alan belirtilerek reddedilir (çıkış 2). --receipt-out FILE makbuzu (SHA-256 özetiyle)
makbuz klasörü yerine FILE'a yazar. Token'ın süresi dolacaksa, bir hafta öncesi için bir takvim hatırlatıcısı (.ics)
makbuzların yanına yazılır.`,
  'cli.help.verify': 'Kullanım: waba-access verify --waba ID --business ID --user ID --tasks T1,T2 [--exact] [--json]\nErişimi Meta\'dan yeniden okur ve her görevi kontrol eder: verilmiş, MANAGE (tam kontrol) içinde, eksik veya fazladan.\nMANAGE\'e sahip bir kullanıcı her göreve sahiptir; --exact yalnızca liste tam olarak bu görevlerse geçer:\nMANAGE diğerlerinin yerini tutmaz ve istenmeyen bir görev doğrulamayı başarısız kılar.',
  'cli.help.remove': "Kullanım: waba-access remove --waba ID --user ID [--business ID] [--yes] [--receipt-out FILE] [--json]\nKullanıcının WhatsApp hesabındaki tüm erişimini kaldırır (--yes yoksa önce sorar; hayır demek hiçbir şeyi değiştirmez ve çıkış 1 ile biter).\n--receipt-out FILE kaldırma makbuzunu (SHA-256 özetiyle) makbuz klasörü yerine FILE'a yazar.",
  'cli.help.bulk': `Kullanım: waba-access bulk --file FILE [--exact] [--yes] [--max-wait SECONDS] [--concurrency N] [--provider-profile FILE] [--receipt-out FILE] [--json]
Sistem kullanıcılarına tek bir dosyadan birçok WhatsApp hesabına erişim verir; güvenle kaldığı yerden sürdürülebilir.
Her satırın görevleri kullanıcının sahip olduklarına eklenir; --exact (tüm çalıştırma için) gerisini kaldırır.
FILE, başlığı waba,business,user,tasks olan bir CSV'dir; hücreleri virgülle veya, başlık
satırı noktalı virgül kullanıyorsa, noktalı virgülle ayrılır (virgüllü bir dosyanın hücresinde görevler | veya ; ile ayrılır,
ör. 102290129340398,506914307656634,1972555232742222,DEVELOP|MANAGE_TEMPLATES) ya da kimlikleri tırnak içinde olan
{"waba","business","user","tasks"} öğelerinden oluşan bir JSON dizisidir.
Önce her satır kontrol edilir (hatalı satırlar satır numarasıyla listelenir ve hiçbir şey gönderilmez), sonra
toplu okumalarla planlanır; özet onay ister (veya --yes; terminal yoksa
zorunludur). Değişiklikler Meta'ya en fazla 25 satırlık gruplar halinde gider, her satırın değişikliğinin hemen ardından
doğrulama okuması gelir (bir grupta aynı WABA'ya asla iki değişiklik olmaz); başarısız olan bir satır diğerlerini durdurmaz.
Meta'nın hız sınırı koyduğu bir WABA (hata 80008) Meta'nın bekleme süresi bitene kadar bir kenara alınır,
diğer satırlar devam eder; beklemeleri toplamda --max-wait'i (varsayılan 900 s) aşacaksa satırları
"ertelendi" olarak kalır. --concurrency (1 ile 4 arası, varsayılan 1) aynı anda kaç grubun
gönderildiğidir; aynı WABA'ya asla aynı anda iki değişiklik yapılmaz. Aynı dosyayı yeniden çalıştırmak yarıda kalan bir çalıştırmayı bitirir: zaten yerinde olan satırlar
atlanır ve hiçbir şey iki kez gönderilmez. Çalıştırmanın bir makbuzu veri klasörünün makbuzlarına kaydedilir
(veya --receipt-out FILE'a); --provider-profile FILE makbuzda sağlayıcının adını verir (bozuk veya çok büyükse
reddedilir, çıkış 2).
Çıkış kodu, ilk geçerli olan: 5 bir satır uygulandı ama doğrulanmadı, 1 bir satır başarısız oldu veya
reddedildi (veya onayda hayır dediniz: hiçbir şey gönderilmedi), 6 bir satır hız sınırları nedeniyle ertelendi, 0 her satır tamam veya zaten yerinde.
Görevler: {{tasks}}.`,
  'cli.help.handoff': `Kullanım: waba-access handoff --waba ID [--business ID] [--user ID] [--provider-profile FILE] [--token-stdin] [--json]
SAĞLAYICINIZIN kullanacağı token'ı (bir sistem kullanıcısının token'ı) kaydetmeden veya günlüğe yazmadan kontrol eder:
--token-stdin ile standart girdiden okunur ya da gizli bir isteme yazılır. Kayıtlı yönetici token'ı
asla okunmaz, değiştirilmez veya gerekmez. Kontroller: bir sistem kullanıcısının token'ı (bir kişininki değil), verildiyse --user'a
ait (yönetici sistem kullanıcısının token'ı çalışır, bir tavsiyeyle); süresi (hiçbir zaman veya tarih; 60 günlük
token'lar için uyarı ve bir hafta öncesine yazılan .ics takvim hatırlatıcısı); izinleri
(en az whatsapp_business_messaging ve whatsapp_business_management, artı profildekiler); token'ın
WABA'ya ve telefon numaralarına ulaştığı. Ardından sağlayıcı kitini yazdırır: işletme kimliği, WABA kimliği,
her telefon numarası kimliği görünen numarası ve doğrulanmış adıyla, uygulama kimliği, doğrulanan görevler, token'ın
süresi (asla token'ın kendisi değil). --json kiti yazdırır. --provider-profile sağlayıcının adını verir ve
başka bir uygulamanın token'ı veya başka adlı bir sistem kullanıcısı için uyarır.
Çıkış: 0 uygun (uyarılar bunu değiştirmez), 2 hatalı girdi, 3 token uygun değil (kişi token'ı, süresi dolmuş,
geçersiz, eksik izin, başka bir sistem kullanıcısı), 4 WABA'ya ulaşamıyor, 6 hız sınırı,
7 ağ, 1 diğer.`,
  'cli.help.check': `Kullanım: waba-access check --receipt FILE [--token-stdin] [--json]
Önceki bir makbuzun (tekli, toplu veya kaldırma; JSON) belirttiği her erişimi kullanımdaki token'la
yeniden okur (kayıtlı olan veya --token-stdin: bir sağlayıcı WABA'yı okuyabildiği yerde kendi token'ını kullanabilir).
Önce dosya bozulmamış olmalıdır: "digest" alanı, o alan olmadan RFC 8785 kanonik biçiminin
SHA-256 değeridir. Özet, dosyanın değiştirilmediğini gösterir, kimin yaptığını değil; kanıt Meta'nın yanıtıdır.
Çıkış: 0 her erişim hâlâ geçerli (fazladan görevler listelenir, değişiklik sayılmaz), 5 değişiklik (kullanıcı artık
atanmamış veya bir görevi eksik; kaldırma makbuzunda kullanıcı yeniden atanmış), 2 dosya değiştirilmiş,
makbuz değil veya gerçek Graph API'ye karşı kontrol edilen bir alıştırma makbuzu, 4 token bir WABA'nın
atamalarını okuyamıyor ("kontrol edilemiyor", asla kaldırıldı olarak bildirilmez), 3 token, 6 hız sınırı,
7 ağ.`,
  'cli.help.practice': `Kullanım: waba-access practice [--port N] [--scenario FILE] [--json]
Graph alıştırma sunucusunu 127.0.0.1 üzerinde Ctrl+C'ye kadar çalıştırır. Diğer komutları
--graph-url ile ona yönlendirin ve yazdırdığı alıştırma token'larından birini kullanın.`,
};
