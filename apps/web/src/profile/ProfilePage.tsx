import { useMutation, useQueryClient } from '@tanstack/react-query';
import { updateSessionUser, useSignedInSession } from '../auth/session';
import { useT } from '../i18n/useT';
import { DisplaySettings } from '../shell/DisplaySettings';
import type { DisplayPreferences } from '../shell/display';
import { PageHeading } from '../shell/PageHeading';
import { ApiTokens } from './ApiTokens';
import { updateMe } from './api';
import { NameForm } from './NameForm';
import { PasswordForm } from './PasswordForm';
import { TwoFactor } from './TwoFactor';

export function ProfilePage() {
  const t = useT();
  const session = useSignedInSession();
  const queryClient = useQueryClient();
  const saveDisplay = useMutation({
    mutationFn: (preferences: DisplayPreferences) => updateMe(preferences),
    onSuccess: (user) => updateSessionUser(queryClient, user),
  });
  return (
    <>
      <PageHeading title={t('profile.title')} />
      <p>{session.user.email}</p>
      <section aria-labelledby="profile-name" className="section">
        <h2 id="profile-name">{t('profile.name')}</h2>
        <NameForm name={session.user.name} />
      </section>
      <section aria-labelledby="profile-display" className="section">
        <h2 id="profile-display">{t('display.legend')}</h2>
        <DisplaySettings onChange={(preferences) => saveDisplay.mutate(preferences)} />
      </section>
      <section aria-labelledby="profile-password" className="section">
        <h2 id="profile-password">{t('profile.password.title')}</h2>
        <PasswordForm email={session.user.email} />
      </section>
      <section aria-labelledby="profile-totp" className="section">
        <h2 id="profile-totp">{t('profile.totp.title')}</h2>
        <TwoFactor enabled={session.user.totpEnabled} />
      </section>
      <section aria-labelledby="profile-tokens" className="section">
        <h2 id="profile-tokens">{t('profile.tokens.title')}</h2>
        <ApiTokens />
      </section>
    </>
  );
}
