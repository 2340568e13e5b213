/** Turkish texts of the core's own error messages (same keys as en-errors.ts). */
import type { enErrors } from './en-errors';

export const trErrors: Readonly<Record<keyof typeof enErrors, string>> = {
  'coreError.tokenEmpty': "Token verilmedi. Sistem kullanıcısı token'ını yapıştırın.",
  'coreError.tokenTooShort': "Bu, bir erişim token'ı olmak için çok kısa. Token'ın tamamını İşletme Ayarları'ndan kopyalayın.",
  'coreError.tokenTooLong': "Bu, tek bir erişim token'ı olmak için çok uzun. Yalnızca token'ı yapıştırın.",
  'coreError.tokenBadCharacters': "Bu bir erişim token'ına benzemiyor: bir token'da asla olmayan karakterler içeriyor. Token'ı yeniden kopyalayın.",
  'coreError.tokenNotConnected': "Bağlı bir token yok. Önce bir sistem kullanıcısı token'ı bağlayın.",
  'coreError.idLooksLikePhone': "Bu bir kimlik değil, telefon numarasına benziyor. WhatsApp Yöneticisi'nde gösterilen WhatsApp hesap kimliğini veya telefon numarası kimliğini kullanın.",
  'coreError.idDigitsOnly': "Bir kimlik yalnızca rakamlardan oluşur, örneğin 102290129340398.",
  'coreError.wabaNotOfBusiness': "Bu token'ın görebildiği kadarıyla {{waba}} WhatsApp hesabı {{business}} işletmesinin değil ve onunla paylaşılmamış.",
  'coreError.practiceOnly': "Alıştırma token'ları yalnızca alıştırma modunda çalışır.",
  'coreError.practiceNoSuchToken': "Bu alıştırma senaryosunda bu etikete sahip bir token yok.",
  'coreError.providerTokenMissing': "Sağlayıcının token'ını yapıştırın.",
  'coreError.noProviderKit': "Henüz sağlayıcı kiti yok: önce sağlayıcının token'ını kontrol edin.",
  'coreError.noExpiryToRemind': "Bu token'ın süresi dolmuyor (veya bilinmiyor), bu yüzden hatırlatılacak bir şey yok.",
  'coreError.practiceReceipt': "Bu bir alıştırma makbuzu: hesapları yalnızca alıştırma sunucusunda var, bu yüzden Meta'nın gerçek Graph API'sine karşı kontrol edilemez.",
  'coreError.noCheckYet': "Bu oturumda bu erişim henüz kontrol edilmedi. Önce doğrulayın, sonra makbuzu isteyin.",
  'coreError.appIdNotNumber': "Uygulama kimliği, Uygulama Paneli → Ayarlar → Temel → Uygulama Kimliği'nde gösterildiği gibi bir sayı olmalıdır.",
  'app.startFailed': "Uygulama başlatılamadı. Lütfen kapatıp yeniden deneyin. Tekrar ederse uygulamayı yeniden yükleyin.",
};
