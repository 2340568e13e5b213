/** Turkish texts for Meta's refusals by code (same keys as en-remedy.ts). */
import type { enRemedy } from './en-remedy';

export const trRemedy: Readonly<Record<keyof typeof enRemedy, string>> = {
  'remedy.token-expired':
    'Token\'ın süresi doldu. Business Suite\'te yenisini oluşturun: Ayarlar → Sistem kullanıcıları → Token oluştur; süre "Hiçbir zaman", izinler business_management, whatsapp_business_management ve whatsapp_business_messaging olsun. Sonra eskisinin yerine yeni token\'ı kullanın.',
  'remedy.token-password-changed':
    'Token\'ın ait olduğu kişinin şifresi değiştirildiği için token çalışmıyor. Bunun yerine bir sistem kullanıcısının token\'ını kullanın: Business Suite → Ayarlar → Sistem kullanıcıları → Token oluştur.',
  'remedy.token-invalid':
    'Meta token\'ın geçerli olmadığını söylüyor: iptal edilmiş ya da tamamı kopyalanmamış. Business Suite → Ayarlar → Sistem kullanıcıları → Token oluştur ile yenisini oluşturun ve tamamını kopyalayın.',
  'remedy.token-app-not-installed':
    'Token\'ın uygulaması bu kullanıcı için ayarlanmamış. Business Suite → Ayarlar → Sistem kullanıcıları\'nda sistem kullanıcısına uygulamayı verin ("Varlık ata" → Uygulamalar), sonra token\'ı o uygulama için yeniden oluşturun.',
  'remedy.token-account-blocked':
    'Meta, token\'ın ait olduğu hesabı biri facebook.com\'da oturum açıp onaylayana kadar durdurdu. Bunu yapın ya da bunun yerine bir sistem kullanıcısının token\'ını kullanın (Business Suite → Ayarlar → Sistem kullanıcıları → Token oluştur).',
  'remedy.no-active-token':
    'Çağrıyla birlikte Meta\'ya kullanılabilir bir token ulaşmadı. Token\'ı yeniden verin; tamamını, etrafında boşluk ya da tırnak olmadan kopyalayın.',
  'remedy.unknown-path':
    'Meta çağrılan adresi tanımıyor: API sürümü ya da Graph adresi yanlış. v26.0 gibi bir sürüm ve https://graph.facebook.com adresini kullanın.',
  'remedy.object-not-visible':
    'Meta bu kimliği bulamıyor ya da token onu göremiyor. Kimliği kontrol edin (WhatsApp Yöneticisi WhatsApp Business hesabı kimliğini, İşletme Ayarları → İşletme bilgileri işletme kimliğini gösterir) ve hesabın sistem kullanıcısına verildiğinden emin olun (İşletme Ayarları → Sistem kullanıcıları → Varlık ata).',
  'remedy.wrong-id-kind':
    'Bu kimlik istenenden farklı türde; örneğin WhatsApp Business hesabı kimliği gereken yerde bir telefon numarası kimliği. Kimliğin neye ait olduğunu kontrol edin ve doğrusunu kullanın.',
  'remedy.app-permission':
    'Token\'ın oluşturulduğu Meta uygulamasının bunu yapma izni yok. App Dashboard\'da uygulamada WhatsApp ürününün olduğunu ve başka işletmelerin hesapları için whatsapp_business_management\'a Gelişmiş erişimi olduğunu kontrol edin.',
  'remedy.missing-scope':
    'Token\'da {{scope}} izni yok. Business Suite → Ayarlar → Sistem kullanıcıları → Token oluştur ile {{scope}} işaretli yeni bir token oluşturun ve onu kullanın.',
  'remedy.not-admin':
    'Erişimi yalnızca yönetici bir sistem kullanıcısının token\'ı verebilir. İşletmenin yönetici bir sistem kullanıcısının token\'ını kullanın ya da bu adımı işletmenin bir yöneticisinden isteyin.',
  'remedy.multi-partner':
    'Bu WhatsApp Business hesabı mesajlaşma olmadan bir Çok Ortaklı Çözüm üzerinden paylaşılmış, bu yüzden Meta bu hesapta MANAGE ve MESSAGING\'i reddediyor. Bunun yerine ayrıntılı izinler seçin (örneğin DEVELOP ve MANAGE_TEMPLATES) ya da hesabın sahibi olan işletmeden hesabı mesajlaşmayla paylaşmasını isteyin.',
  'remedy.no-asset-access':
    'Token\'ın sistem kullanıcısı bu hesapta işlem yapamıyor. İşletme Ayarları → Sistem kullanıcıları\'nda WhatsApp hesabının ona verildiğini (başkalarına erişim vermek için Tam kontrol) ve token\'da business_management ile whatsapp_business_management olduğunu kontrol edin. Başka işletmelerin hesapları için uygulamaya Gelişmiş erişim de gerekir.',
  'remedy.capability':
    'Token\'ın oluşturulduğu Meta uygulamasında bu çağrı için gereken yetenek yok. App Dashboard\'da uygulamada WhatsApp ürününün olduğunu ve token\'ın o uygulama için oluşturulduğunu kontrol edin.',
  'remedy.rate-app':
    'Meta uygulaması son bir saatte çok fazla çağrı yaptı (bu sayım uygulamayı kullanan tüm araçlar arasında paylaşılır). Bekleyin, sonra yeniden deneyin; çağrılar kayan bir saat içinde sayılır.',
  'remedy.rate-user':
    'Bu token kısa sürede çok fazla çağrı yaptı. Birkaç dakika bekleyin, sonra yeniden deneyin.',
  'remedy.rate-custom':
    'Meta düzensiz yığınlar hâlinde gelen çağrıları sınırlar. Birkaç dakika bekleyin, sonra aynı anda daha az çağrıyla yeniden deneyin.',
  'remedy.rate-waba':
    'Bu WhatsApp Business hesabı, kayıtlı bir telefon numarası olana kadar saatte yaklaşık 200 erişim değişikliğine izin verir. Meta\'nın verdiği süre kadar bekleyin, sonra yeniden deneyin; bir telefon numarası kaydetmek sınırı yükseltir.',
  'remedy.policy-block':
    'Meta bunu bir politika sorunu nedeniyle bir süreliğine engelledi. Bekleyin ve nedeni Business Suite → İşletme destek ana sayfası (Hesap kalitesi) bölümünde okuyun.',
};
