import { signInPath, type Me } from '../api/session.ts';
import type { Session } from './useSession.ts';
import { motusRoles } from './roles.ts';
import { SignOut } from './SignOut.tsx';
import { t } from '../i18n/i18n.ts';
import { LanguagePicker } from '../i18n/LanguagePicker.tsx';
import type { LanguageState } from '../i18n/useLanguage.ts';

interface Props {
  session: Session;
  language: Pick<LanguageState, 'choice' | 'choose'>;
}

/** The top bar: the Motus name, and who is signed in with a way to sign out, or a way in. */
export function SessionHeader({ session, language }: Props) {
  return (
    <header class="site-header">
      <p class="brand">
        <a href="/">Motus</a>
      </p>
      <div class="session">
        <LanguagePicker choice={language.choice} choose={language.choose} />
        {session.status === 'loading' && <p class="session-status">{t('Checking if you are signed in…')}</p>}
        {session.status === 'loaded' && session.value === null && (
          <a id="sign-in" class="button button-primary" href={signInPath}>
            {t('Sign in')}
          </a>
        )}
        {session.status === 'loaded' && session.value !== null && <SignedIn me={session.value} />}
      </div>
    </header>
  );
}

function SignedIn({ me }: { me: Me }) {
  const roles = motusRoles(me.roles);
  return (
    <>
      <p class="signed-in">
        <span class="visually-hidden">{t('Signed in as')} </span>
        <span id="signed-in-name" class="signed-in-name">
          {me.name || me.username}
        </span>
        <span id="signed-in-role" class="signed-in-role" data-roles={roles.map((r) => r.role).join(' ')}>
          {roles.length > 0 ? roles.map((r) => r.name).join(', ') : t('No Motus role yet')}
        </span>
      </p>
      <SignOut />
    </>
  );
}
