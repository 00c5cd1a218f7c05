import { expect, test } from 'vitest';
import { motusRoles } from './roles.ts';

test('namesEachMotusRoleInPlainWords', () => {
  expect(motusRoles(['patient'])).toEqual([{ role: 'patient', name: 'Patient' }]);
  expect(motusRoles(['admin'])).toEqual([{ role: 'admin', name: 'Administrator' }]);
});

test('leavesOutRolesThatAreNotMotusRoles', () => {
  expect(motusRoles(['offline_access', 'default-roles-motus', 'therapist'])).toEqual([
    { role: 'therapist', name: 'Therapist' },
  ]);
});

test('listsSeveralRolesInAStableOrder', () => {
  expect(motusRoles(['admin', 'therapist']).map((r) => r.name)).toEqual(['Therapist', 'Administrator']);
});
