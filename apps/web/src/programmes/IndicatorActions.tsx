import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { Link, useNavigate } from 'react-router';
import { ErrorSummary } from '../forms/ErrorSummary';
import { useFormErrors } from '../forms/useFormErrors';
import { useT } from '../i18n/useT';
import { type Indicator, type Programme, removeIndicator } from './api';

/** Edit or remove an indicator; removal goes back to the programme, whose logframe no longer lists it. */
export function IndicatorActions({ programme, indicator }: { programme: Programme; indicator: Indicator }) {
  const t = useT();
  const navigate = useNavigate();
  const client = useQueryClient();
  const errorState = useFormErrors();
  const [confirming, setConfirming] = useState(false);
  const remove = useMutation({
    mutationFn: () => removeIndicator(indicator.id),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['programme', programme.id] });
      navigate(`/programmes/${programme.id}`);
    },
    onError: (error) => errorState.failWith(error, t('form.unexpectedError')),
  });
  return (
    <div className="actions">
      <ErrorSummary errors={errorState.errors} labels={{}} summaryRef={errorState.summaryRef} />
      <Link className="button" to={`/programmes/${programme.id}/indicators/${indicator.id}/edit`}>
        {t('programmes.indicator.edit')}
      </Link>
      {/* Removing takes a second press: the targets and values entered by hand go with the indicator. */}
      {confirming ? (
        <>
          <p role="alert">{t('programmes.indicator.removeWarning')}</p>
          <Button className="button" onPress={() => remove.mutate()} isPending={remove.isPending}>
            {t('programmes.indicator.removeConfirm')}
          </Button>
          <Button className="button" onPress={() => setConfirming(false)}>
            {t('programmes.indicator.removeCancel')}
          </Button>
        </>
      ) : (
        <Button className="button" onPress={() => setConfirming(true)}>
          {t('programmes.indicator.remove')}
        </Button>
      )}
    </div>
  );
}
