/** Plain names for a system user's role, including roles the app does not know. */
import type { Text } from '../i18n/use-text';

export const roleText = (t: Text, role: string): string =>
  role === 'ADMIN' ? t('ui.user.admin') : role === 'EMPLOYEE' ? t('ui.user.employee') : t('ui.user.otherRole', { role });
