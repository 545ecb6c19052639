import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button } from 'react-aria-components';
import { sessionKey } from '../auth/session';
import { FormShell, text } from '../forms/FormShell';
import { TextInput } from '../forms/fields';
import { requireFields, useFormErrors } from '../forms/useFormErrors';
import { useT } from '../i18n/useT';
import { disableTotp, enableTotp, setUpTotp } from './api';

/** Setup shows the secret as text too: not everyone can scan a QR code, and a screen reader can read text. */
export function TwoFactor({ enabled }: { enabled: boolean }) {
  const t = useT();
  const queryClient = useQueryClient();
  const errorState = useFormErrors();
  const refreshSession = () => void queryClient.invalidateQueries({ queryKey: sessionKey });
  const setup = useMutation({ mutationFn: setUpTotp });
  const enable = useMutation({
    mutationFn: (code: string) => enableTotp(code),
    onSuccess: () => {
      setup.reset();
      refreshSession();
    },
    onError: (error) => errorState.failWith(error, t('form.unexpectedError')),
  });
  const disable = useMutation({
    mutationFn: (password: string) => disableTotp(password),
    onSuccess: refreshSession,
    onError: (error) => errorState.failWith(error, t('form.unexpectedError')),
  });

  if (enabled) {
    const labels = { password: t('profile.totp.password') };
    return (
      <>
        <p>{t('profile.totp.on')}</p>
        <FormShell
          errorState={errorState}
          labels={labels}
          submitLabel={t('profile.totp.disable')}
          isPending={disable.isPending}
          onSubmit={(data) => {
            const password = text(data, 'password');
            const missing = requireFields({ password }, ['password'], t('form.required'));
            if (missing.password) return errorState.fail({ message: null, fields: missing });
            errorState.clear();
            disable.mutate(password);
          }}
        >
          <TextInput
            name="password"
            type="password"
            label={labels.password}
            autoComplete="current-password"
            isRequired
          />
        </FormShell>
      </>
    );
  }

  if (!setup.data) {
    return (
      <>
        <p>{t('profile.totp.off')}</p>
        {setup.error && <p role="alert">{setup.error.message}</p>}
        <Button className="button" isPending={setup.isPending} onPress={() => setup.mutate()}>
          {t('profile.totp.start')}
        </Button>
      </>
    );
  }

  const labels = { code: t('profile.totp.code') };
  return (
    <>
      <p>{t('profile.totp.instructions')}</p>
      <dl className="details">
        <dt>{t('profile.totp.secret')}</dt>
        <dd>
          <code className="one-time-link__url">{setup.data.secret}</code>
        </dd>
        <dt>{t('profile.totp.url')}</dt>
        <dd>
          <code className="one-time-link__url">{setup.data.otpauthUrl}</code>
        </dd>
      </dl>
      <FormShell
        errorState={errorState}
        labels={labels}
        submitLabel={t('profile.totp.confirm')}
        isPending={enable.isPending}
        onSubmit={(data) => {
          const code = text(data, 'code');
          const missing = requireFields({ code }, ['code'], t('form.required'));
          if (missing.code) return errorState.fail({ message: null, fields: missing });
          errorState.clear();
          enable.mutate(code);
        }}
      >
        <TextInput
          name="code"
          label={labels.code}
          autoComplete="one-time-code"
          inputMode="numeric"
          isRequired
        />
      </FormShell>
    </>
  );
}
