import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../api/client';
import { FormShell, text } from '../forms/FormShell';
import { TextInput } from '../forms/fields';
import { requireFields, useFormErrors } from '../forms/useFormErrors';
import { useT } from '../i18n/useT';
import { AskLink } from '../public/AskLink';
import { PageHeading } from '../shell/PageHeading';
import { type SignInInput, signIn } from './api';
import { acceptSession, useSession } from './session';

/** Only same-site paths: a crafted ?next= must not send someone to another website after sign-in. */
function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function SignInPage() {
  const t = useT();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const queryClient = useQueryClient();
  const { data: session } = useSession();
  const errorState = useFormErrors();
  const [needsCode, setNeedsCode] = useState(false);
  const next = safeNext(params.get('next'));

  const mutation = useMutation({
    mutationFn: (input: SignInInput) => signIn(input),
    onSuccess: (signedIn) => {
      acceptSession(queryClient, signedIn);
      navigate(next, { replace: true });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.code === 'auth.totpRequired' && !needsCode) {
        setNeedsCode(true);
        errorState.fail({ message: error.message, fields: {} });
        return;
      }
      errorState.failWith(error, t('form.unexpectedError'));
    },
  });

  if (session) return <Navigate to={next} replace />;

  const labels = {
    email: t('signIn.email'),
    password: t('signIn.password'),
    totpCode: t('signIn.totpCode'),
  };

  function submit(data: FormData) {
    const values = {
      email: text(data, 'email'),
      password: text(data, 'password'),
      totpCode: text(data, 'totpCode'),
    };
    const required = needsCode ? ['email', 'password', 'totpCode'] : ['email', 'password'];
    const missing = requireFields(values, required, t('form.required'));
    if (Object.keys(missing).length > 0) {
      errorState.fail({ message: null, fields: missing });
      return;
    }
    errorState.clear();
    mutation.mutate(needsCode ? values : { email: values.email, password: values.password });
  }

  return (
    <div className="narrow">
      <PageHeading title={t('signIn.title')} />
      <p>{t('signIn.intro')}</p>
      <FormShell
        errorState={errorState}
        labels={labels}
        submitLabel={t('signIn.submit')}
        isPending={mutation.isPending}
        onSubmit={submit}
      >
        <TextInput name="email" type="email" label={labels.email} autoComplete="username" isRequired />
        <TextInput
          name="password"
          type="password"
          label={labels.password}
          autoComplete="current-password"
          isRequired
        />
        {needsCode && (
          <TextInput
            name="totpCode"
            label={labels.totpCode}
            description={t('signIn.totpHint')}
            autoComplete="one-time-code"
            inputMode="numeric"
            isRequired
          />
        )}
      </FormShell>
      <AskLink />
    </div>
  );
}
