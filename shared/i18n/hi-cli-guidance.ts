/** Hindi command-line guidance (same keys as en-cli-guidance.ts; commands, flags and file names unchanged). */
import type { enCliGuidance } from './en-cli-guidance';

export const hiCliGuidance: Readonly<Record<keyof typeof enCliGuidance, string>> = {
  'cli.unknownCommandSuggest': 'अज्ञात कमांड "{{name}}"। क्या आपका मतलब {{suggestion}} था? कमांड देखने के लिए "waba-access --help" चलाएँ।',
  'cli.unknownOptionFor': '{{command}} के लिए अज्ञात विकल्प --{{name}}। waba-access {{command}} --help देखें।',
  'cli.unknownOptionForSuggest': '{{command}} के लिए अज्ञात विकल्प --{{name}}। क्या आपका मतलब --{{suggestion}} था? waba-access {{command}} --help देखें।',
  'cli.unknownOption': 'अज्ञात विकल्प --{{name}}। waba-access --help देखें।',
  'cli.groupNeedsSub': '{{group}} का कौन-सा कमांड: {{commands}}? waba-access {{group}} --help देखें।',
  'cli.optionNeedsValue': 'विकल्प --{{name}} के बाद एक मान चाहिए: --{{name}} VALUE।',
  'cli.optionTwice': 'विकल्प --{{name}} एक से ज़्यादा बार अलग-अलग मानों ({{values}}) के साथ दिया गया है: इसे सिर्फ़ एक बार दें।',
  'cli.strayWord': '{{command}} "{{word}}" को नहीं पढ़ता: यह अपने विकल्पों के अलावा कोई शब्द नहीं लेता। इसे हटाएँ, या इसे उस विकल्प के बाद रखें जिसका यह हिस्सा है।',
  'cli.strayValue': '--{{name}} के बाद "{{word}}" नहीं पढ़ा जाता: एक विकल्प एक ही मान लेता है। कई मान देने हों तो उन्हें कॉमा से अलग करें: --{{name}} {{joined}}',
  'cli.help.token': `उपयोग: waba-access token <set|status|forget> [--json]
  token set      सिस्टम यूज़र का टोकन सहेजें (स्टैंडर्ड इनपुट से पढ़ा जाता है, कमांड लाइन से कभी नहीं)
  token status   क्या कोई टोकन सहेजा है, कहाँ, और कौन-सा (सिर्फ़ आख़िरी 4 अक्षर)
  token forget   सहेजा गया टोकन हटाएँ
हर एक के लिए waba-access token set --help (या status, forget) देखें।`,
  'cli.help.app-secret': `उपयोग: waba-access app-secret <set|forget> [--app APP_ID] [--json]
  app-secret set      "Require App Secret" चालू वाले Meta ऐप का सीक्रेट सहेजें (स्टैंडर्ड इनपुट से पढ़ा जाता है)
  app-secret forget   सहेजा गया ऐप सीक्रेट हटाएँ (--app के बिना सभी)
हर एक के लिए waba-access app-secret set --help (या forget) देखें।`,
  'cli.planBlockedJson': 'कुछ नहीं बदला गया: योजना इस बदलाव को मना करती है। {{problems}} "fields" में बताया गया फ़ील्ड ठीक करें और कमांड दोबारा चलाएँ।',
  'cli.inspectBusiness': 'बिज़नेस: {{name}} ({{id}})',
  'cli.appSecretNoKeychain':
    'यहाँ सिस्टम कीचेन इस्तेमाल नहीं हो सकता, इसलिए ऐप सीक्रेट सहेजा नहीं जा सकता। हर बार चलाते समय इसे --app-secret-file PATH से दें (ऐसी फ़ाइल जिसमें सिर्फ़ सीक्रेट हो), या कीचेन अनलॉक करें या सेट करें।',
  'cli.keychainUnreachable':
    'यहाँ सिस्टम कीचेन तक पहुँच नहीं हो पा रही ({{why}}), इसलिए उसमें से कुछ नहीं हटाया जा सका: पहले सहेजी गई चीज़ें अब भी वहीं हैं।',
  'cli.keychainUnreachableAction': 'सिस्टम कीचेन अनलॉक करें या सेट करें, फिर कमांड दोबारा चलाएँ।',
  'cli.handoff.unfitTokenJson': 'प्रोवाइडर का टोकन हैंड-ऑफ़ के लिए इस्तेमाल नहीं हो सकता: असफल जाँचें "checks" में दी गई हैं।',
  'cli.handoff.tokenNotFromArgv':
    'प्रोवाइडर का टोकन स्टैंडर्ड इनपुट या छिपे प्रॉम्प्ट से पढ़ा जाता है, कमांड लाइन से कभी नहीं। उदाहरण: waba-access handoff --waba ID --token-stdin < provider-token.txt',
  'cli.handoff.emptyStdin': 'स्टैंडर्ड इनपुट पर कोई टोकन नहीं आया। प्रोवाइडर का टोकन भेजें, जैसे: waba-access handoff --waba {{waba}} --token-stdin < provider-token.txt',
  'cli.handoff.action.token':
    'अपने प्रोवाइडर से उनके सिस्टम यूज़र का नया टोकन माँगें, या खुद बनाएँ: Business Suite → सेटिंग्स → सिस्टम यूज़र्स → प्रोवाइडर का सिस्टम यूज़र → टोकन जनरेट करें, अवधि "कभी नहीं", whatsapp_business_management और whatsapp_business_messaging के साथ। फिर उस टोकन के साथ handoff दोबारा चलाएँ।',
  'cli.handoff.action.reach':
    'प्रोवाइडर के सिस्टम यूज़र को इस WhatsApp अकाउंट का एक्सेस दें: बिज़नेस सेटिंग्स → सिस्टम यूज़र्स → प्रोवाइडर का सिस्टम यूज़र → एसेट असाइन करें → यह WhatsApp अकाउंट। फिर उसी टोकन के साथ handoff दोबारा चलाएँ।',
  'cli.bulk.delimiterFound':
    'हेडर लाइन को "{{found}}" पर {{count}} कॉलम में बाँटा गया। सेल कॉमा या सेमीकोलन से अलग हो सकते हैं (हेडर लाइन तय करती है); हेडर waba,business,user,tasks या waba;business;user;tasks होना चाहिए।',
  'cli.bulk.delimiterNone':
    'हेडर लाइन के कॉलम के बीच कोई कॉमा या सेमीकोलन नहीं है। सेल कॉमा या सेमीकोलन से अलग हो सकते हैं (हेडर लाइन तय करती है); हेडर waba,business,user,tasks या waba;business;user;tasks होना चाहिए।',
  'cli.bulk.rowDelimiter': 'यह लाइन "{{other}}" से अलग की गई है, लेकिन हेडर लाइन "{{used}}" से: हर लाइन को हेडर की तरह अलग करें।',
  'cli.keychainWhy.no-dbus': 'कोई D-Bus सत्र नहीं चल रहा',
  'cli.keychainWhy.no-secret-service': 'पासवर्ड स्टोर की कोई सेवा (Secret Service) नहीं चल रही',
  'cli.keychainWhy.keyring-locked': 'पासवर्ड स्टोर लॉक है',
  'cli.keychainWhy.keychain-error': 'पासवर्ड स्टोर ने एक त्रुटि लौटाई',
  'cli.receiptKind.waba-access-receipt': '(पहुँच दी गई)',
  'cli.receiptKind.waba-access-bulk-receipt': '(एक साथ कई पहुँच)',
  'cli.receiptKind.waba-access-removal-receipt': '(पहुँच हटाई गई)',
};
