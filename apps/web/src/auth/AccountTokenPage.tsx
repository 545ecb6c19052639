import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { FormShell, text } from '../forms/FormShell';
import { TextInput } from '../forms/fields';
import { useFormErrors } from '../forms/useFormErrors';
import { useT } from '../i18n/useT';
import { PageHeading } from '../shell/PageHeading';
import { getAccountToken, setPasswordWithToken } from './api';
import { acceptSession } from './session';

const minimumPasswordLength = 10;

/** One page for both links an administrator hands out: an invitation and a password reset. */
export function AccountTokenPage() {
  const t = useT();
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const errorState = useFormErrors();
  const account = useQuery({ queryKey: ['account-token', token], queryFn: () => getAccountToken(token) });
  const mutation = useMutation({
    mutationFn: (password: string) => setPasswordWithToken(token, password),
    onSuccess: (session) => {
      acceptSession(queryClient, session);
      navigate('/', { replace: true });
    },
    onError: (error) => errorState.failWith(error, t('form.unexpectedError')),
  });

  if (account.isPending) return <p role="status">{t('common.loading')}</p>;
  if (account.isError) {
    return (
      <div className="narrow">
        <PageHeading title={t('accountToken.invalidTitle')} />
        <p>{t('accountToken.invalidBody')}</p>
      </div>
    );
  }

  const { kind, email, name } = account.data;
  const labels = { password: t('accountToken.password'), confirm: t('accountToken.confirm') };

  function submit(data: FormData) {
    const password = text(data, 'password');
    const fields: Record<string, string> = {};
    if (password.length < minimumPasswordLength) {
      fields.password = t('accountToken.tooShort', { count: minimumPasswordLength });
    }
    if (password !== text(data, 'confirm')) fields.confirm = t('accountToken.mismatch');
    if (Object.keys(fields).length > 0) {
      errorState.fail({ message: null, fields });
      return;
    }
    errorState.clear();
    mutation.mutate(password);
  }

  return (
    <div className="narrow">
      <PageHeading
        title={t(kind === 'invitation' ? 'accountToken.inviteTitle' : 'accountToken.resetTitle')}
      />
      <p>
        {t(kind === 'invitation' ? 'accountToken.inviteIntro' : 'accountToken.resetIntro', { name, email })}
      </p>
      <FormShell
        errorState={errorState}
        labels={labels}
        submitLabel={t('accountToken.submit')}
        isPending={mutation.isPending}
        onSubmit={submit}
      >
        <input type="hidden" name="username" autoComplete="username" value={email} readOnly />
        <TextInput
          name="password"
          type="password"
          label={labels.password}
          description={t('accountToken.passwordHint', { count: minimumPasswordLength })}
          autoComplete="new-password"
          isRequired
        />
        <TextInput
          name="confirm"
          type="password"
          label={labels.confirm}
          autoComplete="new-password"
          isRequired
        />
      </FormShell>
    </div>
  );
}
