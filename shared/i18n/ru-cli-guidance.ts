/** Russian command-line guidance (same keys as en-cli-guidance.ts; commands, flags and file names unchanged). */
import type { enCliGuidance } from './en-cli-guidance';

export const ruCliGuidance: Readonly<Record<keyof typeof enCliGuidance, string>> = {
  'cli.unknownCommandSuggest': 'Неизвестная команда «{{name}}». Возможно, вы имели в виду {{suggestion}}? Запустите «waba-access --help», чтобы увидеть команды.',
  'cli.unknownOptionFor': 'Неизвестный параметр --{{name}} для {{command}}. См. waba-access {{command}} --help.',
  'cli.unknownOptionForSuggest': 'Неизвестный параметр --{{name}} для {{command}}. Возможно, вы имели в виду --{{suggestion}}? См. waba-access {{command}} --help.',
  'cli.unknownOption': 'Неизвестный параметр --{{name}}. См. waba-access --help.',
  'cli.groupNeedsSub': 'Какая команда {{group}}: {{commands}}? См. waba-access {{group}} --help.',
  'cli.optionNeedsValue': 'После параметра --{{name}} нужно значение: --{{name}} ЗНАЧЕНИЕ.',
  'cli.optionTwice': 'Параметр --{{name}} указан несколько раз с разными значениями ({{values}}): укажите его один раз.',
  'cli.strayWord': '{{command}} не читает «{{word}}»: команда не принимает слов, кроме своих параметров. Уберите его или поставьте после параметра, к которому оно относится.',
  'cli.strayValue': '«{{word}}» после --{{name}} не читается: параметр принимает одно значение. Чтобы указать несколько, разделите их запятыми: --{{name}} {{joined}}',
  'cli.help.token': `Использование: waba-access token <set|status|forget> [--json]
  token set      сохранить токен системного пользователя (читается из стандартного ввода, никогда из командной строки)
  token status   сохранён ли токен, где и какой (только последние 4 символа)
  token forget   удалить сохранённый токен
Подробнее о каждой: waba-access token set --help (или status, forget).`,
  'cli.help.app-secret': `Использование: waba-access app-secret <set|forget> [--app APP_ID] [--json]
  app-secret set      сохранить секрет приложения Meta с включённым «Require App Secret» (читается из стандартного ввода)
  app-secret forget   удалить сохранённый секрет приложения (без --app — все)
Подробнее о каждой: waba-access app-secret set --help (или forget).`,
  'cli.planBlockedJson': 'Ничего не изменено: план отклоняет это изменение. {{problems}} Исправьте поле, указанное в «fields», и запустите команду снова.',
  'cli.inspectBusiness': 'Компания: {{name}} ({{id}})',
  'cli.appSecretNoKeychain':
    'Системную связку ключей здесь использовать нельзя, поэтому секрет приложения сохранить нельзя. Передавайте его при каждом запуске через --app-secret-file PATH (файл, в котором только секрет), или разблокируйте или настройте связку ключей.',
  'cli.keychainUnreachable':
    'Системная связка ключей здесь недоступна ({{why}}), поэтому из неё ничего не удалено: всё, что было сохранено там раньше, по-прежнему там.',
  'cli.keychainUnreachableAction': 'Разблокируйте или настройте системную связку ключей, затем запустите команду снова.',
  'cli.handoff.unfitTokenJson': 'Токен поставщика нельзя использовать для передачи: непройденные проверки перечислены в «checks».',
  'cli.handoff.tokenNotFromArgv':
    'Токен поставщика читается из стандартного ввода или скрытого запроса, никогда из командной строки. Пример: waba-access handoff --waba ID --token-stdin < provider-token.txt',
  'cli.handoff.emptyStdin': 'Из стандартного ввода не пришёл токен. Передайте токен поставщика, например: waba-access handoff --waba {{waba}} --token-stdin < provider-token.txt',
  'cli.handoff.action.token':
    'Попросите у поставщика новый токен его системного пользователя или создайте его сами: Business Suite → Настройки → Системные пользователи → системный пользователь поставщика → Сгенерировать токен, срок «Никогда», с whatsapp_business_management и whatsapp_business_messaging. Затем снова запустите handoff с этим токеном.',
  'cli.handoff.action.reach':
    'Дайте системному пользователю поставщика доступ к этому аккаунту WhatsApp: Настройки компании → Системные пользователи → системный пользователь поставщика → Назначить активы → аккаунт WhatsApp. Затем снова запустите handoff с тем же токеном.',
  'cli.bulk.delimiterFound':
    'Строка заголовка разделена по «{{found}}» на столбцы: {{count}}. Ячейки можно разделять запятыми или точками с запятой (решает строка заголовка); заголовок должен быть waba,business,user,tasks или waba;business;user;tasks.',
  'cli.bulk.delimiterNone':
    'В строке заголовка между столбцами нет ни запятых, ни точек с запятой. Ячейки можно разделять запятыми или точками с запятой (решает строка заголовка); заголовок должен быть waba,business,user,tasks или waba;business;user;tasks.',
  'cli.bulk.rowDelimiter': 'эта строка разделена знаком «{{other}}», а строка заголовка — знаком «{{used}}»: разделяйте каждую строку так же, как заголовок.',
  'cli.keychainWhy.no-dbus': 'не запущен сеанс D-Bus',
  'cli.keychainWhy.no-secret-service': 'не запущена служба хранилища паролей (Secret Service)',
  'cli.keychainWhy.keyring-locked': 'хранилище паролей заблокировано',
  'cli.keychainWhy.keychain-error': 'хранилище паролей ответило ошибкой',
  'cli.receiptKind.waba-access-receipt': '(доступ выдан)',
  'cli.receiptKind.waba-access-bulk-receipt': '(массовый запуск)',
  'cli.receiptKind.waba-access-removal-receipt': '(доступ отозван)',
};
