import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { ErrorSummary } from '../forms/ErrorSummary';
import { FormShell, text } from '../forms/FormShell';
import { requireFields, useFormErrors } from '../forms/useFormErrors';
import { useT } from '../i18n/useT';
import { QueryState } from '../shell/QueryState';
import { type FullPerson, fullName, getPerson, mergePerson } from './api';
import { PersonDetails } from './PersonDetails';
import { PersonPicker } from './PersonPicker';
import { personKey, useRefreshPerson } from './usePerson';

function Summary({ detail, title }: { detail: FullPerson; title: string }) {
  const t = useT();
  return (
    <div className="card">
      <h4>{title}</h4>
      <p>
        <strong>{fullName(detail.person)}</strong>
      </p>
      <PersonDetails person={detail.person} />
      <p>
        {t('merge.counts', {
          cases: detail.cases.length,
          assessments: detail.assessments.length,
          referrals: detail.referrals.length,
        })}
      </p>
    </div>
  );
}

/**
 * A supervisor finds the other record of the same person, sees both side by side, and merges it into this
 * one. The duplicate's cases, assessments, consents and referrals move here; nothing is deleted.
 */
export function MergeDuplicate({ detail }: { detail: FullPerson }) {
  const t = useT();
  const id = detail.person.id;
  const refresh = useRefreshPerson(id);
  const queryClient = useQueryClient();
  const pickErrors = useFormErrors();
  const mergeErrors = useFormErrors();
  const [duplicateId, setDuplicateId] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [message, setMessage] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const duplicate = useQuery({
    queryKey: personKey(duplicateId ?? ''),
    queryFn: () => getPerson(duplicateId ?? ''),
    enabled: duplicateId !== null,
  });
  const loaded = duplicate.data?.access === 'full' ? duplicate.data : null;
  useEffect(() => {
    if (loaded) heading.current?.focus();
  }, [loaded]);
  const merge = useMutation({
    mutationFn: (other: string) => mergePerson(id, other, detail.person.version),
    onSuccess: async (_, other) => {
      setDuplicateId(null);
      queryClient.removeQueries({ queryKey: personKey(other) });
      await refresh();
      mergeErrors.clear();
      setFormKey((key) => key + 1);
      setMessage(t('merge.done'));
    },
    onError: (error) => mergeErrors.failWith(error, t('form.unexpectedError')),
  });
  const labels = { duplicateId: t('merge.find') };
  return (
    <>
      <p>{t('merge.intro')}</p>
      <p role="status" className="status">
        {message}
      </p>
      {duplicateId === null ? (
        <details className="subform">
          <summary>{t('merge.open')}</summary>
          <FormShell
            key={formKey}
            errorState={pickErrors}
            labels={labels}
            submitLabel={t('merge.compare')}
            isPending={false}
            onSubmit={(data) => {
              const input = { duplicateId: text(data, 'duplicateId') };
              const missing = requireFields(input, ['duplicateId'], t('form.required'));
              if (Object.keys(missing).length) return pickErrors.fail({ message: null, fields: missing });
              pickErrors.clear();
              setMessage('');
              setDuplicateId(input.duplicateId);
            }}
          >
            <PersonPicker name="duplicateId" label={labels.duplicateId} excludeId={id} />
          </FormShell>
        </details>
      ) : (
        <QueryState query={duplicate}>
          {loaded ? (
            <div className="subform">
              <h3 ref={heading} tabIndex={-1}>
                {t('merge.checkTitle')}
              </h3>
              <p>{t('merge.checkIntro')}</p>
              <div className="compare">
                <Summary detail={detail} title={t('merge.kept')} />
                <Summary detail={loaded} title={t('merge.duplicate')} />
              </div>
              <ErrorSummary errors={mergeErrors.errors} labels={{}} summaryRef={mergeErrors.summaryRef} />
              <div className="actions">
                <Button
                  className="button button--primary"
                  isPending={merge.isPending}
                  onPress={() => merge.mutate(loaded.person.id)}
                >
                  {t('merge.confirm')}
                </Button>
                <Button
                  className="button"
                  onPress={() => {
                    mergeErrors.clear();
                    setDuplicateId(null);
                  }}
                >
                  {t('merge.cancel')}
                </Button>
              </div>
            </div>
          ) : (
            <>
              <p>{t('merge.notAllowed')}</p>
              <Button className="button" onPress={() => setDuplicateId(null)}>
                {t('merge.cancel')}
              </Button>
            </>
          )}
        </QueryState>
      )}
    </>
  );
}
