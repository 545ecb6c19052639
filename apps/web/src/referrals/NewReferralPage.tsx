import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../api/client';
import { FormShell, text } from '../forms/FormShell';
import { CheckboxGroupInput, SelectInput, TextAreaInput, TextInput } from '../forms/fields';
import { RadioGroupInput } from '../forms/RadioGroupInput';
import { requireFields, useFormErrors } from '../forms/useFormErrors';
import { useT } from '../i18n/useT';
import { OrganisationPicker } from '../organisations/OrganisationPicker';
import { type FullPerson, fullName, type ShareablePart } from '../persons/api';
import { RecordConsentForm } from '../persons/Consents';
import { usePerson, useRefreshPerson } from '../persons/usePerson';
import { PageHeading } from '../shell/PageHeading';
import { QueryState } from '../shell/QueryState';
import { createReferral, type NewReferral } from './api';

const optionalParts = ['contacts', 'disability', 'functioning', 'case_summary'] as const;
const noCase = 'none';

function ReferralForm({ detail }: { detail: FullPerson }) {
  const t = useT();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const refresh = useRefreshPerson(detail.person.id);
  const [params] = useSearchParams();
  const errorState = useFormErrors();
  const overrideErrors = useFormErrors();
  const [needsConsent, setNeedsConsent] = useState<NewReferral | null>(null);
  const consentHeading = useRef<HTMLHeadingElement>(null);
  const labels = {
    toOrganisationId: t('referral.to'),
    service: t('referral.service'),
    reason: t('referral.reason'),
    urgency: t('referral.urgency'),
    sharedParts: t('referral.shareParts'),
    caseId: t('referral.case'),
  };
  const send = useMutation({
    mutationFn: createReferral,
    onSuccess: async (created) => {
      await Promise.all([refresh(), queryClient.invalidateQueries({ queryKey: ['referrals'] })]);
      navigate(`/referrals/${created.id}`, { state: { message: t('referral.sent') } });
    },
    onError: (error, input) => {
      if (
        error instanceof ApiError &&
        error.code === 'referrals.consentRequired' &&
        !input.consentOverrideReason
      ) {
        setNeedsConsent(input);
        requestAnimationFrame(() => consentHeading.current?.focus());
        return;
      }
      (input.consentOverrideReason ? overrideErrors : errorState).failWith(error, t('form.unexpectedError'));
    },
  });

  return (
    <>
      {needsConsent ? (
        <section className="notice notice--warning" aria-labelledby="consent-needed">
          <h2 id="consent-needed" ref={consentHeading} tabIndex={-1}>
            {t('referral.consentNeeded')}
          </h2>
          <p>{t('referral.consentNeededIntro')}</p>
          <RecordConsentForm
            personId={detail.person.id}
            sharingWith={needsConsent.toOrganisationId}
            onRecorded={() => {
              void refresh();
              send.mutate(needsConsent);
            }}
          />
          {detail.abilities.overrideConsent && (
            <details className="subform">
              <summary>{t('referral.override.title')}</summary>
              <FormShell
                errorState={overrideErrors}
                labels={{ consentOverrideReason: t('referral.override.reason') }}
                submitLabel={t('referral.override.submit')}
                isPending={send.isPending}
                onSubmit={(data) => {
                  const reason = text(data, 'consentOverrideReason');
                  if (reason.length < 10)
                    return overrideErrors.fail({
                      message: null,
                      fields: { consentOverrideReason: t('referral.override.tooShort') },
                    });
                  send.mutate({ ...needsConsent, consentOverrideReason: reason });
                }}
              >
                <TextAreaInput
                  name="consentOverrideReason"
                  label={t('referral.override.reason')}
                  description={t('referral.override.hint')}
                />
              </FormShell>
            </details>
          )}
        </section>
      ) : (
        <FormShell
          errorState={errorState}
          labels={labels}
          submitLabel={t('referral.send')}
          isPending={send.isPending}
          onSubmit={(data) => {
            const input: NewReferral = {
              personId: detail.person.id,
              toOrganisationId: text(data, 'toOrganisationId'),
              service: text(data, 'service'),
              reason: text(data, 'reason'),
              urgency: text(data, 'urgency') === 'urgent' ? 'urgent' : 'routine',
              sharedParts: ['identity', ...(data.getAll('sharedParts').map(String) as ShareablePart[])],
              caseId: text(data, 'caseId') && text(data, 'caseId') !== noCase ? text(data, 'caseId') : null,
              consentOverrideReason: null,
            };
            const missing = requireFields({ ...input }, ['toOrganisationId', 'service'], t('form.required'));
            if (Object.keys(missing).length) return errorState.fail({ message: null, fields: missing });
            errorState.clear();
            send.mutate(input);
          }}
        >
          <OrganisationPicker name="toOrganisationId" label={labels.toOrganisationId} isRequired />
          <TextInput
            name="service"
            label={labels.service}
            description={t('referral.serviceHint')}
            isRequired
          />
          <TextAreaInput name="reason" label={labels.reason} />
          <RadioGroupInput
            name="urgency"
            label={labels.urgency}
            orientation="horizontal"
            options={(['routine', 'urgent'] as const).map((u) => ({
              id: u,
              label: t(`referral.urgency.${u}`),
            }))}
            defaultValue="routine"
          />
          <CheckboxGroupInput
            name="sharedParts"
            label={labels.sharedParts}
            description={t('referral.sharePartsHint')}
            options={optionalParts.map((part) => ({ id: part, label: t(`share.part.${part}`) }))}
          />
          {detail.cases.length > 0 && (
            <SelectInput
              name="caseId"
              label={labels.caseId}
              placeholder={t('form.choose')}
              options={[
                { id: noCase, label: t('referral.noCase') },
                ...detail.cases.map((item) => ({
                  id: item.id,
                  label: `${t(`case.kind.${item.kind}`)} · ${t(`case.state.${item.state}`)} · ${item.openedOn}`,
                })),
              ]}
              defaultValue={params.get('caseId') ?? noCase}
            />
          )}
        </FormShell>
      )}
    </>
  );
}

export function NewReferralPage() {
  const t = useT();
  const { id = '' } = useParams();
  const detail = usePerson(id);
  const full = detail.data?.access === 'full' ? detail.data : null;
  return (
    <>
      <PageHeading title={t('referral.newTitle', { name: full ? fullName(full.person) : '' })} />
      <QueryState query={detail}>{full && <ReferralForm detail={full} />}</QueryState>
    </>
  );
}
