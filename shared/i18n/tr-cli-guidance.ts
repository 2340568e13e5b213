/** Turkish command-line guidance (same keys as en-cli-guidance.ts; commands, flags and file names unchanged). */
import type { enCliGuidance } from './en-cli-guidance';

export const trCliGuidance: Readonly<Record<keyof typeof enCliGuidance, string>> = {
  'cli.unknownCommandSuggest': 'Bilinmeyen komut "{{name}}". Bunu mu demek istediniz: {{suggestion}}? Komutları görmek için "waba-access --help" çalıştırın.',
  'cli.unknownOptionFor': '{{command}} için bilinmeyen seçenek --{{name}}. Bkz. waba-access {{command}} --help.',
  'cli.unknownOptionForSuggest': '{{command}} için bilinmeyen seçenek --{{name}}. Bunu mu demek istediniz: --{{suggestion}}? Bkz. waba-access {{command}} --help.',
  'cli.unknownOption': 'Bilinmeyen seçenek --{{name}}. Bkz. waba-access --help.',
  'cli.groupNeedsSub': 'Hangi {{group}} komutu: {{commands}}? Bkz. waba-access {{group}} --help.',
  'cli.optionNeedsValue': '--{{name}} seçeneğinin ardından bir değer gerekir: --{{name}} DEĞER.',
  'cli.optionTwice': '--{{name}} seçeneği farklı değerlerle birden fazla kez verildi ({{values}}): yalnızca bir kez verin.',
  'cli.strayWord': '{{command}} "{{word}}" sözcüğünü okumaz: seçenekleri dışında sözcük almaz. Onu kaldırın ya da ait olduğu seçeneğin arkasına yazın.',
  'cli.strayValue': '--{{name}} sonrasındaki "{{word}}" okunmaz: bir seçenek tek değer alır. Birden fazla değer için virgülle ayırın: --{{name}} {{joined}}',
  'cli.help.token': `Kullanım: waba-access token <set|status|forget> [--json]
  token set      bir sistem kullanıcısı token'ını saklar (standart girdiden okunur, asla komut satırından değil)
  token status   saklı bir token var mı, nerede ve hangisi (yalnızca son 4 karakter)
  token forget   saklı token'ı siler
Her biri için waba-access token set --help (ya da status, forget) bölümüne bakın.`,
  'cli.help.app-secret': `Kullanım: waba-access app-secret <set|forget> [--app APP_ID] [--json]
  app-secret set      "Require App Secret" açık bir Meta uygulamasının gizli anahtarını saklar (standart girdiden okunur)
  app-secret forget   saklı bir uygulama gizli anahtarını siler (--app olmadan hepsini)
Her biri için waba-access app-secret set --help (ya da forget) bölümüne bakın.`,
  'cli.planBlockedJson': 'Hiçbir şey değiştirilmedi: plan bu değişikliği reddediyor. {{problems}} "fields" içinde adı geçen alanı düzeltin ve komutu yeniden çalıştırın.',
  'cli.inspectBusiness': 'İşletme: {{name}} ({{id}})',
  'cli.appSecretNoKeychain':
    'Sistem anahtar zinciri burada kullanılamıyor, bu yüzden uygulama gizli anahtarı saklanamıyor. Her çalıştırmada --app-secret-file PATH ile verin (yalnızca anahtarı içeren bir dosya) ya da anahtar zincirinin kilidini açın veya kurun.',
  'cli.keychainUnreachable':
    'Sistem anahtar zincirine burada ulaşılamıyor ({{why}}), bu yüzden içinden hiçbir şey silinemedi: daha önce orada saklanan her şey hâlâ orada.',
  'cli.keychainUnreachableAction': 'Sistem anahtar zincirinin kilidini açın veya kurun, sonra komutu yeniden çalıştırın.',
  'cli.handoff.unfitTokenJson': 'Sağlayıcının token\'ı devir için kullanılamıyor: başarısız kontroller "checks" içinde listeleniyor.',
  'cli.handoff.tokenNotFromArgv':
    "Sağlayıcının token'ı standart girdiden ya da gizli bir istemden okunur, asla komut satırından değil. Örnek: waba-access handoff --waba ID --token-stdin < provider-token.txt",
  'cli.handoff.emptyStdin': "Standart girdiden hiçbir token gelmedi. Sağlayıcının token'ını aktarın, örneğin: waba-access handoff --waba {{waba}} --token-stdin < provider-token.txt",
  'cli.handoff.action.token':
    'Sağlayıcınızdan sistem kullanıcısının yeni bir token\'ını isteyin ya da bir tane oluşturun: Business Suite → Ayarlar → Sistem kullanıcıları → sağlayıcının sistem kullanıcısı → Token oluştur, süre "Hiçbir zaman", whatsapp_business_management ve whatsapp_business_messaging ile. Sonra handoff\'u o token ile yeniden çalıştırın.',
  'cli.handoff.action.reach':
    "Sağlayıcının sistem kullanıcısına bu WhatsApp hesabına erişim verin: İşletme Ayarları → Sistem kullanıcıları → sağlayıcının sistem kullanıcısı → Varlık ata → WhatsApp hesabı. Sonra handoff'u aynı token ile yeniden çalıştırın.",
  'cli.bulk.delimiterFound':
    'Başlık satırı "{{found}}" karakterinden {{count}} sütuna bölündü. Hücreler virgülle ya da noktalı virgülle ayrılabilir (başlık satırı belirler); başlık waba,business,user,tasks ya da waba;business;user;tasks olmalı.',
  'cli.bulk.delimiterNone':
    'Başlık satırında sütunlar arasında virgül ya da noktalı virgül yok. Hücreler virgülle ya da noktalı virgülle ayrılabilir (başlık satırı belirler); başlık waba,business,user,tasks ya da waba;business;user;tasks olmalı.',
  'cli.bulk.rowDelimiter': 'bu satır "{{other}}" ile ayrılmış, ama başlık satırı "{{used}}" ile: her satırı başlık gibi ayırın.',
  'cli.keychainWhy.no-dbus': 'çalışan bir D-Bus oturumu yok',
  'cli.keychainWhy.no-secret-service': 'çalışan bir parola deposu hizmeti (Secret Service) yok',
  'cli.keychainWhy.keyring-locked': 'parola deposu kilitli',
  'cli.keychainWhy.keychain-error': 'parola deposu bir hatayla yanıt verdi',
  'cli.receiptKind.waba-access-receipt': '(erişim verildi)',
  'cli.receiptKind.waba-access-bulk-receipt': '(toplu işlem)',
  'cli.receiptKind.waba-access-removal-receipt': '(erişim kaldırıldı)',
};
