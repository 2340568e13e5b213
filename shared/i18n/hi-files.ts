/** Hindi texts of a file that cannot be used; same keys as en-files.ts. */
import type { enFiles } from './en-files';

export const hiFiles: Readonly<Record<keyof typeof enFiles, string>> = {
  'file.not-found': "{{option}}: {{path}} पर कोई फ़ाइल नहीं है। फ़ोल्डर और फ़ाइल का नाम जाँचें।",
  'file.is-folder': "{{option}}: {{path}} एक फ़ोल्डर है, फ़ाइल नहीं। फ़ाइल का ही पाथ दें।",
  'file.no-permission': "{{option}}: {{path}} पढ़ी नहीं जा सकती: आपको इसे पढ़ने की अनुमति नहीं है। फ़ाइल की अनुमतियाँ बदलें, या इसे अपने किसी फ़ोल्डर में कॉपी करें।",
  'file.unreadable': "{{option}}: {{path}} पढ़ी नहीं जा सकती। जाँचें कि फ़ाइल वहाँ है और इस्तेमाल में नहीं है, फिर दोबारा कोशिश करें।",
  'file.not-json': "{{option}}: {{path}} मान्य JSON नहीं है। जाँचें कि यह वही फ़ाइल है जो आप चाहते थे और इसे हाथ से बदला नहीं गया है।",
  'file.empty': "{{option}}: {{path}} खाली है। जाँचें कि यह वही फ़ाइल है जो आप चाहते थे।",
  'file.not-a-folder': "{{option}}: {{path}} एक फ़ाइल है, फ़ोल्डर नहीं। कोई फ़ोल्डर दें (अगर वह अभी नहीं है तो बना दिया जाता है)।",
  'file.no-folder': "{{option}}: {{path}} लिखी नहीं जा सकती: जिस फ़ोल्डर में इसे जाना है वह मौजूद नहीं है। पहले फ़ोल्डर बनाएँ, या किसी मौजूद फ़ोल्डर का पाथ दें।",
  'file.folder-unusable': "{{option}}: फ़ोल्डर {{path}} न बनाया जा सकता है, न उसमें लिखा जा सकता है। ऐसा फ़ोल्डर दें जिसमें आप लिख सकें।",
  'file.receipt-kept': "{{option}}: रसीद {{path}} में नहीं लिखी जा सकी, इसलिए वह {{saved}} पर ही है।",
};
