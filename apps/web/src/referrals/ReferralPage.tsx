import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { FormattedDate } from 'react-intl';
import { Link, useLocation, useParams } from 'react-router';
import { FormShell, text } from '../forms/FormShell';
import { TextAreaInput } from '../forms/fields';
import { useFormErrors } from '../forms/useFormErrors';
import { useT } from '../i18n/useT';
import { OrganisationName } from '../organisations/OrganisationName';
import { PageHeading } from '../shell/PageHeading';
import { QueryState } from '../shell/QueryState';
import {
  completeReferral,
  decideReferral,
  getReferral,
  type Referral,
  type ReferralDetail,
  withdrawReferral,
} from './api';

type Action = { kind: 'accept' | 'decline' | 'complete' | 'withdraw'; text: string };

function run(referral: Referral, action: Action) {
  if (action.kind === 'accept' || action.kind === 'decline')
    return decideReferral(referral, action.kind, action.text);
  if (action.kind === 'complete') return completeReferral(referral, action.text);
  return withdrawReferral(referral, action.text);
}

/** A form with one required text: the reason to decline or withdraw, or the outcome. */
function ReasonForm({
  name,
  label,
  submit,
  onSend,
  pending,
  errorState,
}: {
  name: string;
  label: string;
  submit: string;
  onSend: (text: string) => void;
  pending: boolean;
  errorState: ReturnType<typeof useFormErrors>;
}) {
  const t = useT();
  return (
    <FormShell
      errorState={errorState}
      labels={{ [name]: label }}
      submitLabel={submit}
      isPending={pending}
      onSubmit={(data) => {
        const value = text(data, name);
        if (value.length < 2)
          return errorState.fail({ message: null, fields: { [name]: t('form.required') } });
        onSend(value);
      }}
    >
      <TextAreaInput name={name} label={label} />
    </FormShell>
  );
}

function ReferralBody({ detail }: { detail: ReferralDetail }) {
  const t = useT();
  const queryClient = useQueryClient();
  const { referral, person, abilities } = detail;
  const errorState = useFormErrors();
  const [message, setMessage] = useState('');
  const [alert, setAlert] = useState('');
  const act = useMutation({
    mutationFn: (action: Action) => run(referral, action),
    onSuccess: async (_, action) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['referral', referral.id] }),
        queryClient.invalidateQueries({ queryKey: ['referrals'] }),
      ]);
      errorState.clear();
      setMessage(t(`referral.done.${action.kind}`));
    },
    onError: (error, action) => {
      if (action.kind === 'accept') setAlert(error.message || t('form.unexpectedError'));
      else errorState.failWith(error, t('form.unexpectedError'));
    },
  });
  const opened = ['accepted', 'completed'].includes(referral.status);
  const send = (kind: Action['kind']) => (value: string) => act.mutate({ kind, text: value });
  return (
    <>
      <p role="status" className="status">
        {message}
      </p>
      <dl className="details">
        <dt>{t('referral.status')}</dt>
        <dd>
          <strong>{t(`referral.status.${referral.status}`)}</strong>
        </dd>
        <dt>{t('referral.person')}</dt>
        <dd>
          {person.id ? (
            <Link to={`/persons/${person.id}`}>
              {person.familyName} {person.givenName}
            </Link>
          ) : (
            person.givenName
          )}
          {' · '}
          {t(`person.sex.${person.sex}`)}
          {person.age !== null && ` · ${t('person.age', { age: person.age })}`}
        </dd>
        <dt>{t('referral.from')}</dt>
        <dd>
          <OrganisationName id={referral.fromOrganisationId} />
        </dd>
        <dt>{t('referral.to')}</dt>
        <dd>
          <OrganisationName id={referral.toOrganisationId} />
        </dd>
        <dt>{t('referral.service')}</dt>
        <dd>{referral.service}</dd>
        <dt>{t('referral.urgency')}</dt>
        <dd>{t(`referral.urgency.${referral.urgency}`)}</dd>
        {referral.reason && (
          <>
            <dt>{t('referral.reason')}</dt>
            <dd>{referral.reason}</dd>
          </>
        )}
        <dt>{t('referral.shared')}</dt>
        <dd>{referral.sharedFields.map((part) => t(`share.part.${part}`)).join(', ')}</dd>
        <dt>{t('referral.sentOn')}</dt>
        <dd>
          <FormattedDate value={referral.createdAt} dateStyle="long" />
        </dd>
        {referral.consentOverrideReason && (
          <>
            <dt>{t('referral.override')}</dt>
            <dd>{referral.consentOverrideReason}</dd>
          </>
        )}
        {referral.decisionReason && (
          <>
            <dt>{t('referral.decisionReason')}</dt>
            <dd>{referral.decisionReason}</dd>
          </>
        )}
        {referral.outcome && (
          <>
            <dt>{t('referral.outcome')}</dt>
            <dd>{referral.outcome}</dd>
          </>
        )}
      </dl>
      {(abilities.withdraw || opened) && (
        <p>
          <a
            className="button"
            href={`/api/referrals/${referral.id}/letter.pdf`}
            target="_blank"
            rel="noreferrer"
          >
            {t('referral.letter')}
            <span className="visually-hidden"> {t('common.opensNewTab')}</span>
          </a>
        </p>
      )}
      {abilities.decide && referral.status === 'pending' && (
        <section className="section" aria-labelledby="decide">
          <h2 id="decide">{t('referral.decide')}</h2>
          <p>{t('referral.decideIntro')}</p>
          <Button
            className="button button--primary"
            isPending={act.isPending}
            onPress={() => act.mutate({ kind: 'accept', text: '' })}
          >
            {t('referral.accept')}
          </Button>
          <p role="alert" className="notice--error">
            {alert}
          </p>
          <details className="subform">
            <summary>{t('referral.decline')}</summary>
            <ReasonForm
              name="declineReason"
              label={t('referral.declineReason')}
              submit={t('referral.decline')}
              onSend={send('decline')}
              pending={act.isPending}
              errorState={errorState}
            />
          </details>
        </section>
      )}
      {abilities.decide && referral.status === 'accepted' && (
        <section className="section" aria-labelledby="outcome">
          <h2 id="outcome">{t('referral.recordOutcome')}</h2>
          <ReasonForm
            name="outcome"
            label={t('referral.outcome')}
            submit={t('referral.recordOutcome')}
            onSend={send('complete')}
            pending={act.isPending}
            errorState={errorState}
          />
        </section>
      )}
      {abilities.withdraw && ['pending', 'accepted'].includes(referral.status) && (
        <section className="section" aria-labelledby="withdraw">
          <h2 id="withdraw">{t('referral.withdraw')}</h2>
          <ReasonForm
            name="withdrawReason"
            label={t('referral.withdrawReason')}
            submit={t('referral.withdraw')}
            onSend={send('withdraw')}
            pending={act.isPending}
            errorState={errorState}
          />
        </section>
      )}
    </>
  );
}

export function ReferralPage() {
  const t = useT();
  const { id = '' } = useParams();
  const location = useLocation();
  const message = (location.state as { message?: string } | null)?.message;
  const detail = useQuery({ queryKey: ['referral', id], queryFn: () => getReferral(id) });
  return (
    <>
      <PageHeading
        title={
          detail.data ? t('referral.title', { service: detail.data.referral.service }) : t('referrals.title')
        }
      />
      {message && (
        <p role="status" className="notice">
          {message}
        </p>
      )}
      <QueryState query={detail}>{detail.data && <ReferralBody detail={detail.data} />}</QueryState>
    </>
  );
}
