/** Hindi texts of the core's own error messages (same keys as en-errors.ts). */
import type { enErrors } from './en-errors';

export const hiErrors: Readonly<Record<keyof typeof enErrors, string>> = {
  'coreError.tokenEmpty': "कोई टोकन नहीं दिया गया। सिस्टम यूज़र टोकन पेस्ट करें।",
  'coreError.tokenTooShort': "यह एक्सेस टोकन होने के लिए बहुत छोटा है। बिज़नेस सेटिंग्स से पूरा टोकन कॉपी करें।",
  'coreError.tokenTooLong': "यह एक एक्सेस टोकन होने के लिए बहुत लंबा है। सिर्फ़ टोकन पेस्ट करें।",
  'coreError.tokenBadCharacters': "यह एक्सेस टोकन जैसा नहीं लगता: इसमें ऐसे अक्षर हैं जो टोकन में कभी नहीं होते। टोकन फिर से कॉपी करें।",
  'coreError.tokenNotConnected': "कोई टोकन कनेक्ट नहीं है। पहले एक सिस्टम यूज़र टोकन कनेक्ट करें।",
  'coreError.idLooksLikePhone': "यह फ़ोन नंबर जैसा लगता है, ID नहीं। WhatsApp मैनेजर में दिखने वाली WhatsApp अकाउंट ID या फ़ोन नंबर ID इस्तेमाल करें।",
  'coreError.idDigitsOnly': "ID में सिर्फ़ अंक होते हैं, जैसे 102290129340398।",
  'coreError.wabaNotOfBusiness': "जहाँ तक यह टोकन देख सकता है, WhatsApp अकाउंट {{waba}} न तो बिज़नेस {{business}} का है और न ही उसके साथ शेयर किया गया है।",
  'coreError.practiceOnly': "अभ्यास टोकन सिर्फ़ अभ्यास मोड में काम करते हैं।",
  'coreError.practiceNoSuchToken': "इस अभ्यास परिदृश्य में उस नाम का कोई टोकन नहीं है।",
  'coreError.providerTokenMissing': "प्रोवाइडर का टोकन पेस्ट करें।",
  'coreError.noProviderKit': "अभी कोई प्रोवाइडर किट नहीं है: पहले प्रोवाइडर का टोकन जाँचें।",
  'coreError.noExpiryToRemind': "इस टोकन की अवधि खत्म नहीं होती (या पता नहीं है), इसलिए याद दिलाने के लिए कुछ नहीं है।",
  'coreError.practiceReceipt': "यह अभ्यास की रसीद है: इसके अकाउंट सिर्फ़ अभ्यास सर्वर पर हैं, इसलिए इसे Meta के असली Graph API से जाँचा नहीं जा सकता।",
  'coreError.noCheckYet': "इस सेशन में अभी इस एक्सेस की कोई जाँच नहीं हुई है। पहले इसे जाँचें, फिर रसीद माँगें।",
  'coreError.appIdNotNumber': "ऐप ID एक संख्या होनी चाहिए, जैसी ऐप डैशबोर्ड → सेटिंग्स → बेसिक → ऐप ID में दिखती है।",
  'app.startFailed': "ऐप शुरू नहीं हो सका। कृपया इसे बंद करके फिर से कोशिश करें। अगर ऐसा बार-बार हो, तो ऐप दोबारा इंस्टॉल करें।",
};
