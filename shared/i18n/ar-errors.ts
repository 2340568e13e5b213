/** Arabic texts of the core's own error messages (same keys as en-errors.ts). */
import type { enErrors } from './en-errors';

export const arErrors: Readonly<Record<keyof typeof enErrors, string>> = {
  'coreError.tokenEmpty': "لم يُعطَ أي رمز وصول. الصق رمز وصول مستخدم النظام.",
  'coreError.tokenTooShort': "هذا أقصر من أن يكون رمز وصول. انسخ رمز الوصول كاملًا من إعدادات النشاط التجاري.",
  'coreError.tokenTooLong': "هذا أطول من أن يكون رمز وصول واحدًا. الصق رمز الوصول فقط.",
  'coreError.tokenBadCharacters': "هذا لا يبدو رمز وصول: فيه أحرف لا تكون في رمز الوصول أبدًا. انسخ رمز الوصول مرة أخرى.",
  'coreError.tokenNotConnected': "لا يوجد رمز وصول مربوط. اربط رمز وصول لمستخدم نظام أولًا.",
  'coreError.idLooksLikePhone': "هذا يبدو رقم هاتف وليس معرّفًا. استخدم معرّف حساب WhatsApp أو معرّف رقم الهاتف الظاهر في WhatsApp Manager.",
  'coreError.idDigitsOnly': "المعرّف أرقام فقط، مثل 102290129340398.",
  'coreError.wabaNotOfBusiness': "حساب WhatsApp {{waba}} ليس مملوكًا للنشاط التجاري {{business}} ولا مُشاركًا معه، بقدر ما يرى رمز الوصول هذا.",
  'coreError.practiceOnly': "رموز وصول التدريب لا تعمل إلا في وضع التدريب.",
  'coreError.practiceNoSuchToken': "لا يوجد في سيناريو التدريب هذا رمز وصول بهذا الاسم.",
  'coreError.providerTokenMissing': "الصق رمز وصول مزوّد الخدمة.",
  'coreError.noProviderKit': "لا توجد حزمة لمزوّد الخدمة بعد: افحص رمز وصول مزوّد الخدمة أولًا.",
  'coreError.noExpiryToRemind': "لا تنتهي صلاحية رمز الوصول هذا (أو أنها غير معروفة)، لذلك لا يوجد ما نذكّرك به.",
  'coreError.practiceReceipt': "هذا إيصال تدريب: حساباته موجودة على خادم التدريب فقط، لذلك لا يمكن فحصه مقابل Graph API الحقيقي من Meta.",
  'coreError.noCheckYet': "لم يُفحص هذا الوصول في هذه الجلسة بعد. تحقق منه أولًا، ثم اطلب الإيصال.",
  'coreError.appIdNotNumber': "يجب أن يكون معرّف التطبيق رقمًا، كما يظهر في لوحة معلومات التطبيق ← الإعدادات ← أساسي ← معرّف التطبيق.",
  'app.startFailed': "تعذّر تشغيل التطبيق. يُرجى إغلاقه والمحاولة مرة أخرى. إذا تكرر ذلك، فأعد تثبيت التطبيق.",
};
