import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { FormattedDate } from 'react-intl';
import { FormShell, text } from '../forms/FormShell';
import { TextInput } from '../forms/fields';
import { requireFields, useFormErrors } from '../forms/useFormErrors';
import { useT } from '../i18n/useT';
import { QueryState } from '../shell/QueryState';
import { createApiToken, listApiTokens, revokeApiToken } from './api';

const tokensKey = ['me', 'tokens'];

/** A token is shown once, at creation: the server keeps only its hash. */
export function ApiTokens() {
  const t = useT();
  const queryClient = useQueryClient();
  const errorState = useFormErrors();
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [status, setStatus] = useState('');
  const tokens = useQuery({ queryKey: tokensKey, queryFn: listApiTokens });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: tokensKey });
  const create = useMutation({
    mutationFn: (name: string) => createApiToken(name),
    onSuccess: (token) => {
      setCreated(token);
      refresh();
    },
    onError: (error) => errorState.failWith(error, t('form.unexpectedError')),
  });
  const revoke = useMutation({
    mutationFn: (token: { id: string; name: string }) => revokeApiToken(token.id),
    onSuccess: (_, token) => {
      setStatus(t('profile.tokens.revoked', { name: token.name }));
      refresh();
    },
    onError: (error) => setStatus(error.message),
  });
  const labels = { name: t('profile.tokens.name') };

  return (
    <>
      <p>{t('profile.tokens.intro')}</p>
      <p role="status">{status}</p>
      {created && (
        <div className="one-time-link">
          <p>{t('profile.tokens.created', { name: created.name })}</p>
          <code className="one-time-link__url">{created.token}</code>
        </div>
      )}
      <FormShell
        errorState={errorState}
        labels={labels}
        submitLabel={t('profile.tokens.create')}
        isPending={create.isPending}
        onSubmit={(data) => {
          const name = text(data, 'name');
          const missing = requireFields({ name }, ['name'], t('form.required'));
          if (missing.name) return errorState.fail({ message: null, fields: missing });
          errorState.clear();
          create.mutate(name);
        }}
      >
        <TextInput name="name" label={labels.name} description={t('profile.tokens.nameHint')} isRequired />
      </FormShell>
      <QueryState query={tokens}>
        {tokens.data?.length === 0 ? (
          <p>{t('profile.tokens.none')}</p>
        ) : (
          <ul className="card-list">
            {tokens.data?.map((token) => (
              <li key={token.id} className="card card--row">
                <span>
                  <strong>{token.name}</strong>
                  <br />
                  {t('common.createdAt')}: <FormattedDate value={token.createdAt} dateStyle="medium" />
                  <br />
                  {t('profile.tokens.lastUsed')}:{' '}
                  {token.lastUsedAt ? (
                    <FormattedDate value={token.lastUsedAt} dateStyle="medium" />
                  ) : (
                    t('common.never')
                  )}
                </span>
                <Button
                  className="button button--danger"
                  aria-label={t('profile.tokens.revokeNamed', { name: token.name })}
                  onPress={() => revoke.mutate(token)}
                >
                  {t('profile.tokens.revoke')}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </>
  );
}
