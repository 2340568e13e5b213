/** Spanish `waba-access --help` (same keys as en-cli-help.ts; commands, flags and IDs unchanged). */
import type { enCliHelp } from './en-cli-help';

export const esCliHelp: Readonly<Record<keyof typeof enCliHelp, string>> = {
  'cli.usage': `waba-access: da a un usuario del sistema acceso a una cuenta de WhatsApp Business, compruébalo y deshazlo.

Uso: waba-access <comando> [opciones]

Comandos
  token set                 guarda un token de usuario del sistema (se lee de la entrada estándar, nunca de la línea de comandos)
  token status              si hay un token guardado, dónde y cuál (solo los últimos 4 caracteres)
  token forget              borra el token guardado
  app-secret set [--app ID] guarda la clave secreta de una app de Meta que tiene activado "Requerir clave secreta de la app" (se lee de la entrada estándar)
  app-secret forget [--app ID]
                            borra una clave secreta guardada (todas, sin --app)
  inspect                   revisa el token: tipo, vencimiento, permisos, rol y qué puede ver
  wabas --business ID       las cuentas de WhatsApp de un negocio, con números de teléfono y uso compartido
  system-users --business ID [--waba ID]
                            los usuarios del sistema de un negocio (con sus tareas en la WABA)
  whatis ID                 dice si un ID es un negocio, una WABA, un número de teléfono o un usuario del sistema
  assign --waba ID --business ID --user ID --tasks T1,T2 [--exact] [--yes] [--provider-profile FILE] [--receipt-out FILE]
                            muestra el plan, pregunta, lo aplica y lo comprueba
  verify --waba ID --business ID --user ID --tasks T1,T2 [--exact]
                            comprueba que el usuario tenga estas tareas
  remove --waba ID --user ID [--business ID] [--yes] [--receipt-out FILE]
                            quita el acceso del usuario a la WABA
  bulk --file FILE [--exact] [--yes] [--max-wait SECONDS] [--concurrency N] [--provider-profile FILE] [--receipt-out FILE]
                            asigna muchas filas (CSV o JSON); resiste los límites de frecuencia y las interrupciones
  handoff --waba ID [--business ID] [--user ID] [--provider-profile FILE]
                            revisa el token del PROVEEDOR (entrada estándar o pregunta oculta, nunca se guarda) e imprime el kit del proveedor
  check --receipt FILE      vuelve a leer cada acceso que nombra un comprobante anterior: ¿sigue vigente?
  practice [--port N] [--scenario FILE]
                            ejecuta el servidor de práctica (un sustituto local de Meta) hasta Ctrl+C

Opciones para todos los comandos
  --graph-url URL           dirección de la API Graph (variable WABA_GRAPH_URL; por defecto https://graph.facebook.com)
  --api-version vNN.0       versión de la API Graph (por defecto la de la configuración, v26.0)
  --token-stdin             lee un token de la entrada estándar y lo usa solo en esta ejecución (no se guarda)
  --app-secret-file PATH    la clave secreta de la app de Meta, desde un archivo, para esta ejecución (tiene prioridad sobre el almacén de contraseñas)
  --data-dir DIR            dónde están la configuración, el diario, los registros y los comprobantes (variable WABA_DATA_DIR)
  --ca-file PATH            confía también en este archivo de CA de la empresa (PEM); se puede repetir (variable WABA_CA_FILE;
                            también se confía en el archivo que indica NODE_EXTRA_CA_CERTS). Los certificados siempre se comprueban.
  --lang CODE               idioma de los textos: en, es, pt-BR, hi, id, tr, ru, ar (variable WABA_LANG; por defecto en)
  --json                    salida legible por máquina en la salida estándar
  --help                    ayuda de un comando

Códigos de salida: 0 hecho/comprobado, 2 uso o datos incorrectos, 3 problema con el token, 4 problema de permisos,
5 no comprobado, 6 límite de frecuencia y se rindió, 7 red/proxy/tiempo de espera, 1 cualquier otra cosa (incluido
responder que no a una confirmación: no se cambió nada).`,
  'cli.help.token-set': `Uso: waba-access token set [--json]
Lee un token de usuario del sistema de la entrada estándar (por ejemplo: waba-access token set < token.txt),
lo comprueba con Meta y lo guarda en el almacén de contraseñas del sistema. El token nunca se toma de la
línea de comandos, porque las líneas de comandos terminan en el historial de la terminal y en las listas de procesos.`,
  'cli.help.token-status': 'Uso: waba-access token status [--json]\nDice si hay un token guardado y dónde, y muestra su tipo, su vencimiento y sus últimos 4 caracteres.',
  'cli.help.token-forget': 'Uso: waba-access token forget [--json]\nBorra el token guardado de esta computadora. El acceso ya dado se mantiene.',
  'cli.help.app-secret-set': `Uso: waba-access app-secret set [--app APP_ID] [--json]
Lee la clave secreta de tu app de Meta de la entrada estándar (por ejemplo: waba-access app-secret set --app 1234 < secret.txt)
y la guarda en el almacén de contraseñas del sistema, junto al token. Solo hace falta si la app tiene activado "Requerir clave secreta de la app"
(Panel de apps → Configuración → Avanzada → Seguridad): entonces cada llamada lleva appsecret_proof, una firma del
token hecha con la clave secreta. La clave está en Panel de apps → Configuración → Básica → Clave secreta de la app. Sin --app,
se usa la app del token guardado y Meta comprueba primero la clave. La clave nunca se toma de la línea de comandos.`,
  'cli.help.app-secret-forget': 'Uso: waba-access app-secret forget [--app APP_ID] [--json]\nBorra la clave secreta guardada de una app (todas las claves guardadas, sin --app).',
  'cli.help.inspect': 'Uso: waba-access inspect [--json]\nRevisa el token en tres capas: el token en sí, a quién pertenece y qué puede ver.',
  'cli.help.wabas': 'Uso: waba-access wabas --business ID [--json]\nMuestra las cuentas de WhatsApp que el negocio tiene o que le compartieron, con números de teléfono y uso compartido.',
  'cli.help.system-users': 'Uso: waba-access system-users --business ID [--waba ID] [--json]\nMuestra los usuarios del sistema del negocio con su rol; con --waba, también sus tareas actuales en ella.',
  'cli.help.whatis': 'Uso: waba-access whatis ID [--json]\nDice qué es un ID (negocio, cuenta de WhatsApp, número de teléfono, usuario del sistema), hasta donde el token puede ver.',
  'cli.help.assign': `Uso: waba-access assign --waba ID --business ID --user ID --tasks T1,T2 [--exact] [--yes] [--provider-profile FILE] [--receipt-out FILE] [--json]
Muestra el plan (qué se agrega y qué se quita), pide confirmación (o --yes), lo aplica
y lo comprueba. Las tareas se AGREGAN a las que el usuario ya tiene; --exact hace que la lista sea exacta
(se quitan las tareas que no están en la lista). --yes nunca quita nada sin --exact.
Se acepta FULL_CONTROL ("Control total" de Business Suite) y en su lugar se envía MANAGE.
Sin una terminal donde preguntar, --yes es obligatorio. Responder que no no cambia nada y termina con salida 1. Tareas: {{tasks}}.
--provider-profile FILE: el perfil del proveedor (JSON); sus tareas se usan cuando no se da --tasks
(--tasks tiene prioridad, con un aviso), se imprime su SHA-256, el comprobante nombra al proveedor y se
señala un usuario del sistema con otro nombre que el del perfil. Un perfil mal formado o demasiado grande se
rechaza (salida 2) nombrando el campo incorrecto. --receipt-out FILE escribe el comprobante (con su resumen
SHA-256) en FILE en lugar de la carpeta de comprobantes. Cuando el token vence, se escribe un recordatorio de calendario (.ics)
una semana antes, junto a los comprobantes.`,
  'cli.help.verify': 'Uso: waba-access verify --waba ID --business ID --user ID --tasks T1,T2 [--exact] [--json]\nLee de nuevo el acceso en Meta y revisa cada tarea: otorgada, incluida en MANAGE (control total), faltante o adicional.\nUn usuario con MANAGE tiene todas las tareas; --exact solo pasa cuando la lista es exactamente estas tareas:\nMANAGE no cuenta por las demás y una tarea que no se pidió lo hace fallar.',
  'cli.help.remove': 'Uso: waba-access remove --waba ID --user ID [--business ID] [--yes] [--receipt-out FILE] [--json]\nQuita todo el acceso del usuario a la cuenta de WhatsApp (pregunta antes, salvo con --yes; responder que no no cambia nada y termina con salida 1).\n--receipt-out FILE escribe el comprobante de la eliminación (con su resumen SHA-256) en FILE en lugar de la carpeta de comprobantes.',
  'cli.help.bulk': `Uso: waba-access bulk --file FILE [--exact] [--yes] [--max-wait SECONDS] [--concurrency N] [--provider-profile FILE] [--receipt-out FILE] [--json]
Da a usuarios del sistema acceso a muchas cuentas de WhatsApp desde un archivo; se puede retomar sin riesgo.
Las tareas de cada fila se agregan a las que el usuario tiene; --exact (para toda la ejecución) quita las demás.
FILE es un CSV con el encabezado waba,business,user,tasks, con las celdas separadas por comas o, si la
línea del encabezado los usa, por punto y coma (tareas separadas por | o ; en la celda de un archivo con comas,
p. ej. 102290129340398,506914307656634,1972555232742222,DEVELOP|MANAGE_TEMPLATES) o un arreglo JSON
de {"waba","business","user","tasks"} con los IDs entre comillas.
Primero se revisa cada fila (las filas incorrectas se listan con su línea y no se envía nada), luego
se planifican con lecturas en lote; el resumen pide confirmación (o --yes; obligatorio sin
terminal). Los cambios van a Meta en lotes de hasta 25 filas, cada cambio con su lectura de comprobación
detrás (nunca dos cambios a una misma WABA en un lote); una fila que falla no detiene a las demás.
Una WABA que Meta limita por frecuencia (error 80008) se aparta hasta que termina la espera de Meta mientras las
demás filas siguen; si sus esperas sumaran más de --max-wait (por defecto 900 s) sus filas
quedan "diferidas". --concurrency (de 1 a 4, por defecto 1) es cuántos lotes
viajan a la vez, nunca dos cambios a una misma WABA al mismo tiempo. Ejecutar de nuevo el mismo archivo termina una ejecución interrumpida: las filas que ya están
se omiten y nada se envía dos veces. Se guarda un comprobante de la ejecución en los comprobantes de la carpeta de datos
(o en --receipt-out FILE); --provider-profile FILE nombra al proveedor en él (se rechaza, salida 2, si está
mal formado o es demasiado grande).
Código de salida, el primero que aplique: 5 una fila se aplicó pero no se comprobó, 1 una fila falló o
fue rechazada (o se respondió que no a la confirmación: no se envió nada), 6 una fila quedó diferida por límites de frecuencia, 0 todas las filas hechas o ya estaban.
Tareas: {{tasks}}.`,
  'cli.help.handoff': `Uso: waba-access handoff --waba ID [--business ID] [--user ID] [--provider-profile FILE] [--token-stdin] [--json]
Revisa el token que usará tu PROVEEDOR (el token de un usuario del sistema), sin guardarlo ni registrarlo:
se lee de la entrada estándar con --token-stdin, o se escribe en una pregunta oculta. El token de administrador guardado
nunca se lee, se reemplaza ni se necesita. Revisa: que sea el token de un usuario del sistema (no de una persona), de --user si
se da (el token de un usuario del sistema administrador funciona, con un consejo); su vencimiento (nunca, o la fecha; un aviso
para los tokens de 60 días, con un recordatorio de calendario .ics escrito una semana antes); sus permisos
(whatsapp_business_messaging y whatsapp_business_management como mínimo, más los del perfil); que
llegue a la WABA y a sus números de teléfono. Luego imprime el kit del proveedor: ID del negocio, ID de la WABA,
el ID de cada número de teléfono con su número visible y su nombre verificado, ID de la app, tareas comprobadas y vencimiento
del token (nunca el token). --json imprime el kit. --provider-profile nombra al proveedor y avisa
de un token de otra app o de un usuario del sistema con otro nombre.
Salida: 0 apto (los avisos no lo cambian), 2 datos incorrectos, 3 token no apto (token de una persona, vencido,
no válido, falta un permiso, otro usuario del sistema), 4 no llega a la WABA, 6 límite de frecuencia,
7 red, 1 otro.`,
  'cli.help.check': `Uso: waba-access check --receipt FILE [--token-stdin] [--json]
Vuelve a leer cada acceso que nombra un comprobante anterior (individual, masivo o de eliminación; JSON), con el token en
uso (el guardado, o --token-stdin: un proveedor puede usar su propio token donde pueda leer la WABA).
Primero el archivo debe estar intacto: su "digest" es el SHA-256 de su forma canónica RFC 8785 sin
ese campo. El resumen muestra que el archivo no se cambió, no quién lo hizo; la prueba es la respuesta de Meta.
Salida: 0 todos los accesos siguen vigentes (las tareas adicionales se listan, no son un cambio), 5 cambio (un usuario ya no
asignado o al que le falta una tarea; en un comprobante de eliminación, el usuario asignado de nuevo), 2 el archivo fue alterado,
no es un comprobante o es un comprobante de práctica revisado contra la API Graph real, 4 el token no puede
leer las asignaciones de una WABA ("no se puede revisar", nunca se informa como eliminado), 3 token, 6 límite de frecuencia,
7 red.`,
  'cli.help.practice': `Uso: waba-access practice [--port N] [--scenario FILE] [--json]
Ejecuta el servidor de práctica de Graph en 127.0.0.1 hasta Ctrl+C. Apunta los demás comandos a él con
--graph-url y usa uno de los tokens de práctica que imprime.`,
};
