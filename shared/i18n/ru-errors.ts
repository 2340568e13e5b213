/** Russian texts of the core's own error messages (same keys as en-errors.ts). */
import type { enErrors } from './en-errors';

export const ruErrors: Readonly<Record<keyof typeof enErrors, string>> = {
  'coreError.tokenEmpty': "Токен не указан. Вставьте токен системного пользователя.",
  'coreError.tokenTooShort': "Это слишком коротко для токена доступа. Скопируйте токен целиком из Настроек компании.",
  'coreError.tokenTooLong': "Это слишком длинно для одного токена доступа. Вставьте только токен.",
  'coreError.tokenBadCharacters': "Это не похоже на токен доступа: в нём есть символы, которых в токене не бывает. Скопируйте токен заново.",
  'coreError.tokenNotConnected': "Токен не подключён. Сначала подключите токен системного пользователя.",
  'coreError.idLooksLikePhone': "Это похоже на номер телефона, а не на ID. Используйте ID аккаунта WhatsApp или ID номера телефона из WhatsApp Manager.",
  'coreError.idDigitsOnly': "ID состоит только из цифр, например 102290129340398.",
  'coreError.wabaNotOfBusiness': "Насколько видно этому токену, аккаунт WhatsApp {{waba}} не принадлежит компании {{business}} и не предоставлен ей в общий доступ.",
  'coreError.practiceOnly': "Тренировочные токены работают только в режиме тренировки.",
  'coreError.practiceNoSuchToken': "В этом тренировочном сценарии нет токена с такой меткой.",
  'coreError.providerTokenMissing': "Вставьте токен провайдера.",
  'coreError.noProviderKit': "Набора для провайдера пока нет: сначала проверьте токен провайдера.",
  'coreError.noExpiryToRemind': "У этого токена нет срока действия (или он неизвестен), поэтому напоминать не о чем.",
  'coreError.practiceReceipt': "Это тренировочная квитанция: её аккаунты есть только на тренировочном сервере, поэтому её нельзя проверить в настоящем Graph API Meta.",
  'coreError.noCheckYet': "В этом сеансе этот доступ ещё не проверялся. Сначала проверьте его, затем запросите квитанцию.",
  'coreError.appIdNotNumber': "ID приложения должен быть числом, как в Панель приложений → Настройки → Основное → ID приложения.",
  'app.startFailed': "Не удалось запустить приложение. Закройте его и попробуйте снова. Если это повторяется, переустановите приложение.",
};
