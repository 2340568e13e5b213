/** Plain names for a system user's role, including roles the app does not know. */
import { roleName } from '../../shared/i18n';
import type { Text } from '../i18n/use-text';

export const roleText = (t: Text, role: string): string => (role === 'ADMIN' || role === 'EMPLOYEE' ? roleName(t, role) : t('ui.user.otherRole', { role }));
