/** Spanish texts of a file that cannot be used; same keys as en-files.ts. */
import type { enFiles } from './en-files';

export const esFiles: Readonly<Record<keyof typeof enFiles, string>> = {
  'file.not-found': "{{option}}: no hay ningún archivo en {{path}}. Revisa la carpeta y el nombre del archivo.",
  'file.is-folder': "{{option}}: {{path}} es una carpeta, no un archivo. Indica la ruta del archivo mismo.",
  'file.no-permission': "{{option}}: no se puede leer {{path}}: no tienes permiso para leerlo. Cambia los permisos del archivo o cópialo a una carpeta tuya.",
  'file.unreadable': "{{option}}: no se puede leer {{path}}. Comprueba que el archivo esté ahí y que no esté en uso, y vuelve a intentarlo.",
  'file.not-json': "{{option}}: {{path}} no es un JSON válido. Comprueba que sea el archivo que querías y que no se haya cambiado a mano.",
  'file.empty': "{{option}}: {{path}} está vacío. Comprueba que sea el archivo que querías.",
  'file.not-a-folder': "{{option}}: {{path}} es un archivo, no una carpeta. Indica una carpeta (se crea si todavía no existe).",
  'file.no-folder': "{{option}}: no se puede escribir {{path}}: la carpeta donde iría no existe. Crea primero la carpeta o indica una ruta en una carpeta que exista.",
  'file.folder-unusable': "{{option}}: no se puede crear la carpeta {{path}} ni escribir en ella. Indica una carpeta en la que puedas escribir.",
  'file.receipt-kept': "{{option}}: no se pudo escribir el comprobante en {{path}}, así que se queda en {{saved}}.",
};
