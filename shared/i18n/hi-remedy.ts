/** Hindi texts for Meta's refusals by code (same keys as en-remedy.ts). */
import type { enRemedy } from './en-remedy';

export const hiRemedy: Readonly<Record<keyof typeof enRemedy, string>> = {
  'remedy.token-expired':
    'टोकन की अवधि खत्म हो गई है। Business Suite में नया टोकन बनाएँ: Settings → System users → Generate token, अवधि "Never", और अनुमतियाँ business_management, whatsapp_business_management और whatsapp_business_messaging के साथ। फिर पुराने की जगह नया टोकन इस्तेमाल करें।',
  'remedy.token-password-changed':
    'टोकन ने काम करना बंद कर दिया क्योंकि जिस व्यक्ति का यह टोकन है उसका पासवर्ड बदल दिया गया। इसकी जगह सिस्टम यूज़र का टोकन इस्तेमाल करें: Business Suite → Settings → System users → Generate token।',
  'remedy.token-invalid':
    'Meta के अनुसार टोकन मान्य नहीं है: इसे रद्द कर दिया गया, या यह पूरा कॉपी नहीं हुआ। Business Suite → Settings → System users → Generate token में नया टोकन बनाएँ और उसे पूरा कॉपी करें।',
  'remedy.token-app-not-installed':
    'टोकन का ऐप इस यूज़र के लिए सेट नहीं है। Business Suite → Settings → System users में सिस्टम यूज़र को ऐप दें ("एसेट असाइन करें" → Apps), फिर उस ऐप के लिए टोकन दोबारा बनाएँ।',
  'remedy.token-account-blocked':
    'Meta ने टोकन वाले अकाउंट को तब तक रोक दिया है जब तक कोई facebook.com पर साइन इन करके उसकी पुष्टि न करे। यह करें, या इसकी जगह सिस्टम यूज़र का टोकन इस्तेमाल करें (Business Suite → Settings → System users → Generate token)।',
  'remedy.no-active-token':
    'कॉल के साथ Meta तक कोई इस्तेमाल करने लायक टोकन नहीं पहुँचा। टोकन दोबारा दें, पूरा कॉपी करके, आगे-पीछे बिना स्पेस या उद्धरण चिह्न के।',
  'remedy.unknown-path':
    'Meta उस पते को नहीं पहचानता जिस पर कॉल की गई: API वर्ज़न या Graph का पता गलत है। v26.0 जैसा वर्ज़न और https://graph.facebook.com पता इस्तेमाल करें।',
  'remedy.object-not-visible':
    'Meta को यह ID नहीं मिल रही, या टोकन इसे देख नहीं सकता। ID जाँचें (WhatsApp Manager में WhatsApp Business अकाउंट की ID दिखती है; बिज़नेस सेटिंग्स → Business info में बिज़नेस की ID), और पक्का करें कि सिस्टम यूज़र को यह अकाउंट दिया गया है (बिज़नेस सेटिंग्स → System users → एसेट असाइन करें)।',
  'remedy.wrong-id-kind':
    'यह ID माँगी गई किस्म की नहीं है, जैसे जहाँ WhatsApp Business अकाउंट की ID चाहिए वहाँ फ़ोन नंबर की ID। जाँचें कि यह ID किस चीज़ की है और सही ID इस्तेमाल करें।',
  'remedy.app-permission':
    'जिस Meta ऐप में टोकन बना है उसे यह करने की अनुमति नहीं है। App Dashboard में जाँचें कि ऐप में WhatsApp प्रोडक्ट है और, दूसरे बिज़नेस के अकाउंट के लिए, whatsapp_business_management का Advanced access है।',
  'remedy.missing-scope':
    'टोकन में {{scope}} अनुमति नहीं है। Business Suite → Settings → System users → Generate token में {{scope}} पर टिक करके नया टोकन बनाएँ, और उसे इस्तेमाल करें।',
  'remedy.not-admin':
    'सिर्फ़ एडमिन सिस्टम यूज़र का टोकन ही एक्सेस दे सकता है। बिज़नेस के किसी एडमिन सिस्टम यूज़र का टोकन इस्तेमाल करें, या बिज़नेस के किसी एडमिन से यह चरण करवाएँ।',
  'remedy.multi-partner':
    'यह WhatsApp Business अकाउंट मैसेजिंग के बिना Multi-Partner Solution से शेयर किया गया है, इसलिए Meta इस पर MANAGE और MESSAGING को मना करता है। इसकी जगह अलग-अलग अनुमतियाँ चुनें (जैसे DEVELOP और MANAGE_TEMPLATES), या अकाउंट के मालिक बिज़नेस से इसे मैसेजिंग के साथ शेयर करने को कहें।',
  'remedy.no-asset-access':
    'टोकन का सिस्टम यूज़र इस अकाउंट पर काम नहीं कर सकता। बिज़नेस सेटिंग्स → System users में जाँचें कि उसके पास WhatsApp अकाउंट है (दूसरों को एक्सेस देने के लिए Full control) और टोकन में business_management और whatsapp_business_management हैं। दूसरे बिज़नेस के अकाउंट के लिए ऐप को Advanced access भी चाहिए।',
  'remedy.capability':
    'जिस Meta ऐप में टोकन बना है उसमें इस कॉल की क्षमता नहीं है। App Dashboard में जाँचें कि ऐप में WhatsApp प्रोडक्ट है, और टोकन उसी ऐप के लिए बना है।',
  'remedy.rate-app':
    'Meta ऐप ने पिछले एक घंटे में बहुत ज़्यादा कॉल की हैं (यह गिनती ऐप इस्तेमाल करने वाले सभी टूल में बँटती है)। रुकें, फिर दोबारा कोशिश करें; कॉल पिछले एक घंटे में गिनी जाती हैं।',
  'remedy.rate-user':
    'इस टोकन ने कम समय में बहुत ज़्यादा कॉल की हैं। कुछ मिनट रुकें, फिर दोबारा कोशिश करें।',
  'remedy.rate-custom':
    'Meta अचानक झुंड में आने वाली कॉल को सीमित करता है। कुछ मिनट रुकें, फिर एक बार में कम कॉल के साथ दोबारा कोशिश करें।',
  'remedy.rate-waba':
    'यह WhatsApp Business अकाउंट रजिस्टर्ड फ़ोन नंबर मिलने तक हर घंटे लगभग 200 एक्सेस बदलाव ही मानता है। Meta का बताया समय रुकें, फिर दोबारा कोशिश करें; फ़ोन नंबर रजिस्टर करने से सीमा बढ़ जाती है।',
  'remedy.policy-block':
    'नीति से जुड़ी किसी समस्या की वजह से Meta ने इसे कुछ समय के लिए रोक दिया है। रुकें, और कारण Business Suite → Business support home (Account quality) में पढ़ें।',
};
