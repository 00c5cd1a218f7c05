import type { Role } from '../api/session.ts';
import { msg, t } from '../i18n/i18n.ts';

const roleNames = {
  patient: msg('Patient'),
  therapist: msg('Therapist'),
  admin: msg('Administrator'),
} satisfies Record<Role, string>;

/**
 * The Motus roles among `roles`, in plain words and a stable order. Other roles a token may
 * carry (Keycloak defaults such as offline_access) are not shown.
 */
export function motusRoles(roles: readonly string[]): { role: Role; name: string }[] {
  return (Object.keys(roleNames) as Role[])
    .filter((role) => roles.includes(role))
    .map((role) => ({ role, name: t(roleNames[role]) }));
}
