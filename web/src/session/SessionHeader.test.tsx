import { render, screen } from '@testing-library/preact';
import { expect, test } from 'vitest';
import { aPatient } from '../testing/fixtures.ts';
import { SessionHeader } from './SessionHeader.tsx';

const browserLanguage = { choice: null, choose: () => Promise.resolve() };

test('alwaysShowsTheMotusName', () => {
  render(<SessionHeader language={browserLanguage} session={{ status: 'loading' }} />);
  expect(screen.getByRole('banner').textContent).toContain('Motus');
});

test('whileCheckingItSaysSoAndOffersNoSignInYet', () => {
  const { container } = render(<SessionHeader language={browserLanguage} session={{ status: 'loading' }} />);
  expect(screen.getByText('Checking if you are signed in…')).toBeTruthy();
  expect(container.querySelector('#sign-in')).toBeNull();
});

test('signedOutShowsASignInLinkToTheGatewayLogin', () => {
  const { container } = render(
    <SessionHeader language={browserLanguage} session={{ status: 'loaded', value: null }} />,
  );
  const signIn = screen.getByRole('link', { name: 'Sign in' });
  expect(signIn.id).toBe('sign-in');
  expect(signIn.getAttribute('href')).toBe('/login');
  expect(container.querySelector('#sign-out')).toBeNull();
  expect(container.querySelector('#signed-in-name')).toBeNull();
});

test('signedInShowsNameRoleAndASignOutLink', () => {
  const { container } = render(
    <SessionHeader
      language={browserLanguage}
      session={{ status: 'loaded', value: aPatient({ name: 'Pat Patient', roles: ['patient'] }) }}
    />,
  );
  expect(container.querySelector('#signed-in-name')?.textContent).toBe('Pat Patient');
  const role = container.querySelector('#signed-in-role');
  expect(role?.textContent).toBe('Patient');
  expect(role?.getAttribute('data-roles')).toBe('patient');
  const signOut = screen.getByRole('link', { name: 'Sign out' });
  expect(signOut.id).toBe('sign-out');
  expect(signOut.getAttribute('href')).toBe('/logout');
  expect(container.querySelector('#sign-in')).toBeNull();
});

test('signedInWithoutANameShowsTheUsername', () => {
  const { container } = render(
    <SessionHeader
      language={browserLanguage}
      session={{ status: 'loaded', value: aPatient({ name: '', username: 'pat' }) }}
    />,
  );
  expect(container.querySelector('#signed-in-name')?.textContent).toBe('pat');
});

test('signedInWithoutAMotusRoleSaysSo', () => {
  const { container } = render(
    <SessionHeader language={browserLanguage} session={{ status: 'loaded', value: aPatient({ roles: [] }) }} />,
  );
  expect(container.querySelector('#signed-in-role')?.textContent).toBe('No Motus role yet');
});
