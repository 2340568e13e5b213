/** Spanish command-line guidance (same keys as en-cli-guidance.ts; commands, flags and file names unchanged). */
import type { enCliGuidance } from './en-cli-guidance';

export const esCliGuidance: Readonly<Record<keyof typeof enCliGuidance, string>> = {
  'cli.unknownCommandSuggest': 'Comando desconocido "{{name}}". ¿Quisiste decir {{suggestion}}? Ejecuta "waba-access --help" para ver los comandos.',
  'cli.unknownOptionFor': 'Opción desconocida --{{name}} para {{command}}. Consulta waba-access {{command}} --help.',
  'cli.unknownOptionForSuggest': 'Opción desconocida --{{name}} para {{command}}. ¿Quisiste decir --{{suggestion}}? Consulta waba-access {{command}} --help.',
  'cli.unknownOption': 'Opción desconocida --{{name}}. Consulta waba-access --help.',
  'cli.groupNeedsSub': '¿Qué comando de {{group}}: {{commands}}? Consulta waba-access {{group}} --help.',
  'cli.optionNeedsValue': 'La opción --{{name}} necesita un valor después: --{{name}} VALOR.',
  'cli.optionTwice': 'La opción --{{name}} se dio más de una vez con valores distintos ({{values}}): indícala una sola vez.',
  'cli.strayWord': '{{command}} no lee "{{word}}": no admite palabras aparte de sus opciones. Quítala o ponla después de la opción a la que pertenece.',
  'cli.strayValue': '"{{word}}" después de --{{name}} no se lee: una opción lleva un solo valor. Para dar varios, sepáralos con comas: --{{name}} {{joined}}',
  'cli.help.token': `Uso: waba-access token <set|status|forget> [--json]
  token set      guarda un token de usuario del sistema (leído de la entrada estándar, nunca de la línea de comandos)
  token status   indica si hay un token guardado, dónde y cuál (solo los últimos 4 caracteres)
  token forget   borra el token guardado
Consulta waba-access token set --help (o status, forget) para cada uno.`,
  'cli.help.app-secret': `Uso: waba-access app-secret <set|forget> [--app APP_ID] [--json]
  app-secret set      guarda la clave secreta de una app de Meta con "Requerir clave secreta de la app" activado (leída de la entrada estándar)
  app-secret forget   borra una clave secreta guardada (todas sin --app)
Consulta waba-access app-secret set --help (o forget) para cada uno.`,
  'cli.planBlockedJson': 'No se cambió nada: el plan rechaza este cambio. {{problems}} Corrige el campo indicado en "fields" y vuelve a ejecutar el comando.',
  'cli.inspectBusiness': 'Negocio: {{name}} ({{id}})',
  'cli.appSecretNoKeychain':
    'El llavero del sistema no se puede usar aquí, así que la clave secreta de la app no se puede guardar. Dala en cada ejecución con --app-secret-file PATH (un archivo que contenga solo la clave), o desbloquea o configura el llavero.',
  'cli.keychainUnreachable':
    'No se puede acceder al llavero del sistema aquí ({{why}}), así que no se pudo borrar nada de él: lo que se guardó antes sigue ahí.',
  'cli.keychainUnreachableAction': 'Desbloquea o configura el llavero del sistema y vuelve a ejecutar el comando.',
  'cli.handoff.unfitTokenJson': 'El token del proveedor no sirve para la entrega: las comprobaciones fallidas están en "checks".',
  'cli.handoff.tokenNotFromArgv':
    'El token del proveedor se lee de la entrada estándar o de una solicitud oculta, nunca de la línea de comandos. Ejemplo: waba-access handoff --waba ID --token-stdin < provider-token.txt',
  'cli.handoff.emptyStdin': 'No llegó ningún token por la entrada estándar. Pasa el token del proveedor, por ejemplo: waba-access handoff --waba {{waba}} --token-stdin < provider-token.txt',
  'cli.handoff.action.token':
    'Pide a tu proveedor un token nuevo de su usuario del sistema, o crea uno: Business Suite → Configuración → Usuarios del sistema → el usuario del sistema del proveedor → Generar token, vencimiento "Nunca", con whatsapp_business_management y whatsapp_business_messaging. Luego ejecuta handoff otra vez con ese token.',
  'cli.handoff.action.reach':
    'Da acceso a esta cuenta de WhatsApp al usuario del sistema del proveedor: Configuración del negocio → Usuarios del sistema → el usuario del sistema del proveedor → Asignar activos → la cuenta de WhatsApp. Luego ejecuta handoff otra vez con el mismo token.',
  'cli.bulk.delimiterFound':
    'La línea de encabezado se dividió en "{{found}}" en {{count}} columna(s). Las celdas pueden separarse con comas o con punto y coma (lo decide la línea de encabezado); el encabezado debe ser waba,business,user,tasks o waba;business;user;tasks.',
  'cli.bulk.delimiterNone':
    'La línea de encabezado no tiene comas ni punto y coma entre sus columnas. Las celdas pueden separarse con comas o con punto y coma (lo decide la línea de encabezado); el encabezado debe ser waba,business,user,tasks o waba;business;user;tasks.',
  'cli.bulk.rowDelimiter': 'esta línea está separada con "{{other}}", pero la línea de encabezado con "{{used}}": separa cada línea como el encabezado.',
  'cli.keychainWhy.no-dbus': 'no hay ninguna sesión de D-Bus',
  'cli.keychainWhy.no-secret-service': 'no hay ningún servicio de almacén de contraseñas (Secret Service) en marcha',
  'cli.keychainWhy.keyring-locked': 'el almacén de contraseñas está bloqueado',
  'cli.keychainWhy.keychain-error': 'el almacén de contraseñas respondió con un error',
  'cli.receiptKind.waba-access-receipt': '(acceso dado)',
  'cli.receiptKind.waba-access-bulk-receipt': '(ejecución masiva)',
  'cli.receiptKind.waba-access-removal-receipt': '(acceso retirado)',
};
