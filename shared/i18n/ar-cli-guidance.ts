/** Arabic command-line guidance (same keys as en-cli-guidance.ts; commands, flags and file names unchanged). */
import type { enCliGuidance } from './en-cli-guidance';

export const arCliGuidance: Readonly<Record<keyof typeof enCliGuidance, string>> = {
  'cli.unknownCommandSuggest': 'أمر غير معروف "{{name}}". هل تقصد {{suggestion}}؟ شغّل "waba-access --help" لرؤية الأوامر.',
  'cli.unknownOptionFor': 'خيار غير معروف --{{name}} للأمر {{command}}. راجع waba-access {{command}} --help.',
  'cli.unknownOptionForSuggest': 'خيار غير معروف --{{name}} للأمر {{command}}. هل تقصد --{{suggestion}}؟ راجع waba-access {{command}} --help.',
  'cli.unknownOption': 'خيار غير معروف --{{name}}. راجع waba-access --help.',
  'cli.groupNeedsSub': 'أيّ أمر من {{group}}: {{commands}}؟ راجع waba-access {{group}} --help.',
  'cli.optionNeedsValue': 'يحتاج الخيار --{{name}} إلى قيمة بعده: --{{name}} VALUE.',
  'cli.optionTwice': 'تم تمرير الخيار --{{name}} أكثر من مرة بقيم مختلفة ({{values}}): مرّره مرة واحدة فقط.',
  'cli.strayWord': 'لا يقرأ {{command}} الكلمة "{{word}}": لا يقبل كلمات غير خياراته. احذفها، أو ضعها بعد الخيار الذي تنتمي إليه.',
  'cli.strayValue': 'الكلمة "{{word}}" بعد --{{name}} لا تُقرأ: يأخذ الخيار قيمة واحدة. لإعطاء عدة قيم، افصل بينها بفواصل: --{{name}} {{joined}}',
  'cli.help.token': `الاستخدام: waba-access token <set|status|forget> [--json]
  token set      يحفظ رمز وصول مستخدم نظام (يُقرأ من الإدخال القياسي، لا من سطر الأوامر أبدًا)
  token status   هل يوجد رمز وصول محفوظ، وأين، وأيّ رمز (آخر 4 أحرف فقط)
  token forget   يحذف رمز الوصول المحفوظ
راجع waba-access token set --help (أو status، forget) لكل منها.`,
  'cli.help.app-secret': `الاستخدام: waba-access app-secret <set|forget> [--app APP_ID] [--json]
  app-secret set      يحفظ المفتاح السري لتطبيق Meta مفعّل فيه "Require App Secret" (يُقرأ من الإدخال القياسي)
  app-secret forget   يحذف مفتاحًا سريًا محفوظًا (كلها بدون --app)
راجع waba-access app-secret set --help (أو forget) لكل منها.`,
  'cli.planBlockedJson': 'لم يتغيّر شيء: ترفض الخطة هذا التغيير. {{problems}} صحّح الحقل المذكور في "fields" وشغّل الأمر مرة أخرى.',
  'cli.inspectBusiness': 'النشاط التجاري: {{name}} ({{id}})',
  'cli.appSecretNoKeychain':
    'لا يمكن استخدام سلسلة مفاتيح النظام هنا، لذا لا يمكن حفظ المفتاح السري للتطبيق. أعطه في كل تشغيل عبر --app-secret-file PATH (ملف فيه المفتاح السري فقط)، أو افتح قفل سلسلة المفاتيح أو أعدّها.',
  'cli.keychainUnreachable':
    'لا يمكن الوصول إلى سلسلة مفاتيح النظام هنا ({{why}})، لذا لم يُحذف منها شيء: كل ما حُفظ فيها سابقًا ما زال هناك.',
  'cli.keychainUnreachableAction': 'افتح قفل سلسلة مفاتيح النظام أو أعدّها، ثم شغّل الأمر مرة أخرى.',
  'cli.handoff.unfitTokenJson': 'لا يمكن استخدام رمز وصول المزوّد في التسليم: الفحوص التي فشلت مذكورة في "checks".',
  'cli.handoff.tokenNotFromArgv':
    'يُقرأ رمز وصول المزوّد من الإدخال القياسي أو من طلب مخفي، لا من سطر الأوامر أبدًا. مثال: waba-access handoff --waba ID --token-stdin < provider-token.txt',
  'cli.handoff.emptyStdin': 'لم يصل أي رمز وصول عبر الإدخال القياسي. مرّر رمز وصول المزوّد، مثلًا: waba-access handoff --waba {{waba}} --token-stdin < provider-token.txt',
  'cli.handoff.action.token':
    'اطلب من مزوّدك رمز وصول جديدًا لمستخدم النظام الخاص به، أو أنشئ واحدًا: Business Suite ← الإعدادات ← مستخدمو النظام ← مستخدم نظام المزوّد ← إنشاء رمز وصول، بصلاحية "أبدًا"، مع whatsapp_business_management وwhatsapp_business_messaging. ثم شغّل handoff مرة أخرى بذلك الرمز.',
  'cli.handoff.action.reach':
    'امنح مستخدم نظام المزوّد الوصول إلى حساب WhatsApp هذا: إعدادات النشاط التجاري ← مستخدمو النظام ← مستخدم نظام المزوّد ← تعيين الأصول ← حساب WhatsApp. ثم شغّل handoff مرة أخرى بالرمز نفسه.',
  'cli.bulk.delimiterFound':
    'قُسّم سطر العناوين عند "{{found}}" إلى {{count}} عمود. يمكن فصل الخلايا بفواصل أو بفواصل منقوطة (يحدّد ذلك سطر العناوين)؛ ويجب أن يكون سطر العناوين waba,business,user,tasks أو waba;business;user;tasks.',
  'cli.bulk.delimiterNone':
    'لا توجد في سطر العناوين فاصلة ولا فاصلة منقوطة بين الأعمدة. يمكن فصل الخلايا بفواصل أو بفواصل منقوطة (يحدّد ذلك سطر العناوين)؛ ويجب أن يكون سطر العناوين waba,business,user,tasks أو waba;business;user;tasks.',
  'cli.bulk.rowDelimiter': 'هذا السطر مفصول بـ "{{other}}"، لكن سطر العناوين مفصول بـ "{{used}}": افصل كل سطر كما في سطر العناوين.',
  'cli.keychainWhy.no-dbus': 'لا تعمل جلسة D-Bus',
  'cli.keychainWhy.no-secret-service': 'لا تعمل خدمة مخزن كلمات المرور (Secret Service)',
  'cli.keychainWhy.keyring-locked': 'مخزن كلمات المرور مقفل',
  'cli.keychainWhy.keychain-error': 'أعاد مخزن كلمات المرور خطأ',
  'cli.receiptKind.waba-access-receipt': '(منح وصول)',
  'cli.receiptKind.waba-access-bulk-receipt': '(تشغيل جماعي)',
  'cli.receiptKind.waba-access-removal-receipt': '(سحب وصول)',
};
