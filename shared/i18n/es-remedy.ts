/** Spanish texts for Meta's refusals by code (same keys as en-remedy.ts). */
import type { enRemedy } from './en-remedy';

export const esRemedy: Readonly<Record<keyof typeof enRemedy, string>> = {
  'remedy.token-expired':
    'El token venció. Crea uno nuevo en Business Suite: Configuración → Usuarios del sistema → Generar token, con vencimiento "Nunca" y los permisos business_management, whatsapp_business_management y whatsapp_business_messaging. Luego usa el token nuevo en su lugar.',
  'remedy.token-password-changed':
    'El token dejó de funcionar porque se cambió la contraseña de la persona a la que pertenece. Usa en su lugar el token de un usuario del sistema: Business Suite → Configuración → Usuarios del sistema → Generar token.',
  'remedy.token-invalid':
    'Meta dice que el token no es válido: lo revocaron o no se copió entero. Crea uno nuevo en Business Suite → Configuración → Usuarios del sistema → Generar token y cópialo completo.',
  'remedy.token-app-not-installed':
    'La app del token no está configurada para este usuario. En Business Suite → Configuración → Usuarios del sistema, dale la app al usuario del sistema ("Asignar activos" → Apps) y genera el token otra vez para esa app.',
  'remedy.token-account-blocked':
    'Meta pausó la cuenta a la que pertenece el token hasta que alguien inicie sesión en facebook.com y la confirme. Hazlo, o usa en su lugar el token de un usuario del sistema (Business Suite → Configuración → Usuarios del sistema → Generar token).',
  'remedy.no-active-token':
    'Ningún token válido llegó a Meta con la llamada. Vuelve a dar el token, copiado entero, sin espacios ni comillas alrededor.',
  'remedy.unknown-path':
    'Meta no conoce la dirección a la que se llamó: la versión de la API o la dirección de Graph está mal. Usa una versión como v26.0 y la dirección https://graph.facebook.com.',
  'remedy.object-not-visible':
    'Meta no encuentra este ID, o el token no puede verlo. Revisa el ID (el Administrador de WhatsApp muestra el ID de la cuenta de WhatsApp Business; Configuración del negocio → Información del negocio muestra el ID del negocio) y asegúrate de que el usuario del sistema recibió la cuenta (Configuración del negocio → Usuarios del sistema → Asignar activos).',
  'remedy.wrong-id-kind':
    'Este ID es de otro tipo que el que se pide, por ejemplo el ID de un número de teléfono donde hace falta el ID de una cuenta de WhatsApp Business. Revisa qué es el ID y usa el correcto.',
  'remedy.app-permission':
    'La app de Meta con la que se hizo el token no tiene permiso para esto. En el Panel de apps, revisa que la app tenga el producto WhatsApp y, para cuentas de otros negocios, acceso avanzado a whatsapp_business_management.',
  'remedy.missing-scope':
    'Al token le falta el permiso {{scope}}. Crea un token nuevo en Business Suite → Configuración → Usuarios del sistema → Generar token marcando {{scope}}, y úsalo en su lugar.',
  'remedy.not-admin':
    'Solo el token de un usuario del sistema administrador puede dar acceso. Usa el token de un usuario del sistema administrador del negocio, o pide a un administrador del negocio que haga este paso.',
  'remedy.multi-partner':
    'Esta cuenta de WhatsApp Business se comparte a través de una solución multipartner sin mensajería, así que Meta rechaza MANAGE y MESSAGING en ella. Elige permisos detallados (por ejemplo DEVELOP y MANAGE_TEMPLATES), o pide al negocio propietario que la comparta con mensajería.',
  'remedy.no-asset-access':
    'El usuario del sistema del token no puede actuar en esta cuenta. En Configuración del negocio → Usuarios del sistema, revisa que tenga la cuenta de WhatsApp (Control total para dar acceso a otros) y que el token tenga business_management y whatsapp_business_management. Las cuentas de otros negocios también requieren acceso avanzado para la app.',
  'remedy.capability':
    'A la app de Meta con la que se hizo el token le falta la capacidad para esta llamada. Revisa en el Panel de apps que la app tenga el producto WhatsApp y que el token se hizo para esa app.',
  'remedy.rate-app':
    'La app de Meta hizo demasiadas llamadas en la última hora (este conteo lo comparten todas las herramientas que usan la app). Espera y vuelve a intentarlo; las llamadas se cuentan en una hora móvil.',
  'remedy.rate-user':
    'Este token hizo demasiadas llamadas en poco tiempo. Espera unos minutos y vuelve a intentarlo.',
  'remedy.rate-custom':
    'Meta limita las llamadas que llegan en ráfagas irregulares. Espera unos minutos y vuelve a intentarlo, con menos llamadas a la vez.',
  'remedy.rate-waba':
    'Esta cuenta de WhatsApp Business admite unos 200 cambios de acceso por hora hasta que tenga un número de teléfono registrado. Espera el tiempo que indica Meta y vuelve a intentarlo; registrar un número sube el límite.',
  'remedy.policy-block':
    'Meta bloqueó esto por un tiempo por un problema de políticas. Espera y lee el motivo en Business Suite → Servicio de ayuda para empresas (Calidad de la cuenta).',
};
