/** Spanish texts of the core's own error messages (same keys as en-errors.ts). */
import type { enErrors } from './en-errors';

export const esErrors: Readonly<Record<keyof typeof enErrors, string>> = {
  'coreError.tokenEmpty': "No se recibió ningún token. Pega el token del usuario del sistema.",
  'coreError.tokenTooShort': "Es demasiado corto para ser un token de acceso. Copia el token completo desde Configuración del negocio.",
  'coreError.tokenTooLong': "Es demasiado largo para ser un solo token de acceso. Pega solo el token.",
  'coreError.tokenBadCharacters': "Esto no parece un token de acceso: tiene caracteres que un token nunca tiene. Vuelve a copiar el token.",
  'coreError.tokenNotConnected': "No hay ningún token conectado. Primero conecta un token de usuario del sistema.",
  'coreError.idLooksLikePhone': "Esto parece un número de teléfono, no un ID. Usa el ID de la cuenta de WhatsApp o el ID del número de teléfono que muestra el Administrador de WhatsApp.",
  'coreError.idDigitsOnly': "Un ID tiene solo dígitos, como 102290129340398.",
  'coreError.wabaNotOfBusiness': "La cuenta de WhatsApp {{waba}} no es del negocio {{business}} ni está compartida con él, hasta donde este token puede ver.",
  'coreError.practiceOnly': "Los tokens de práctica solo funcionan en el modo de práctica.",
  'coreError.practiceNoSuchToken': "Este escenario de práctica no tiene ningún token con ese nombre.",
  'coreError.providerTokenMissing': "Pega el token del proveedor.",
  'coreError.noProviderKit': "Todavía no hay kit del proveedor: primero revisa el token del proveedor.",
  'coreError.noExpiryToRemind': "Este token no vence (o no se sabe cuándo vence), así que no hay nada que recordarte.",
  'coreError.practiceReceipt': "Este es un comprobante de práctica: sus cuentas existen solo en el servidor de práctica, así que no se puede revisar contra la API Graph real de Meta.",
  'coreError.noCheckYet': "Todavía no hay una revisión de este acceso en esta sesión. Compruébalo primero y luego pide el comprobante.",
  'coreError.appIdNotNumber': "El identificador de la app debe ser un número, como aparece en Panel de apps → Configuración → Básica → Identificador de la app.",
  'app.startFailed': "La app no pudo iniciar. Ciérrala y vuelve a intentarlo. Si sigue pasando, vuelve a instalar la app.",
};
